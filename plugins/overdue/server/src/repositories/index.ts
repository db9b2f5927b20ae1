import type { Core } from '@strapi/strapi';

import columnActivityRepository from './column-activity';
import outboxRepository from './outbox';
import runsRepository from './runs';
import scanSource from './scan-source';

/** Repositories: the plugin's only code that calls strapi.db. */
export const repositories = (strapi: Core.Strapi) => ({
  activity: columnActivityRepository({ strapi }),
  outbox: outboxRepository({ strapi }),
  runs: runsRepository({ strapi }),
  source: scanSource({ strapi }),
});

export type Repositories = ReturnType<typeof repositories>;
