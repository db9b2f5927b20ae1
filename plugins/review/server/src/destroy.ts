import type { Core } from '@strapi/strapi';

import { getService } from './utils';

/** Let the notification mails still in flight and a running seal of the audit trail finish before Strapi stops. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'review').flush();
  await getService(strapi, 'audit-trail').flush();
};

export default destroy;
