import type { Core } from '@strapi/strapi';

import { ownershipGuard } from './middlewares/ownership-guard';
import { getService } from './utils';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(ownershipGuard(strapi, () => getService(strapi, 'ownership')));
};

export default register;
