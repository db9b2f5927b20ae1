import type { Core } from '@strapi/strapi';

import accountsRepository from './accounts';
import assignmentsRepository from './assignments';
import columnsRepository from './columns';
import dutiesRepository from './duties';
import publicationsRepository from './publications';
import scanReadsRepository from './scan-reads';
import unitsRepository from './units';

/** Repositories: the plugin's only code that calls strapi.documents / strapi.db. */
export const repositories = (strapi: Core.Strapi) => ({
  accounts: accountsRepository({ strapi }),
  assignments: assignmentsRepository({ strapi }),
  columns: columnsRepository({ strapi }),
  duties: dutiesRepository({ strapi }),
  publications: publicationsRepository({ strapi }),
  scanReads: scanReadsRepository({ strapi }),
  units: unitsRepository({ strapi }),
});

export type Repositories = ReturnType<typeof repositories>;
