import type { Core } from '@strapi/strapi';

const DECISION = 'plugin::review.decision';

export interface DecisionRecord {
  id?: number;
  subjectType: string;
  subjectId: string;
  round: number;
  levelKey: string;
  levelName: string | null;
  duty: string;
  decision: string;
  opinion: string | null;
  actorId: number;
  actorName: string | null;
  at: string;
  contentHash: string;
}

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
