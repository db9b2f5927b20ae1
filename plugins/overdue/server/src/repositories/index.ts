import type { Core } from '@strapi/strapi';

import activityRepository from './activity';
import outboxRepository from './outbox';
import runsRepository from './runs';
import scanSource from './scan-source';

/** Repositories: the plugin's only code that calls strapi.db. */
export const repositories = (strapi: Core.Strapi) => ({
  activity: activityRepository({ strapi }),
  outbox: outboxRepository({ strapi }),
  runs: runsRepository({ strapi }),
  source: scanSource({ strapi }),
});

export type Repositories = ReturnType<typeof repositories>;
