import type { Core } from '@strapi/strapi';

import type { DecisionRecord } from '../../../shared/contracts';

const DECISION = 'plugin::review.decision';

export type { DecisionRecord };

/** Decisions (审签记录): appended, never changed. */
const decisionsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async add(record: DecisionRecord): Promise<void> {
    await strapi.db.query(DECISION).createMany({ data: [record] });
  },

  async listFor(subjectType: string, subjectId: string): Promise<DecisionRecord[]> {
    return strapi.db.query(DECISION).findMany({ where: { subjectType, subjectId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  },
});

export default decisionsRepository;
export type DecisionsRepository = ReturnType<typeof decisionsRepository>;
