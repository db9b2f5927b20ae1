import type { Core } from '@strapi/strapi';

const STATE = 'plugin::review.review-state';

/** The columns of a review-state row besides the state itself, kept for queries ("待我审核"). */
export interface ReviewStateIndex {
  status: string;
  currentDuty: string | null;
  currentLevel: string | null;
  unitId: number | null;
  columnId: number | null;
  submitterId: number | null;
  urgent: boolean;
  title: string | null;
}

export interface ReviewStateRow<TState> extends ReviewStateIndex {
  id: number;
  subjectType: string;
  subjectId: string;
  state: TState;
  version: number;
}

/** Review states: one row per item, updated only by compare-and-set on its version. */
const reviewStatesRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find<TState>(subjectType: string, subjectId: string): Promise<ReviewStateRow<TState> | null> {
    return strapi.db.query(STATE).findOne({ where: { subjectType, subjectId } });
  },

  async findMany<TState>(where: Record<string, unknown>, limit = 200): Promise<ReviewStateRow<TState>[]> {
    return strapi.db.query(STATE).findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], limit });
  },

  async insert<TState>(subjectType: string, subjectId: string, state: TState, index: ReviewStateIndex): Promise<ReviewStateRow<TState>> {
    return strapi.db.query(STATE).create({ data: { subjectType, subjectId, state, version: 0, ...index } });
  },

  /**
   * Write a new state only if nobody wrote since `version` was read: of two concurrent decisions on
   * one level exactly one wins. Returns false to the loser.
   */
  async compareAndSet<TState>(id: number, version: number, state: TState, index: ReviewStateIndex): Promise<boolean> {
    const { count } = await strapi.db.query(STATE).updateMany({ where: { id, version }, data: { state, version: version + 1, ...index } });
    return count === 1;
  },
});

export default reviewStatesRepository;
export type ReviewStatesRepository = ReturnType<typeof reviewStatesRepository>;
