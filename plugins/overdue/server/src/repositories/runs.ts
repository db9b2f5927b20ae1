import type { Core } from '@strapi/strapi';

const RUN = 'plugin::overdue.scan-run';
const FINDING = 'plugin::overdue.open-finding';

export interface ScanRunRecord {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  trigger: string;
  status: RunStatus;
  scanDay: string | null;
  counts: Record<string, number> | null;
  vetoRisk: unknown;
  findingsCount: number;
  emailsQueued: number;
  progress: RunProgress | null;
  error: string | null;
}

/** Where a run stands: queued → running (scanning) → sending (n of m digests) → done | failed. */
export const RUN_STATUSES = ['queued', 'running', 'sending', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/** The statuses of a run that has not ended. */
export const ACTIVE_RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'sending'];

/** Delivery progress of a run: digests (emails) handled of the total, and the outbox rows by outcome. */
export interface RunProgress {
  /** Digests (one email per recipient and unit) due in this run. */
  digests: number;
  /** Digests handled so far (sent, retrying later or failed). */
  digestsDone: number;
  digestsSent: number;
  digestsRetrying: number;
  digestsFailed: number;
  /** Outbox rows by outcome (a digest holds one row per finding). */
  sent: number;
  retrying: number;
  failed: number;
}

export interface OpenFindingRecord {
  id: number;
  key: string;
  kind: string;
  severity: string | null;
  unitIds: number[];
  columnId: number | null;
  inquiryId: number | null;
  dueAt: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  resolvedAt: string | null;
  data: Record<string, unknown>;
}

export interface FindingUpsert {
  key: string;
  kind: string;
  severity: string;
  unitIds: number[];
  columnId: number | null;
  inquiryId: number | null;
  dueAt: string | null;
  data: Record<string, unknown>;
}

/** Scan runs and the findings they keep open (first seen, last seen, resolved). */
const runsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async start(trigger: string, scanDay: string, at: Date, status: RunStatus = 'running'): Promise<number> {
    const run = await strapi.db.query(RUN).create({ data: { trigger, scanDay, startedAt: at, status, findingsCount: 0, emailsQueued: 0 } });
    return run.id;
  },

  async get(id: number): Promise<ScanRunRecord | null> {
    return strapi.db.query(RUN).findOne({ where: { id } });
  },

  /** The newest run that has not ended (queued, running, sending), if any. */
  async active(): Promise<ScanRunRecord | null> {
    return strapi.db.query(RUN).findOne({ where: { status: { $in: [...ACTIVE_RUN_STATUSES] } }, orderBy: { id: 'desc' } });
  },

  /** Runs left unfinished by a process that died (called by the lock holder: no other run can be live). */
  async failInterrupted(exceptId: number, at: Date): Promise<number> {
    const { count } = await strapi.db.query(RUN).updateMany({
      where: { status: { $in: [...ACTIVE_RUN_STATUSES] }, id: { $ne: exceptId } },
      data: { status: 'failed', finishedAt: at, error: '扫描中断（进程已停止），未完成的邮件会在下次扫描时发送' },
    });
    return count;
  },

  async finish(id: number, patch: Partial<Omit<ScanRunRecord, 'id'>>): Promise<void> {
    await strapi.db.query(RUN).update({ where: { id }, data: patch });
  },

  async recent(limit: number): Promise<ScanRunRecord[]> {
    return strapi.db.query(RUN).findMany({ orderBy: { id: 'desc' }, limit });
  },

  async openFindings(): Promise<OpenFindingRecord[]> {
    return strapi.db.query(FINDING).findMany({ where: { resolvedAt: null }, orderBy: { id: 'asc' } });
  },

  /** Record this scan's findings: new ones open, known ones seen again; open ones not seen are resolved. */
  async recordFindings(findings: FindingUpsert[], at: Date): Promise<Map<string, OpenFindingRecord>> {
    const open = new Map((await this.openFindings()).map((f) => [f.key, f]));
    const seen = new Map<string, OpenFindingRecord>();
    // A finding resolved earlier that comes back keeps its key (unique): it is reopened as a new occurrence.
    const fresh = findings.filter((finding) => !open.has(finding.key)).map((finding) => finding.key);
    const resolved = new Map<string, { id: number }>(
      fresh.length ? (await strapi.db.query(FINDING).findMany({ where: { key: { $in: fresh } }, select: ['id', 'key'] })).map((f: { id: number; key: string }) => [f.key, f]) : [],
    );
    for (const finding of findings) {
      const known = open.get(finding.key);
      const closed = resolved.get(finding.key);
      if (known) {
        await strapi.db.query(FINDING).update({ where: { id: known.id }, data: { lastSeenAt: at, severity: finding.severity, unitIds: finding.unitIds, data: finding.data } });
        seen.set(finding.key, { ...known, lastSeenAt: at.toISOString() });
      } else if (closed) {
        const reopened = await strapi.db.query(FINDING).update({ where: { id: closed.id }, data: { ...finding, firstSeenAt: at, lastSeenAt: at, resolvedAt: null } });
        seen.set(finding.key, reopened);
      } else {
        const created = await strapi.db.query(FINDING).create({ data: { ...finding, firstSeenAt: at, lastSeenAt: at, resolvedAt: null } });
        seen.set(finding.key, created);
      }
    }
    const gone = [...open.values()].filter((f) => !seen.has(f.key)).map((f) => f.id);
    if (gone.length) await strapi.db.query(FINDING).updateMany({ where: { id: { $in: gone } }, data: { resolvedAt: at } });
    return seen;
  },

  /** Findings per day and kind (first seen), for the chart of findings over time. */
  async history(since: Date): Promise<{ day: string; kind: string; count: number }[]> {
    const runs: ScanRunRecord[] = await strapi.db.query(RUN).findMany({
      where: { status: 'done', startedAt: { $gte: since } },
      orderBy: { startedAt: 'asc' },
      select: ['scanDay', 'counts', 'startedAt'],
    });
    const byDay = new Map<string, Record<string, number>>();
    for (const run of runs) if (run.scanDay && run.counts) byDay.set(run.scanDay, run.counts);
    return [...byDay].flatMap(([day, counts]) => Object.entries(counts).map(([kind, count]) => ({ day, kind, count })));
  },
});

export default runsRepository;
export type RunsRepository = ReturnType<typeof runsRepository>;
