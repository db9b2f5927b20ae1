import type { Core } from '@strapi/strapi';

import type { ReviewStatus } from '../domain/state-machine';
import type { SubjectType } from './subjects';

const STATE = 'plugin::review.review-state';

/** The columns of a review-state row besides the state itself, kept for queries ("待我审核"). */
export interface ReviewStateIndex {
  status: ReviewStatus;
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
  subjectType: SubjectType;
  subjectId: string;
  state: TState;
  version: number;
}

/** What a transition needs of a state row. */
export type ReviewStateHead<TState> = Pick<ReviewStateRow<TState>, 'id' | 'version' | 'state' | 'unitId'>;

type QueryBuilder = ReturnType<Core.Strapi['db']['connection']['queryBuilder']>;

/** A JSON column as the database returns it: parsed on PostgreSQL, text on SQLite. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
const integer = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A unique index refused the row (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE), possibly wrapped by Strapi. */
export const isUniqueViolation = (error: unknown): boolean => {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
};

/** Review states: one row per item, updated only by compare-and-set on its version. */
const reviewStatesRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Join an item's state row into a query over the item (`documentId` names its document id column):
   * what a transition needs of it (id, version, state, unit), its columns named `<prefix>…`.
   */
  joinTo<Q extends QueryBuilder>(query: Q, subjectType: string, documentId: string, prefix: string): Q {
    const meta = strapi.db.metadata.get(STATE as never);
    const column = (attribute: string) => `r.${(meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute}`;
    const knex = strapi.db.connection;
    return query
      .leftJoin(`${meta.tableName} as r`, (on) => on.on(column('subjectType'), knex.raw('?', [subjectType])).andOn(column('subjectId'), documentId))
      .select({ [`${prefix}id`]: 'r.id', [`${prefix}version`]: column('version'), [`${prefix}state`]: column('state'), [`${prefix}unitId`]: column('unitId') }) as Q;
  },

  /** The state row read by `joinTo`, or null when the item has none yet. */
  fromJoined<TState>(raw: Record<string, unknown>, prefix: string): ReviewStateHead<TState> | null {
    if (raw[`${prefix}id`] === null || raw[`${prefix}id`] === undefined) return null;
    return {
      id: Number(raw[`${prefix}id`]),
      version: Number(raw[`${prefix}version`]),
      state: json<TState>(raw[`${prefix}state`]),
      unitId: integer(raw[`${prefix}unitId`]),
    };
  },

  async find<TState>(subjectType: string, subjectId: string): Promise<ReviewStateRow<TState> | null> {
    return strapi.db.query(STATE).findOne({ where: { subjectType, subjectId } });
  },

  async findMany<TState>(where: Record<string, unknown>, limit = 200): Promise<ReviewStateRow<TState>[]> {
    return strapi.db.query(STATE).findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], limit });
  },

  /** The first state row of an item; null if a concurrent first submission created it meanwhile (unique per item). */
  async insert<TState>(subjectType: string, subjectId: string, state: TState, index: ReviewStateIndex): Promise<ReviewStateRow<TState> | null> {
    try {
      return await strapi.db.query(STATE).create({ data: { subjectType, subjectId, state, version: 0, ...index } });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
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
