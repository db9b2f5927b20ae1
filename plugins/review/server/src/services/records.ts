import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

import { SHANGHAI_OFFSET_MS } from '@content-assurance/kit/server';

import { buildApprovalSheet, formatSerialNumber, renderApprovalSheetHtml, roundApproved, sheetYear, type ApprovalSheet } from '../domain/approval-sheet';
import { verifyChain } from '../domain/audit-chain';
import { LEDGER_COLUMNS, ledgerRounds, ledgerRows, roundRemarks, type InfoType, type LedgerItem, type LedgerRow } from '../domain/ledger';
import type { ReviewState } from '../domain/state-machine';
import { repositories } from '../repositories';
import { getService } from '../utils';
import type { SubjectType } from '../repositories/subjects';
import { say } from '../errors';

/** The instant a Beijing calendar day starts. */
const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);

/**
 * The records of the review: the approval sheet (审批单), the history of an item, the submission
 * ledger (台账) and the verification of the audit chain (全过程记录).
 */
const records = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const trail = () => getService(strapi, 'audit-trail');

  const columnPath = async (columnId: number | null): Promise<string[]> => {
    const path: string[] = [];
    const seen = new Set<number>();
    for (let id = columnId; id !== null && !seen.has(id); ) {
      seen.add(id);
      const column: { name: string; parent: { id: number } | null } | null = await strapi.db
        .query('api::column.column')
        .findOne({ where: { id }, select: ['name'], populate: { parent: { select: ['id'] } } });
      if (!column) break;
      path.unshift(column.name);
      id = column.parent?.id ?? null;
    }
    return path;
  };

  const unitName = async (unitId: number | null): Promise<string> =>
    unitId === null ? '' : ((await strapi.db.query('api::unit.unit').findOne({ where: { id: unitId }, select: ['name'] }))?.name ?? '');

  return {
    async approvalSheet(type: SubjectType, documentId: string): Promise<{ sheet: ApprovalSheet; html: string }> {
      const subject = await repo.subjects.load(type, documentId);
      const row = await repo.states.find<ReviewState>(type, documentId);
      if (!subject || !row) throw new errors.NotFoundError(...say('该条目尚未提交审核，没有审批单', 'The item has not been submitted: there is no approval sheet'));
      await trail().sealNow();
      const entries = await repo.audit.forSubject(type, documentId);
      const published = [...entries].reverse().find((e) => e.action === 'publish' || e.action === 'urgent-publish');
      const unit = await unitName(row.unitId);
      const numbered = await this.sheetNumber(type, documentId, row.state, row.unitId);
      const sheet = buildApprovalSheet({
        serialNumber: numbered ? formatSerialNumber(unit, numbered.year, numbered.number) : null,
        title: subject.title,
        columnPath: await columnPath(subject.columnId),
        unitName: unit,
        author: row.state.submitter,
        decisions: row.state.decisions.map((d) => ({ levelKey: d.levelKey, duty: d.duty, actor: d.actor, decision: d.decision, opinion: d.opinion, at: d.at })),
        levels: row.state.levels,
        publisher: published?.actor ?? null,
        publishedAt: published?.at ?? null,
        urgent: row.state.urgent ? { reason: row.state.urgent.reason, by: row.state.urgent.by, at: row.state.urgent.at } : null,
      });
      return { sheet, html: renderApprovalSheetHtml(sheet) };
    },

    /**
     * The number (序号) of the sheet of the item's approved round: the stored one, or — for a round
     * approved before numbering existed, or whose numbering after approval failed — the unit's next one
     * of the year of its last approval, stored now. Null while the round is not approved or has no unit.
     */
    async sheetNumber(type: SubjectType, documentId: string, state: ReviewState, unitId: number | null) {
      if (!roundApproved(state) || unitId === null) return null;
      const stored = await repo.sheetNumbers.find(type, documentId, state.round);
      if (stored) return stored;
      const approvals = state.decisions.filter((d) => d.round === state.round && d.decision === 'approve');
      const approvedAt = approvals.length > 0 ? approvals[approvals.length - 1].at : new Date().toISOString();
      return repo.sheetNumbers.assign({ subjectType: type, subjectId: documentId, round: state.round }, unitId, sheetYear(approvedAt), new Date());
    },

    async history(type: SubjectType, documentId: string) {
      await trail().sealNow();
      const [decisions, entries] = await Promise.all([repo.decisions.listFor(type, documentId), repo.audit.forSubject(type, documentId)]);
      return { decisions, audit: entries };
    },

    /** Walks the whole chain and reports the first broken link, if any. */
    async verifyAudit() {
      await trail().sealNow();
      return verifyChain(await repo.audit.all(), await repo.audit.head());
    },

    /**
     * 台账: the rounds of review submitted between two Beijing days (inclusive), optionally of one unit —
     * each item's approved round (submitted at its submission or at the restart after an edit, with
     * every signer of that round), each returned round (退回, by whom, when, why) and the round still
     * in review; oldest first.
     */
    async ledger(from: string, to: string, unitId?: number) {
      if (from > to) throw new errors.ValidationError(...say(`开始日期（${from}）晚于结束日期（${to}）`, `The start date (${from}) is after the end date (${to})`));
      const start = dayStart(from).toISOString();
      const end = new Date(dayStart(to).getTime() + 24 * 3600 * 1000).toISOString();
      await trail().sealNow();
      const started = (await repo.audit.between(start, end)).filter((e) => e.action === 'submit' || e.action === 'review-restart');
      const seen = new Set<string>();
      const rows: (LedgerItem & { at: string })[] = [];
      for (const entry of started) {
        const key = `${entry.contentType}|${entry.documentId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const type = entry.contentType as SubjectType;
        const [subject, row] = await Promise.all([repo.subjects.load(type, entry.documentId), repo.states.find<ReviewState>(type, entry.documentId)]);
        if (!subject || !row || (unitId !== undefined && row.unitId !== unitId)) continue;
        const state = row.state;
        const completed = state.levelIndex === null && state.approvedHash !== null && (state.status === 'approved' || state.status === 'published');
        const entries = (await repo.audit.forSubject(type, entry.documentId)).map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
        const rounds = ledgerRounds(entries, { round: state.round, completed });
        const levelName = (key: string) => state.levels.find((l) => l.key === key)?.name.zh ?? null;
        const source = (subject.content.source as string | null) ?? (await unitName(row.unitId));
        for (const round of rounds) {
          if (round.submittedAt < start || round.submittedAt >= end) continue;
          rows.push({
            at: round.submittedAt,
            title: subject.title,
            source,
            author: subject.author ?? round.submitter?.name ?? null,
            writtenAt: subject.writtenAt,
            submittedAt: round.submittedAt,
            infoType: (subject.infoType as InfoType | null) ?? 'text',
            decisions: round.signatures,
            remarks: roundRemarks(round, levelName),
          });
        }
      }
      rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return ledgerRows(rows);
    },

    async ledgerFile(rows: LedgerRow[], format: 'xlsx' | 'csv', stamp: string) {
      const header = LEDGER_COLUMNS.map((c) => c.label.zh);
      const body = rows.map((row) => LEDGER_COLUMNS.map((c) => String(row[c.key] ?? '')));
      if (format === 'csv') {
        // A title a spreadsheet would run as a formula (=, +, -, @ first) gets a leading ' (CSV injection).
        return { body: Buffer.from(`\uFEFF${stringify([header, ...body], { escape_formulas: true })}`, 'utf8'), contentType: 'text/csv; charset=utf-8', filename: `ledger-${stamp}.csv` };
      }
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('信息报送台账');
      sheet.addRow(header).font = { bold: true };
      for (const row of body) sheet.addRow(row);
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      return {
        body: Buffer.from(await workbook.xlsx.writeBuffer()),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `ledger-${stamp}.xlsx`,
      };
    },
  };
};

export default records;
export type RecordsService = ReturnType<typeof records>;
