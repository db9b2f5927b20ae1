import type { Core } from '@strapi/strapi';

import { registerPermissions } from './permissions';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await getService(strapi, 'workflows').ensureDefault();
  // Entries left pending by a process that stopped between a commit and its seal.
  await getService(strapi, 'audit-trail').sealNow();
};

export default bootstrap;
