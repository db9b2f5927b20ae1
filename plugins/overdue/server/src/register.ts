import type { Core } from '@strapi/strapi';

import { columnActivityMiddleware } from './middlewares/column-activity';
import { repositories } from './repositories';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // The per-column activity table the scan reads follows every article publication (middlewares/column-activity.ts).
  strapi.documents.use(columnActivityMiddleware(() => repositories(strapi).activity));
};

export default register;
