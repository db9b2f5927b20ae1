import type { Core } from '@strapi/strapi';

import type { DeliveryResult } from '../../../shared/contracts';
import { renderDigest, type DigestRow } from '../domain';
import type { OverduePluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { repositories } from '../repositories';
import type { StoredNotification } from '../repositories/outbox';

const CONCURRENCY = 4;

/** What a delivery did (the admin's run view shows it): shared/contracts.ts. */
export type { DeliveryResult };

/** Where a delivery stands, after each digest: digests handled of the total, and by outcome. */
export interface DeliveryProgress extends DeliveryResult {
  digestsDone: number;
  digestsSent: number;
  digestsRetrying: number;
  digestsFailed: number;
}

/** An SMTP answer 5xx is final; connection errors, timeouts and 4xx are worth another try later. */
export const isPermanentFailure = (error: unknown): boolean => {
  const code = Number((error as { responseCode?: unknown }).responseCode);
  return code >= 500 && code < 600;
};

/** The delay before attempt `attempts + 1`: base × 2^(attempts − 1), at most maxHours. */
export const backoffMs = (attempts: number, baseMinutes: number, maxHours: number): number =>
  Math.min(baseMinutes * 60_000 * 2 ** Math.max(0, attempts - 1), maxHours * 3_600_000);

/**
 * Delivery of the outbox: the due rows are claimed, grouped into one digest per recipient and unit,
 * sent through Strapi's email plugin (nodemailer provider, pooled SMTP), then marked sent, retrying
 * (with backoff) or failed (5xx, with the reason). A process that dies mid-delivery leaves rows
 * 'sending'; they are sent again once stale — at least once, never lost.
 */
const delivery = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const settings = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as OverduePluginConfig;
  const adminUrl = () =>
    settings().adminUrl ?? String(strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port', 1337)}`);

  return {
    /** Deliver the due outbox rows; `onProgress` hears after each digest (and once before the first). */
    async deliver(now: Date, onProgress?: (progress: DeliveryProgress) => void): Promise<DeliveryResult> {
      const { baseMinutes, maxHours, staleSendingMinutes } = settings().retry;
      const due = await repo.outbox.due(now, new Date(now.getTime() - staleSendingMinutes * 60_000));
      const claimed = await repo.outbox.claim(due, now);
      const groups = new Map<string, StoredNotification[]>();
      for (const row of claimed) {
        const key = `${row.recipientEmail.toLowerCase()}|${row.unitId ?? 'site'}|${row.day}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const result: DeliveryResult = { digests: groups.size, sent: 0, retrying: 0, failed: 0 };
      const progress: DeliveryProgress = { ...result, digestsDone: 0, digestsSent: 0, digestsRetrying: 0, digestsFailed: 0 };
      const report = (outcome: 'sent' | 'retrying' | 'failed' | null, rows = 0) => {
        if (outcome === 'sent') {
          progress.digestsSent += 1;
          progress.sent += rows;
        } else if (outcome === 'retrying') {
          progress.digestsRetrying += 1;
          progress.retrying += rows;
        } else if (outcome === 'failed') {
          progress.digestsFailed += 1;
          progress.failed += rows;
        }
        if (outcome) progress.digestsDone += 1;
        onProgress?.({ ...progress });
      };
      report(null);
      const send = async (rows: StoredNotification[]) => {
        const ids = rows.map((r) => r.id);
        const digest = renderDigest({
          unitName: rows[0].unitName ?? '',
          rows: rows.map((r) => r.payload as unknown as DigestRow),
          runDate: now,
          adminUrl: adminUrl(),
        });
        try {
          const info = (await strapi.plugin('email').service('email').send({
            to: rows[0].recipientEmail,
            subject: digest.subject,
            text: digest.text,
            html: digest.html,
          })) as { messageId?: string } | undefined;
          await repo.outbox.markSent(ids, now, info?.messageId ?? null);
          result.sent += ids.length;
          report('sent', ids.length);
        } catch (error) {
          const reason = `${(error as { responseCode?: number }).responseCode ?? (error as { code?: string }).code ?? ''} ${(error as Error).message}`.trim();
          if (isPermanentFailure(error)) {
            await repo.outbox.markFailed(ids, now, reason);
            result.failed += ids.length;
            report('failed', ids.length);
          } else {
            const attempts = Math.max(...rows.map((r) => r.attempts));
            await repo.outbox.markRetry(ids, now, new Date(now.getTime() + backoffMs(attempts, baseMinutes, maxHours)), reason);
            result.retrying += ids.length;
            report('retrying', ids.length);
          }
        }
      };
      // A few digests at a time, over the provider's pooled connections.
      const queue = [...groups.values()];
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let rows = queue.shift(); rows; rows = queue.shift()) await send(rows);
      }));
      return result;
    },
  };
};

export default delivery;
export type DeliveryService = ReturnType<typeof delivery>;
