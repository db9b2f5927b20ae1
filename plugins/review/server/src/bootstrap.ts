import type { Core } from '@strapi/strapi';

import { registerPermissions } from './permissions';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await getService(strapi, 'workflows').ensureDefault();
};

export default bootstrap;
