import type { Core } from '@strapi/strapi';

import { appendEntry, type AuditEntryInput, type ChainHead, type StoredEntry } from '../domain/audit-chain';

const AUDIT = 'plugin::review.audit-entry';
/** Key of the PostgreSQL advisory lock that serialises appends (any 64-bit number of our own). */
const APPEND_LOCK = 734_201_905;
const HEAD = { key: 'audit-head' };
const CORE_STORE = 'strapi::core-store';
/** The head's row in the core store (`strapi.store` names keys `<type>_<name>_<key>`). */
const HEAD_KEY = 'plugin_review_audit-head';

interface AuditRow {
  seq: number;
  prevHash: string;
  hash: string;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

const toEntry = (row: AuditRow): Omit<StoredEntry, 'at'> & { at: string } => ({
  seq: row.seq,
  prevHash: row.prevHash,
  hash: row.hash,
  at: row.at,
  actor: row.actorId === null || row.actorId === undefined ? null : { id: row.actorId, name: row.actorName ?? '' },
  action: row.action,
  contentType: row.subjectType,
  documentId: row.subjectId,
  data: row.data ?? {},
});

/** How many pending entries one seal chains at most (a backlog is sealed in several). */
export const SEAL_BATCH = 500;

/** An entry as appended: pending, its seq and hashes left for the sealer. */
export const pendingRow = (input: AuditEntryInput) => ({
  seq: null,
  prevHash: null,
  hash: null,
  at: input.at,
  actorId: input.actor?.id ?? null,
  actorName: input.actor?.name ?? null,
  action: input.action,
  subjectType: input.contentType,
  subjectId: input.documentId,
  data: input.data,
});

const toInput = (row: AuditRow): AuditEntryInput => ({
  at: row.at,
  actor: row.actorId === null || row.actorId === undefined ? null : { id: row.actorId, name: row.actorName ?? '' },
  action: row.action,
  contentType: row.subjectType,
  documentId: row.subjectId,
  data: row.data ?? {},
});

/**
 * The audit trail (全过程记录): entries are only ever appended, each carrying the previous one's hash;
 * the head (last seq and hash) is kept apart in the core store so that deleting the last rows shows.
 *
 * Two steps, so that concurrent transitions never wait for one another on the chain: a transition
 * appends its entries *pending* (no seq, no hash yet) in its own transaction; once committed, they are
 * *sealed* — chained after the head in id order — by `sealPending`, one sealer at a time (an advisory
 * lock on PostgreSQL, SQLite's single writer). Readers seal first, so they only ever see a chain.
 */
const auditRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'review' });
  const column = (attribute: string) => (strapi.db.metadata.get(AUDIT as never).attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  /**
   * One UPDATE that seals `count` entries: their seq, previous hash and hash joined in from a VALUES
   * list by id (`UPDATE … FROM`, PostgreSQL and SQLite ≥ 3.33 alike).
   */
  const sealStatement = (count: number) => {
    const table = strapi.db.metadata.get(AUDIT as never).tableName;
    const [seq, prevHash, hash] = [column('seq'), column('prevHash'), column('hash')];
    const values = Array.from({ length: count }, () => '(CAST(? AS INTEGER), CAST(? AS INTEGER), ?, ?)').join(', ');
    return (
      `WITH sealed (id, seq, prev_hash, hash) AS (VALUES ${values}) ` +
      `UPDATE "${table}" SET "${seq}" = sealed.seq, "${prevHash}" = sealed.prev_hash, "${hash}" = sealed.hash FROM sealed WHERE "${table}".id = sealed.id`
    );
  };
  return {
    /** Append entries, pending, in the caller's transaction (one insert; nothing is locked). */
    async appendPending(inputs: AuditEntryInput[]): Promise<void> {
      if (inputs.length === 0) return;
      await strapi.db.query(AUDIT).createMany({ data: inputs.map(pendingRow) });
    },

    /**
     * Chain up to SEAL_BATCH committed pending entries after the head, in id order, and move the head:
     * one transaction, one sealer at a time. Returns how many were sealed.
     */
    async sealPending(): Promise<number> {
      return strapi.db.transaction(async ({ trx }) => {
        if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [APPEND_LOCK]);
        const pending: (AuditRow & { id: number })[] = await strapi.db.query(AUDIT).findMany({ where: { seq: null }, orderBy: { id: 'asc' }, limit: SEAL_BATCH });
        if (pending.length === 0) return 0;
        // The head's row read and written directly (one query each; the store's own set reads it twice).
        const headRow = (await strapi.db.query(CORE_STORE).findOne({ where: { key: HEAD_KEY, environment: null, tag: null }, select: ['id', 'value'] })) as {
          id: number;
          value: string | null;
        } | null;
        let head = headRow?.value ? (JSON.parse(headRow.value) as ChainHead) : null;
        const sealed: { id: number; seq: number; prevHash: string; hash: string }[] = [];
        for (const row of pending) {
          const next = appendEntry(head, toInput(row));
          sealed.push({ id: row.id, seq: next.entry.seq, prevHash: next.entry.prevHash, hash: next.entry.hash });
          head = next.head;
        }
        await trx.raw(sealStatement(sealed.length), sealed.flatMap((e) => [e.id, e.seq, e.prevHash, e.hash]));
        if (headRow) await strapi.db.query(CORE_STORE).updateMany({ where: { id: headRow.id }, data: { value: JSON.stringify(head), type: 'object' } });
        else await store().set({ ...HEAD, value: head });
        return pending.length;
      });
    },

    async head(): Promise<ChainHead | null> {
      return ((await store().get(HEAD)) as ChainHead | null) ?? null;
    },

    /** Every entry in seq order (the verify route reads the whole chain). */
    async all(): Promise<ReturnType<typeof toEntry>[]> {
      const rows: AuditRow[] = await strapi.db.query(AUDIT).findMany({ where: { seq: { $notNull: true } }, orderBy: { seq: 'asc' } });
      return rows.map(toEntry);
    },

    async forSubject(subjectType: string, subjectId: string): Promise<ReturnType<typeof toEntry>[]> {
      const rows: AuditRow[] = await strapi.db.query(AUDIT).findMany({ where: { subjectType, subjectId, seq: { $notNull: true } }, orderBy: { seq: 'asc' } });
      return rows.map(toEntry);
    },

    async between(from: string, to: string): Promise<ReturnType<typeof toEntry>[]> {
      const rows: AuditRow[] = await strapi.db.query(AUDIT).findMany({ where: { at: { $gte: from, $lt: to }, seq: { $notNull: true } }, orderBy: { seq: 'asc' } });
      return rows.map(toEntry);
    },
  };
};

export default auditRepository;
export type AuditRepository = ReturnType<typeof auditRepository>;
