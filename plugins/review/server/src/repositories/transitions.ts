import { randomBytes } from 'crypto';

import type { Core } from '@strapi/strapi';

import type { AuditEntryInput } from '../domain/audit-chain';
import { pendingRow, type AuditRepository } from './audit';
import { runRaw } from './raw';
import type { DecisionRecord, DecisionsRepository } from './decisions';
import type { ReviewStateIndex, ReviewStatesRepository } from './review-states';

const STATE = 'plugin::review.review-state';
const DECISION = 'plugin::review.decision';
const AUDIT = 'plugin::review.audit-entry';

/** What one transition writes: the item's new state (by compare-and-set), its decision if any, its audit entries. */
export interface TransitionWrite<TState> {
  stateId: number;
  /** The version the transition read; the write happens only if it is still the current one. */
  version: number;
  state: TState;
  index: ReviewStateIndex;
  decision: DecisionRecord | null;
  audit: AuditEntryInput[];
  at: Date;
}

/** A value bound to a column, cast to the column's type (PostgreSQL types parameters in a SELECT list as text). */
interface Bound {
  column: string;
  sql: string;
  value: unknown;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/**
 * A document id for a record row, shaped like Strapi's (24 characters, a letter then letters and
 * digits; ~119 random bits). Strapi's own generator (cuid2) hashes with SHA-3 and cost more than the
 * rest of building the statement; these rows are records, never addressed by their document id.
 */
const newDocumentId = (): string => {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i += 1) id += ALPHABET[bytes[i] % 36];
  return id;
};

const CASTS: Record<string, string> = { integer: 'INTEGER', biginteger: 'BIGINT', boolean: 'BOOLEAN', datetime: 'TIMESTAMP', json: 'JSONB' };

/**
 * The writes of a transition, all or nothing. On PostgreSQL one statement: the compare-and-set
 * UPDATE of the state and the INSERTs of the decision and the audit entries, chained by data-modifying
 * WITH clauses so that the inserts happen only if the update did (every statement on PostgreSQL is
 * atomic; at READ COMMITTED a concurrent winner makes the UPDATE match no row). One round trip instead
 * of five (BEGIN, UPDATE, INSERT, INSERT, COMMIT): under 20 concurrent reviewers the round trips are
 * what a transition costs. On SQLite (in-process, no round trips) the same writes in a transaction.
 */
const transitionsRepository = ({
  strapi,
  states,
  decisions,
  audit,
}: {
  strapi: Core.Strapi;
  states: ReviewStatesRepository;
  decisions: DecisionsRepository;
  audit: AuditRepository;
}) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid as never);
  /** Attribute → column, with the value as Strapi would store it and the cast PostgreSQL needs. */
  const bind = (uid: string, record: Record<string, unknown>): Bound[] =>
    Object.entries(record).map(([attribute, raw]) => {
      const definition = meta(uid).attributes[attribute] as { columnName?: string; type: string } | undefined;
      if (!definition) throw new Error(`review: ${uid} has no attribute ${attribute}`);
      const cast = CASTS[definition.type] ?? 'TEXT';
      let value = raw;
      if (raw !== null && raw !== undefined && definition.type === 'datetime') value = new Date(raw as string | Date);
      if (raw !== null && raw !== undefined && definition.type === 'json') value = JSON.stringify(raw);
      return { column: `"${definition.columnName ?? attribute}"`, sql: `CAST(? AS ${cast})`, value: value ?? null };
    });
  /** The columns every row of a content type carries besides its attributes (as Strapi's query engine fills them). */
  const created = (at: Date) => ({ documentId: newDocumentId(), createdAt: at, updatedAt: at });
  const insertFromMoved = (uid: string, rows: Record<string, unknown>[]) => {
    const bound = rows.map((row) => bind(uid, row));
    return {
      sql:
        `INSERT INTO "${meta(uid).tableName}" (${bound[0].map((b) => b.column).join(', ')}) ` +
        bound.map((row) => `SELECT ${row.map((b) => b.sql).join(', ')} FROM moved`).join(' UNION ALL '),
      values: bound.flatMap((row) => row.map((b) => b.value)),
    };
  };

  const writeOnPostgres = async <TState>(write: TransitionWrite<TState>): Promise<boolean> => {
    const set = bind(STATE, { state: write.state, version: write.version + 1, ...write.index, updatedAt: write.at });
    const clauses = [`moved AS (UPDATE "${meta(STATE).tableName}" SET ${set.map((b) => `${b.column} = ${b.sql}`).join(', ')} WHERE id = ? AND version = ? RETURNING id)`];
    const values: unknown[] = [...set.map((b) => b.value), write.stateId, write.version];
    const inserts = [
      write.decision ? insertFromMoved(DECISION, [{ ...write.decision, ...created(write.at) }]) : null,
      write.audit.length > 0 ? insertFromMoved(AUDIT, write.audit.map((input) => ({ ...pendingRow(input), ...created(write.at) }))) : null,
    ];
    inserts.forEach((insert, i) => {
      if (!insert) return;
      clauses.push(`inserted_${i} AS (${insert.sql})`);
      values.push(...insert.values);
    });
    const [result] = await runRaw<{ moved: string }>(strapi, `WITH ${clauses.join(', ')} SELECT count(*) AS moved FROM moved`, values);
    return Number(result.moved) === 1;
  };

  const writeInTransaction = async <TState>(write: TransitionWrite<TState>): Promise<boolean> =>
    strapi.db.transaction(async () => {
      if (!(await states.compareAndSet(write.stateId, write.version, write.state, write.index))) return false;
      if (write.decision) await decisions.add(write.decision);
      await audit.appendPending(write.audit);
      return true;
    });

  return {
    /** Write a transition; false, with nothing written, when someone else wrote the state since it was read. */
    async write<TState>(write: TransitionWrite<TState>): Promise<boolean> {
      return strapi.db.dialect.client === 'postgres' ? writeOnPostgres(write) : writeInTransaction(write);
    },
  };
};

export default transitionsRepository;
export type TransitionsRepository = ReturnType<typeof transitionsRepository>;
