import type { Core } from '@strapi/strapi';

import columnsRepository from './columns';
import unitsRepository from './units';

/** Repositories: the plugin's only code that calls strapi.documents / strapi.db. */
export const repositories = (strapi: Core.Strapi) => ({
  columns: columnsRepository({ strapi }),
  units: unitsRepository({ strapi }),
});

export type Repositories = ReturnType<typeof repositories>;
