import { createFormModal } from '@content-assurance/kit/admin';

import { useT } from '../utils/i18n';

/** A form in Strapi's modal: title, the fields, 取消 and the submit button. */
export const FormModal = createFormModal(useT);
