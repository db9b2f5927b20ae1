import type { Core } from '@strapi/strapi';

const RUN = 'plugin::overdue.scan-run';
const FINDING = 'plugin::overdue.open-finding';

export interface ScanRunRecord {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  trigger: string;
  status: string;
  scanDay: string | null;
  counts: Record<string, number> | null;
  vetoRisk: unknown;
  findingsCount: number;
  emailsQueued: number;
  error: string | null;
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
  async start(trigger: string, scanDay: string, at: Date): Promise<number> {
    const run = await strapi.db.query(RUN).create({ data: { trigger, scanDay, startedAt: at, status: 'running', findingsCount: 0, emailsQueued: 0 } });
    return run.id;
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
    for (const finding of findings) {
      const known = open.get(finding.key);
      if (known) {
        await strapi.db.query(FINDING).update({ where: { id: known.id }, data: { lastSeenAt: at, severity: finding.severity, unitIds: finding.unitIds, data: finding.data } });
        seen.set(finding.key, { ...known, lastSeenAt: at.toISOString() });
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
