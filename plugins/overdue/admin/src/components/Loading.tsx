import { createLoading } from '@content-assurance/kit/admin';

import { useT } from '../utils/i18n';

/** The content while it first loads: Strapi's loader, centred. */
export const Loading = createLoading(useT);
