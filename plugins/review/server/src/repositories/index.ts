import type { Core } from '@strapi/strapi';

import auditRepository from './audit';
import decisionsRepository from './decisions';
import peopleRepository from './people';
import reviewStatesRepository from './review-states';
import sensitiveWordsRepository from './sensitive-words';
import subjectsRepository from './subjects';
import workflowsRepository from './workflows';

/** Repositories: the plugin's only code that calls strapi.documents / strapi.db. */
export const repositories = (strapi: Core.Strapi) => {
  const states = reviewStatesRepository({ strapi });
  return {
    audit: auditRepository({ strapi }),
    decisions: decisionsRepository({ strapi }),
    people: peopleRepository({ strapi }),
    states,
    subjects: subjectsRepository({ strapi, states }),
    words: sensitiveWordsRepository({ strapi }),
    workflows: workflowsRepository({ strapi }),
  };
};

export type Repositories = ReturnType<typeof repositories>;
