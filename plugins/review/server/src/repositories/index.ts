import type { Core } from '@strapi/strapi';

import auditRepository from './audit';
import decisionsRepository from './decisions';
import peopleRepository from './people';
import reviewStatesRepository from './review-states';
import sensitiveWordsRepository from './sensitive-words';
import sheetNumbersRepository from './sheet-numbers';
import subjectsRepository from './subjects';
import transitionsRepository from './transitions';
import workflowsRepository from './workflows';

/** Repositories: the plugin's only code that calls strapi.documents / strapi.db. */
export const repositories = (strapi: Core.Strapi) => {
  const states = reviewStatesRepository({ strapi });
  const audit = auditRepository({ strapi });
  const decisions = decisionsRepository({ strapi });
  return {
    audit,
    decisions,
    people: peopleRepository({ strapi }),
    sheetNumbers: sheetNumbersRepository({ strapi }),
    states,
    subjects: subjectsRepository({ strapi, states }),
    transitions: transitionsRepository({ strapi, states, decisions, audit }),
    words: sensitiveWordsRepository({ strapi }),
    workflows: workflowsRepository({ strapi }),
  };
};

export type Repositories = ReturnType<typeof repositories>;
