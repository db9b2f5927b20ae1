import type { Core } from '@strapi/strapi';

import auditRepository from './audit';
import decisionsRepository from './decisions';
import peopleRepository from './people';
import reviewStatesRepository from './review-states';
import sensitiveWordsRepository from './sensitive-words';
import subjectsRepository from './subjects';
import workflowsRepository from './workflows';

/** Repositories: the plugin's only code that calls strapi.documents / strapi.db. */
export const repositories = (strapi: Core.Strapi) => ({
  audit: auditRepository({ strapi }),
  decisions: decisionsRepository({ strapi }),
  people: peopleRepository({ strapi }),
  states: reviewStatesRepository({ strapi }),
  subjects: subjectsRepository({ strapi }),
  words: sensitiveWordsRepository({ strapi }),
  workflows: workflowsRepository({ strapi }),
});

export type Repositories = ReturnType<typeof repositories>;
