import { createLoadError } from '@content-assurance/kit/admin';

import { useT } from '../utils/i18n';

/** A failed load: the server's message and a retry button. */
export const LoadError = createLoadError(useT);
