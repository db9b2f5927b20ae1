import type { Core } from '@strapi/strapi';

import { getService } from './utils';

/** Let the notification mails still in flight finish before Strapi stops. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'review').flush();
};

export default destroy;
