import type { Core } from '@strapi/strapi';

import { publishGate } from './middlewares/publish-gate';
import { getService } from './utils';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(publishGate(strapi, () => getService(strapi, 'review')));
};

export default register;
