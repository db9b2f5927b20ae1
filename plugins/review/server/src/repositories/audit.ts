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

/**
 * The audit trail (全过程记录): entries are only ever appended, each carrying the previous one's hash;
 * the head (last seq and hash) is kept apart in the core store so that deleting the last rows shows.
 */
const auditRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'review' });
  return {
    async append(input: AuditEntryInput): Promise<StoredEntry> {
      return (await this.appendMany([input]))[0];
    },

    /**
     * Append entries in the caller's transaction. Appends are serialised — an advisory lock on
     * PostgreSQL held to the end of the transaction, SQLite's single writer — so callers append last,
     * just before they commit, to keep that section short.
     */
    async appendMany(inputs: AuditEntryInput[]): Promise<StoredEntry[]> {
      if (inputs.length === 0) return [];
      return strapi.db.transaction(async ({ trx }) => {
        if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [APPEND_LOCK]);
        // The head's row read and written directly (one query each; the store's own set reads it twice).
        const headRow = (await strapi.db.query(CORE_STORE).findOne({ where: { key: HEAD_KEY, environment: null, tag: null }, select: ['id', 'value'] })) as {
          id: number;
          value: string | null;
        } | null;
        let head = headRow?.value ? (JSON.parse(headRow.value) as ChainHead) : null;
        const entries: StoredEntry[] = [];
        for (const input of inputs) {
          const next = appendEntry(head, input);
          entries.push(next.entry);
          head = next.head;
        }
        await strapi.db.query(AUDIT).createMany({
          data: entries.map((entry) => ({
            seq: entry.seq,
            prevHash: entry.prevHash,
            hash: entry.hash,
            at: entry.at,
            actorId: entry.actor?.id ?? null,
            actorName: entry.actor?.name ?? null,
            action: entry.action,
            subjectType: entry.contentType,
            subjectId: entry.documentId,
            data: entry.data,
          })),
        });
        if (headRow) await strapi.db.query(CORE_STORE).updateMany({ where: { id: headRow.id }, data: { value: JSON.stringify(head), type: 'object' } });
        else await store().set({ ...HEAD, value: head });
        return entries;
      });
    },

    async head(): Promise<ChainHead | null> {
      return ((await store().get(HEAD)) as ChainHead | null) ?? null;
    },

    /** Every entry in seq order (the verify route reads the whole chain). */
    async all(): Promise<ReturnType<typeof toEntry>[]> {
      const rows: AuditRow[] = await strapi.db.query(AUDIT).findMany({ orderBy: { seq: 'asc' } });
      return rows.map(toEntry);
    },

    async forSubject(subjectType: string, subjectId: string): Promise<ReturnType<typeof toEntry>[]> {
      const rows: AuditRow[] = await strapi.db.query(AUDIT).findMany({ where: { subjectType, subjectId }, orderBy: { seq: 'asc' } });
      return rows.map(toEntry);
    },

    async between(from: string, to: string): Promise<ReturnType<typeof toEntry>[]> {
      const rows: AuditRow[] = await strapi.db.query(AUDIT).findMany({ where: { at: { $gte: from, $lt: to } }, orderBy: { seq: 'asc' } });
      return rows.map(toEntry);
    },
  };
};

export default auditRepository;
export type AuditRepository = ReturnType<typeof auditRepository>;
