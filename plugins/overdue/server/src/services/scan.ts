import type { Core } from '@strapi/strapi';

import {
  computeFindings,
  digestRows,
  FINDING_KIND_LABELS,
  isoDateOf,
  shouldEscalate,
  validateConfig,
  vetoRisk,
  type ColumnInput,
  type DigestRow,
  type Finding,
  type ScanInput,
} from '../domain';
import type { OverduePluginConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { repositories } from '../repositories';
import type { OutboxRow } from '../repositories/outbox';
import { getService } from '../utils';
import { responsibility } from './responsibility';
import { withScanLock } from './scan-lock';

const SITE = 0; // the "unit" of findings nobody answers for: they go to the site administrators

export interface Recipient {
  email: string;
  name: string | null;
  role: 'leader' | 'officer' | 'alert' | 'principal' | 'site-administrator';
}

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - 8 * 3600 * 1000);

/**
 * The scan: read what the rules need with set-based queries, compute the findings and the site's veto
 * risk, record them with the outbox rows of this day in one transaction, then deliver the due digests.
 * One instance scans at a time (advisory lock on PostgreSQL). `preview` computes the same and writes
 * nothing.
 */
const scan = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const people = responsibility(strapi);
  const settings = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as OverduePluginConfig;
  const rules = () => validateConfig(settings().rules);

  const input = async (now: Date): Promise<ScanInput> => {
    const [columns, units, activity, inquiries, policies] = await Promise.all([
      people.columns(now),
      people.units(),
      repo.source.columnActivity(),
      repo.source.openInquiries(),
      repo.source.policyDocuments(),
    ]);
    const byColumn = new Map(activity.map((a) => [a.columnId, a]));
    const local = new Date(now.getTime() + 8 * 3600 * 1000);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    const [thisMonth, lastMonth] = await Promise.all([
      repo.source.itemsPerUnit(monthStart(year, month), monthStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1)),
      repo.source.itemsPerUnit(monthStart(previous.year, previous.month), monthStart(year, month)),
    ]);
    const label = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
    return {
      columns: columns.map(
        (c): ColumnInput => ({
          id: c.id,
          documentId: c.documentId,
          name: c.name,
          path: c.path,
          parentId: c.parentId,
          category: c.category,
          isHomepage: c.isHomepage,
          isChannel: c.isChannel,
          hasChildren: c.hasChildren,
          active: (!c.openedAt || new Date(c.openedAt) <= now) && (!c.closedAt || new Date(c.closedAt) > now),
          openedAt: c.openedAt ? new Date(c.openedAt) : null,
          unitIds: c.unitIds,
          rules: c.rules.filter((rule) => people.isRule(rule)) as ColumnInput['rules'],
          lastPublishedAt: byColumn.get(c.id)?.lastPublishedAt ?? null,
          publishedCount: byColumn.get(c.id)?.publishedCount ?? 0,
        }),
      ),
      units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
      inquiries: inquiries.flatMap((i) =>
        i.receivedAt
          ? [{ id: i.id, documentId: i.documentId, subject: i.subject, channel: i.channel as never, receivedAt: i.receivedAt, assignedUnitId: i.assignedUnitId, columnId: i.columnId, repliedAt: null, status: i.status }]
          : [],
      ),
      policyDocuments: policies.flatMap((p) =>
        p.unitId === null
          ? []
          : [{ articleId: p.articleId, articleDocumentId: p.documentId, title: p.title, columnId: p.columnId, unitId: p.unitId, publishedAt: p.publishedAt, interpretationPublishedAt: p.interpretationPublishedAt }],
      ),
      monthlyCounts: [
        ...[...thisMonth].map(([unitId, count]) => ({ unitId, month: label(year, month), count })),
        ...[...lastMonth].map(([unitId, count]) => ({ unitId, month: label(previous.year, previous.month), count })),
      ],
    };
  };

  /** Who receives a unit's digest: its leader, officers and alert address (附件3 备案表); the site administrators for findings of nobody's. */
  const recipientsOf = async (unitIds: number[]): Promise<Map<number, { name: string; recipients: Recipient[] }>> => {
    const result = new Map<number, { name: string; recipients: Recipient[] }>();
    for (const unit of await people.contacts(unitIds.filter((id) => id !== SITE))) {
      const recipients: Recipient[] = [];
      if (unit.leader?.email) recipients.push({ email: unit.leader.email, name: unit.leader.name, role: 'leader' });
      for (const officer of unit.officers) if (officer.email) recipients.push({ email: officer.email, name: officer.name, role: 'officer' });
      if (unit.alertEmail) recipients.push({ email: unit.alertEmail, name: null, role: 'alert' });
      result.set(unit.id, { name: unit.name, recipients: dedupe(recipients) });
    }
    if (unitIds.includes(SITE)) {
      const admins = await people.holders('site-administrator', null);
      result.set(SITE, { name: '网站管理员', recipients: admins.map((a) => ({ email: a.email, name: null, role: 'site-administrator' as const })) });
    }
    return result;
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

  /** The outbox rows of a scan: recipient × finding × day; escalated findings also to the principal leader and site administrators. */
  const outboxRows = async (findings: Finding[], firstSeen: Map<string, Date>, now: Date, runId: number | null): Promise<OutboxRow[]> => {
    const config = rules();
    const day = isoDateOf(now);
    const unitIds = [...new Set(findings.flatMap((f) => (f.unitIds.length ? f.unitIds : [SITE])))];
    const recipients = await recipientsOf(unitIds);
    const siteAdmins = (await people.holders('site-administrator', null)).map((a) => ({ email: a.email, name: null, role: 'site-administrator' as const }));
    // Each unit's findings in one pass (digestRows filters by unit: never hand it every finding per unit).
    const byUnit = new Map<number, Finding[]>();
    for (const finding of findings) {
      for (const unitId of finding.unitIds.length ? finding.unitIds : [SITE]) {
        const list = byUnit.get(unitId) ?? [];
        list.push(unitId === SITE ? { ...finding, unitIds: [SITE] } : finding);
        byUnit.set(unitId, list);
      }
    }
    const rows: OutboxRow[] = [];
    for (const unitId of unitIds) {
      const target = recipients.get(unitId);
      if (!target) continue;
      const digest: DigestRow[] = digestRows(byUnit.get(unitId) ?? [], unitId);
      const principals =
        unitId === SITE ? [] : (await people.holders('principal-leader', unitId)).map((p) => ({ email: p.email, name: null, role: 'principal' as const }));
      for (const row of digest) {
        const escalated = shouldEscalate(firstSeen.get(row.key) ?? now, now, config.escalateAfterDays);
        const to = dedupe([...target.recipients, ...(escalated ? [...principals, ...siteAdmins] : [])]);
        for (const recipient of to) {
          rows.push({
            dedupeKey: `${day}|${recipient.email.toLowerCase()}|${row.key}`,
            day,
            recipientEmail: recipient.email,
            recipientName: recipient.name,
            role: recipient.role,
            unitId: unitId === SITE ? null : unitId,
            unitName: target.name,
            findingKey: row.key,
            kind: row.kind,
            payload: { ...row, escalated } as unknown as Record<string, unknown>,
            runId,
          });
        }
      }
    }
    return rows;
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
      const data = await input(now);
      const findings = computeFindings(data, rules(), people.deadlines(), now);
      const veto = vetoRisk(data, rules(), people.deadlines(), now);
      const open = new Map((await repo.runs.openFindings()).map((f) => [f.key, new Date(f.firstSeenAt)]));
      const rows = await outboxRows(findings, open, now, null);
      return { findings, vetoRisk: veto, counts: summarize(findings), emails: groupDigests(rows) };
    },

    /**
     * The scan. Returns { ran: false } when another scan holds the lock. Findings, the run record and
     * the outbox rows are written in one transaction; delivery follows and never rolls them back.
     */
    async run({ trigger, now }: { trigger: 'cron' | 'manual' | 'startup'; now: Date }) {
      const locked = await withScanLock(strapi, async () => {
        const data = await input(now);
        const findings = computeFindings(data, rules(), people.deadlines(), now);
        const veto = vetoRisk(data, rules(), people.deadlines(), now);
        const { runId, queued } = await strapi.db.transaction(async ({ trx }) => {
          const id = await repo.runs.start(trigger, isoDateOf(now), now);
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
          const rows = await outboxRows(findings, firstSeen, now, id);
          const inserted = await repo.outbox.insertNew(rows, now, trx);
          await repo.runs.finish(id, { status: 'done', finishedAt: now.toISOString(), counts: summarize(findings), vetoRisk: veto, findingsCount: findings.length, emailsQueued: inserted });
          return { runId: id, queued: inserted };
        });
        const delivery = await getService(strapi, 'delivery').deliver(now);
        return { runId, findings: findings.length, queued, delivery, vetoRisk: veto };
      });
      return locked.ran ? { ran: true as const, ...locked.result } : { ran: false as const };
    },
  };
};

/** The digests the outbox rows make: one per recipient and unit. */
export const groupDigests = (rows: OutboxRow[]) => {
  const groups = new Map<string, { recipientEmail: string; role: string; unitName: string | null; rows: Record<string, unknown>[] }>();
  for (const row of rows) {
    const key = `${row.recipientEmail.toLowerCase()}|${row.unitId ?? 'site'}`;
    const group = groups.get(key) ?? { recipientEmail: row.recipientEmail, role: row.role, unitName: row.unitName, rows: [] };
    group.rows.push(row.payload);
    groups.set(key, group);
  }
  return [...groups.values()];
};

export default scan;
export type ScanService = ReturnType<typeof scan>;
