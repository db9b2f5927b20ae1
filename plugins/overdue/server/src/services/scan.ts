import type { Core } from '@strapi/strapi';

import { responsibilityApi } from '@content-assurance/kit/server';

import type { PreviewEmailBody } from '../../../shared/contracts';
import {
  computeFindings,
  digestRows,
  FINDING_KIND_LABELS,
  isoDateOf,
  shanghaiDateOf,
  prepareScan,
  shouldEscalate,
  validateConfig,
  vetoRisk,
  type ColumnInput,
  type OverdueConfig,
  type DigestRow,
  type Finding,
  type FrequencyRule,
  type InquiryInput,
  type ScanInput,
} from '../domain';
import type { OverduePluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { repositories } from '../repositories';
import type { OutboxRow } from '../repositories/outbox';
import type { ColumnActivity } from '../repositories/scan-source';
import { getService } from '../utils';
import { scanDeadlines } from './scan-deadlines';
import { acquireScanLock, type ScanLock } from './scan-lock';
import type { DeliveryResult } from './delivery';
import type { RunProgress, ScanRunRecord } from '../repositories/runs';

/** Who gets a unit's digest, from its register: the 责任领导 (leader in charge) and the 信息员, in that order. */
const DIGEST_ROLES = [
  ['leader-in-charge', 'leader'],
  ['information-officer', 'officer'],
] as const;

const SITE = 0; // the "unit" of findings nobody answers for: they go to the site administrators

export interface Recipient {
  email: string;
  name: string | null;
  role: 'leader' | 'officer' | 'alert' | 'principal' | 'site-administrator';
}

/** What a finished run answers. */
export interface RunOutcome {
  runId: number;
  findings: number;
  queued: number;
  delivery: DeliveryResult;
  vetoRisk: unknown;
}

interface ActiveRun {
  runId: Promise<number | null>;
  done: Promise<RunOutcome> | null;
}

export type StartResult = { started: true; run: ScanRunRecord; done: Promise<RunOutcome> } | { started: false; run: ScanRunRecord | null };

/** A digest row with whether its finding is escalated (open longer than escalateAfterDays). */
type EscalatedRow = DigestRow & { escalated: boolean };

interface UnitDigest {
  unitId: number;
  unitName: string;
  rows: EscalatedRow[];
  /** Who gets every row. */
  recipients: Recipient[];
  /** Who also gets the escalated rows. */
  escalation: Recipient[];
}

/** One email a scan would send (the admin's preview): shared/contracts.ts. */
export type PreviewEmail = PreviewEmailBody;

/**
 * The scan: read what the rules need with set-based queries, compute the findings and the site's veto
 * risk, record them with the outbox rows of this day in one transaction, then deliver the due digests.
 * One instance scans at a time (advisory lock on PostgreSQL). `preview` computes the same and writes
 * nothing.
 */
const scan = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const people = responsibilityApi(strapi);
  const settings = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as OverduePluginConfig;
  /** The rules' settings, with the responsibility plugin's `dueSoonDays` (one setting for the table page, the dashboard and the scan). */
  const rules = (): OverdueConfig => ({ ...validateConfig(settings().rules), dueSoonDays: people.deadlines.dueSoonDays() });

  /** Everything the rules read, in one round of set-based queries run together. */
  const input = async (now: Date): Promise<ScanInput> => {
    const { year, month } = shanghaiDateOf(now);
    const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    const label = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
    const [columns, units, activity, inquiries, policies, unitMonths] = await Promise.all([
      people.table.columnsForScan(now),
      people.table.units(),
      repo.activity.read(),
      repo.source.openInquiries(),
      repo.source.policyDocuments(),
      repo.activity.unitMonths([label(year, month), label(previous.year, previous.month)]),
    ]);
    const byColumn = new Map<number, ColumnActivity>();
    for (let i = 0; i < activity.length; i += 1) byColumn.set(activity[i].columnId, activity[i]);
    const nowTime = now.getTime();
    const columnInputs: ColumnInput[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i += 1) {
      const c = columns[i];
      const seen = byColumn.get(c.id);
      const openedAt = c.openedAt;
      columnInputs[i] = {
        id: c.id,
        documentId: c.documentId,
        name: c.name,
        path: c.path,
        parentId: c.parentId,
        category: c.category,
        isHomepage: c.isHomepage,
        isChannel: c.isChannel,
        hasChildren: c.hasChildren,
        active: (!openedAt || openedAt.getTime() <= nowTime) && (!c.closedAt || c.closedAt.getTime() > nowTime),
        openedAt,
        unitIds: c.unitIds,
        rules: c.rules,
        lastPublishedAt: seen ? seen.lastPublishedAt : null,
        publishedCount: seen ? seen.publishedCount : 0,
      };
    }
    const inquiryInputs: InquiryInput[] = [];
    for (const i of inquiries) {
      if (!i.receivedAt) continue;
      inquiryInputs.push({
        id: i.id,
        documentId: i.documentId,
        subject: i.subject,
        channel: i.channel as InquiryInput['channel'],
        receivedAt: i.receivedAt,
        assignedUnitId: i.assignedUnitId,
        columnId: i.columnId,
        repliedAt: null,
        status: i.status,
      });
    }
    return {
      columns: columnInputs,
      units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
      inquiries: inquiryInputs,
      policyDocuments: policies.flatMap((p) =>
        p.unitId === null
          ? []
          : [{ articleId: p.articleId, articleDocumentId: p.documentId, title: p.title, columnId: p.columnId, unitId: p.unitId, publishedAt: p.publishedAt, interpretationPublishedAt: p.interpretationPublishedAt }],
      ),
      monthlyCounts: unitMonths.map((u) => ({ unitId: u.unitId, month: u.month, count: u.publishedCount })),
    };
  };

  const dedupe = (recipients: Recipient[]) => {
    const seen = new Set<string>();
    return recipients.filter((r) => {
      const key = r.email.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  /**
   * Each unit's digest: its rows (one per finding it answers for, flagged when escalated), who gets
   * them all — its 责任领导 and 信息员 from the unit register and its alert address (附件3 备案表), or the site administrators for
   * findings of nobody's — and who gets the escalated ones only (its principal leader and the site
   * administrators). Contacts and duty holders are read once for all units.
   */
  const unitDigests = async (findings: Finding[], firstSeen: Map<string, Date>, now: Date): Promise<UnitDigest[]> => {
    const config = rules();
    // Each unit's findings in one pass (digestRows filters by unit: never hand it every finding per unit).
    const byUnit = new Map<number, Finding[]>();
    for (const finding of findings) {
      for (const unitId of finding.unitIds.length ? finding.unitIds : [SITE]) {
        const list = byUnit.get(unitId);
        const entry = unitId === SITE ? { ...finding, unitIds: [SITE] } : finding;
        if (list) list.push(entry);
        else byUnit.set(unitId, [entry]);
      }
    }
    const unitIds = [...byUnit.keys()];
    const owned = unitIds.filter((id) => id !== SITE);
    const [contacts, admins, principals] = await Promise.all([
      people.table.contacts(owned),
      people.duties.holders('site-administrator', null),
      people.duties.holdersIn('principal-leader', owned),
    ]);
    const siteAdmins: Recipient[] = admins.map((a) => ({ email: a.email, name: null, role: 'site-administrator' }));
    const targets = new Map<number, { name: string; recipients: Recipient[] }>();
    for (const unit of contacts) {
      const recipients: Recipient[] = [];
      // The unit register's 责任领导 then 信息员 (附件3 备案表), with or without an admin account.
      for (const [duty, role] of DIGEST_ROLES) {
        for (const person of unit.people) if (person.duty === duty && person.email) recipients.push({ email: person.email, name: person.name, role });
      }
      if (unit.alertEmail) recipients.push({ email: unit.alertEmail, name: null, role: 'alert' });
      targets.set(unit.id, { name: unit.name, recipients: dedupe(recipients) });
    }
    if (byUnit.has(SITE)) targets.set(SITE, { name: '网站管理员', recipients: siteAdmins });

    const digests: UnitDigest[] = [];
    for (const unitId of unitIds) {
      const target = targets.get(unitId);
      if (!target) continue;
      const rows: EscalatedRow[] = digestRows(byUnit.get(unitId) ?? [], unitId).map((row) => ({
        ...row,
        escalated: shouldEscalate(firstSeen.get(row.key) ?? now, now, config.escalateAfterDays),
      }));
      const escalation: Recipient[] =
        unitId === SITE ? [] : [...(principals.get(unitId) ?? []).map((p) => ({ email: p.email, name: null, role: 'principal' as const })), ...siteAdmins];
      digests.push({ unitId, unitName: target.name, rows, recipients: target.recipients, escalation });
    }
    return digests;
  };

  /** The outbox rows of a scan: recipient × finding × day; escalated findings also to the principal leader and site administrators. */
  const outboxRows = (digests: UnitDigest[], now: Date, runId: number | null): OutboxRow[] => {
    const day = isoDateOf(now);
    const rows: OutboxRow[] = [];
    for (const digest of digests) {
      const escalatedTo = dedupe([...digest.recipients, ...digest.escalation]);
      for (const row of digest.rows) {
        for (const recipient of row.escalated ? escalatedTo : digest.recipients) {
          rows.push({
            dedupeKey: `${day}|${recipient.email.toLowerCase()}|${row.key}`,
            day,
            recipientEmail: recipient.email,
            recipientName: recipient.name,
            role: recipient.role,
            unitId: digest.unitId === SITE ? null : digest.unitId,
            unitName: digest.unitName,
            findingKey: row.key,
            kind: row.kind,
            payload: row as unknown as Record<string, unknown>,
            runId,
          });
        }
      }
    }
    return rows;
  };

  /** The emails a scan would send, one per recipient and unit (what grouping the outbox rows by recipient and unit gives), without building the rows. */
  const previewEmails = (digests: UnitDigest[]): PreviewEmail[] => {
    const emails: PreviewEmail[] = [];
    for (const digest of digests) {
      const escalated = digest.rows.filter((row) => row.escalated);
      const taken = new Set<string>();
      for (const recipient of digest.recipients) {
        taken.add(recipient.email.toLowerCase());
        if (digest.rows.length > 0) emails.push({ recipientEmail: recipient.email, role: recipient.role, unitName: digest.unitName, rows: digest.rows });
      }
      if (escalated.length === 0) continue;
      for (const recipient of digest.escalation) {
        const key = recipient.email.toLowerCase();
        if (taken.has(key)) continue;
        taken.add(key);
        emails.push({ recipientEmail: recipient.email, role: recipient.role, unitName: digest.unitName, rows: escalated });
      }
    }
    return emails;
  };

  /** The run going on in this process: its id once recorded, and its end. */
  let current: ActiveRun | null = null;

  /** Who waits for the next change of the run going on here (a status or progress written, or its end). */
  let waiting: (() => void)[] = [];
  const changed = () => {
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve();
  };
  /** Write a change to the run record, then tell who waits for it. */
  const update = async (runId: number, patch: Parameters<typeof repo.runs.finish>[1]) => {
    await repo.runs.finish(runId, patch);
    changed();
  };

  /**
   * Progress to the run record as the delivery goes: the latest state wins, one write at a time, so
   * the page polling the run sees sent n of m without a write per email piling up.
   */
  const progressWriter = (runId: number) => {
    let latest: RunProgress | null = null;
    let writing: Promise<void> | null = null;
    const flush = async (): Promise<void> => {
      while (latest) {
        const progress = latest;
        latest = null;
        await update(runId, { progress });
      }
    };
    return {
      push(progress: RunProgress) {
        latest = progress;
        if (!writing) writing = flush().finally(() => (writing = null));
      },
      async settle() {
        while (writing) await writing;
      },
    };
  };

  /** The scan of run `runId`, holding the lock: findings and outbox in one transaction, then delivery. */
  const execute = async (runId: number, trigger: string, now: Date): Promise<RunOutcome> => {
    // The run's end on the scan's clock (injected in tests): its start plus the time it took.
    const began = Date.now();
    const endedAt = () => new Date(now.getTime() + (Date.now() - began)).toISOString();
    try {
      await update(runId, { status: 'running' });
      const data = await input(now);
      const deadlines = scanDeadlines(people.deadlines);
      const config = rules();
      const prepared = prepareScan(data, config, deadlines, now);
      const findings = computeFindings(data, config, deadlines, now, prepared);
      const veto = vetoRisk(data, config, deadlines, now, prepared);
      const queued = await strapi.db.transaction(async ({ trx }) => {
        const seen = await repo.runs.recordFindings(
          findings.map((f) => ({
            key: f.key,
            kind: f.kind,
            severity: f.severity,
            unitIds: f.unitIds,
            columnId: 'columnId' in f ? (f as { columnId: number }).columnId : null,
            inquiryId: 'inquiryId' in f ? (f as { inquiryId: number }).inquiryId : null,
            dueAt: f.dueAt ? f.dueAt.toISOString() : null,
            data: { label: FINDING_KIND_LABELS[f.kind], daysOverdue: f.daysOverdue, ruleLabel: f.ruleLabel },
          })),
          now,
        );
        const firstSeen = new Map([...seen].map(([key, f]) => [key, new Date(f.firstSeenAt)]));
        const rows = outboxRows(await unitDigests(findings, firstSeen, now), now, runId);
        const inserted = await repo.outbox.insertNew(rows, now, trx);
        await repo.runs.finish(runId, { status: 'sending', counts: summarize(findings), vetoRisk: veto, findingsCount: findings.length, emailsQueued: inserted });
        return inserted;
      });
      changed();
      const writer = progressWriter(runId);
      const delivery = await getService(strapi, 'delivery').deliver(now, (progress) => writer.push(progress));
      await writer.settle();
      const progress: RunProgress = { digestsDone: delivery.digests, digestsSent: 0, digestsRetrying: 0, digestsFailed: 0, ...(await repo.runs.get(runId))?.progress, ...delivery };
      await update(runId, { status: 'done', finishedAt: endedAt(), progress });
      return { runId, findings: findings.length, queued, delivery, vetoRisk: veto };
    } catch (error) {
      strapi.log.error(`overdue: the ${trigger} scan failed: ${(error as Error).message}`);
      await update(runId, { status: 'failed', finishedAt: endedAt(), error: `扫描失败：${(error as Error).message}` }).catch(() => undefined);
      throw error;
    }
  };

  const summarize = (findings: Finding[]) => {
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    return counts;
  };

  return {
    input,

    /** Findings and veto risk for `now`, with the emails that would go; nothing written, nothing sent. */
    async preview(now: Date) {
      // The open findings (for escalation) are read along with the scan's input: one round trip less.
      const [data, openFindings] = await Promise.all([input(now), repo.runs.openFindings()]);
      const deadlines = scanDeadlines(people.deadlines);
      const config = rules();
      const prepared = prepareScan(data, config, deadlines, now);
      const findings = computeFindings(data, config, deadlines, now, prepared);
      const veto = vetoRisk(data, config, deadlines, now, prepared);
      const open = new Map(openFindings.map((f) => [f.key, new Date(f.firstSeenAt)]));
      const digests = await unitDigests(findings, open, now);
      return { findings, vetoRisk: veto, counts: summarize(findings), emails: previewEmails(digests) };
    },

    /**
     * Start a scan and return at once with its run (status queued), the scan and the delivery going on
     * in the background and writing their progress to the run (running → sending n of m → done |
     * failed). { started: false, run } when a scan is already running — in this process, or on
     * PostgreSQL in another instance (the scan lock): never two at once. `done` settles when the run
     * ends (with what `run` answers); nobody needs to wait for it.
     */
    async start({ trigger, now }: { trigger: 'cron' | 'manual' | 'startup'; now: Date }): Promise<StartResult> {
      if (current) {
        const runId = await current.runId;
        return { started: false, run: runId === null ? await repo.runs.active() : await repo.runs.get(runId) };
      }
      let announce: (runId: number | null) => void = () => undefined;
      const slot: ActiveRun = { runId: new Promise<number | null>((resolve) => (announce = resolve)), done: null };
      current = slot;
      let lock: ScanLock | null = null;
      let runId: number;
      try {
        lock = await acquireScanLock(strapi);
        if (!lock) {
          announce(null);
          current = null;
          return { started: false, run: await repo.runs.active() };
        }
        runId = await repo.runs.start(trigger, isoDateOf(now), now, 'queued');
        // We hold the lock: a run still marked live was left by a process that died.
        await repo.runs.failInterrupted(runId, now);
      } catch (error) {
        announce(null);
        current = null;
        await lock?.release();
        throw error;
      }
      const run = (await repo.runs.get(runId))!;
      announce(runId);
      const held = lock;
      const done = execute(runId, trigger, now).finally(async () => {
        await held.release();
        if (current === slot) current = null;
        changed();
      });
      // The caller may never wait: a failure is recorded on the run and logged, never unhandled.
      done.catch((error: Error) => strapi.log.error(`overdue: scan run #${runId} failed: ${error.message}`));
      slot.done = done;
      return { started: true, run, done };
    },

    /**
     * The scan, waited for (cron, startup, tests). Returns { ran: false } when another scan holds the
     * lock. Findings, the run record and the outbox rows are written in one transaction; delivery
     * follows and never rolls them back.
     */
    async run({ trigger, now }: { trigger: 'cron' | 'manual' | 'startup'; now: Date }) {
      const started = await this.start({ trigger, now });
      if (!started.started) return { ran: false as const };
      return { ran: true as const, ...(await started.done) };
    },

    /** A run as the admin page follows it. */
    async getRun(id: number) {
      return repo.runs.get(id);
    },

    /**
     * Resolves at the next change of the run going on in this process (status or progress written, or
     * its end), or at once when none is: what a poll of the run waits for between two reads instead
     * of a timer.
     */
    nextChange(): Promise<void> {
      if (!current) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },

    /** Wait for the run going on in the background, if any (the plugin's destroy). */
    async idle(): Promise<void> {
      await current?.done?.catch(() => undefined);
    },
  };
};

export default scan;
export type ScanService = ReturnType<typeof scan>;
