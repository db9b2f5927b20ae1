import type { Core } from '@strapi/strapi';

import { registerPermissions } from './permissions';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  // Admin users made before the account rules get a password record (its age starts now).
  await getService(strapi, 'accounts').backfill();
};

export default bootstrap;
