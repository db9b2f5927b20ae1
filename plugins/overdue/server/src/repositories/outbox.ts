import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { instantOf as toDate } from '@content-assurance/kit/server';

const NOTIFICATION = 'plugin::overdue.notification';

export type NotificationStatus = 'pending' | 'sending' | 'sent' | 'retrying' | 'failed';

export interface OutboxRow {
  dedupeKey: string;
  day: string;
  recipientEmail: string;
  recipientName: string | null;
  role: string;
  unitId: number | null;
  unitName: string | null;
  findingKey: string;
  kind: string;
  payload: Record<string, unknown>;
  runId: number | null;
}

export interface StoredNotification extends OutboxRow {
  id: number;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date | null;
}

const fromRow = (row: Record<string, unknown>): StoredNotification => ({
  id: Number(row.id),
  dedupeKey: String(row.dedupe_key),
  day: String(row.day),
  recipientEmail: String(row.recipient_email),
  recipientName: (row.recipient_name as string) ?? null,
  role: String(row.role),
  unitId: row.unit_id === null || row.unit_id === undefined ? null : Number(row.unit_id),
  unitName: (row.unit_name as string) ?? null,
  findingKey: String(row.finding_key),
  kind: String(row.kind),
  payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : ((row.payload as Record<string, unknown>) ?? {}),
  runId: row.run_id === null || row.run_id === undefined ? null : Number(row.run_id),
  status: row.status as NotificationStatus,
  attempts: Number(row.attempts ?? 0),
  nextAttemptAt: toDate(row.next_attempt_at),
  lastError: (row.last_error as string) ?? null,
  sentAt: toDate(row.sent_at),
  createdAt: toDate(row.created_at),
});

/**
 * The outbox: one row per recipient × finding × day under a unique key, so that writing the same
 * rows again (a rerun, a second instance) adds nothing; rows are claimed before they are sent.
 */
const outboxRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.metadata.get(NOTIFICATION as never).tableName;
  const knex = () => strapi.db.connection;
  const stamp = (date: Date) => (strapi.db.dialect.client === 'sqlite' ? date.getTime() : date);

  return {
    /** Insert the rows whose key is new (in the scan's transaction `trx`); returns how many were new. */
    async insertNew(rows: OutboxRow[], now: Date, trx?: Knex.Transaction): Promise<number> {
      if (rows.length === 0) return 0;
      const q = trx ?? knex();
      let inserted = 0;
      for (let i = 0; i < rows.length; i += 200) {
        const chunk = rows.slice(i, i + 200).map((row) => ({
          dedupe_key: row.dedupeKey,
          day: row.day,
          recipient_email: row.recipientEmail,
          recipient_name: row.recipientName,
          role: row.role,
          unit_id: row.unitId,
          unit_name: row.unitName,
          finding_key: row.findingKey,
          kind: row.kind,
          payload: JSON.stringify(row.payload),
          status: 'pending',
          attempts: 0,
          next_attempt_at: stamp(now),
          run_id: row.runId,
          created_at: stamp(now),
          updated_at: stamp(now),
        }));
        const result = await q(table()).insert(chunk).onConflict('dedupe_key').ignore().returning('id');
        inserted += Array.isArray(result) ? result.length : 0;
      }
      return inserted;
    },

    /** Rows waiting to be sent (pending, or retrying and due), and rows left 'sending' by a process that died. */
    async due(now: Date, staleSendingBefore: Date): Promise<StoredNotification[]> {
      const rows: Record<string, unknown>[] = await knex()(table())
        .where((q) =>
          q
            .whereIn('status', ['pending', 'retrying'])
            .andWhere((w) => w.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', stamp(now)))
            .orWhere((w) => w.where('status', 'sending').andWhere('updated_at', '<', stamp(staleSendingBefore))),
        )
        .orderBy('id', 'asc');
      return rows.map(fromRow);
    },

    /** Claim rows for sending: only those still in the state they were read in are taken. */
    async claim(rows: StoredNotification[], now: Date): Promise<StoredNotification[]> {
      const claimed: StoredNotification[] = [];
      for (const row of rows) {
        const count = await knex()(table())
          .where({ id: row.id, status: row.status })
          .update({ status: 'sending', attempts: row.attempts + 1, updated_at: stamp(now) });
        if (count === 1) claimed.push({ ...row, status: 'sending', attempts: row.attempts + 1 });
      }
      return claimed;
    },

    async markSent(ids: number[], now: Date, messageId: string | null): Promise<void> {
      await knex()(table()).whereIn('id', ids).update({ status: 'sent', sent_at: stamp(now), message_id: messageId, last_error: null, updated_at: stamp(now) });
    },

    async markRetry(ids: number[], now: Date, nextAttemptAt: Date, error: string): Promise<void> {
      await knex()(table()).whereIn('id', ids).update({ status: 'retrying', next_attempt_at: stamp(nextAttemptAt), last_error: error, updated_at: stamp(now) });
    },

    async markFailed(ids: number[], now: Date, error: string): Promise<void> {
      await knex()(table()).whereIn('id', ids).update({ status: 'failed', last_error: error, updated_at: stamp(now) });
    },

    async list(filter: { status?: NotificationStatus; day?: string }, limit: number, offset: number): Promise<{ results: StoredNotification[]; total: number }> {
      const base = () => {
        const q = knex()(table());
        if (filter.status) q.where('status', filter.status);
        if (filter.day) q.where('day', filter.day);
        return q;
      };
      const [rows, [{ total }]] = await Promise.all([base().orderBy('id', 'desc').limit(limit).offset(offset), base().count({ total: '*' })]);
      return { results: (rows as Record<string, unknown>[]).map(fromRow), total: Number(total) };
    },
  };
};

export default outboxRepository;
export type OutboxRepository = ReturnType<typeof outboxRepository>;
