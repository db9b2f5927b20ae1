import type { OverdueConfig, ReplyDeadline } from './config';
import type { ColumnTree } from './column-tree';
import type { Finding, InquiryRef } from './finding';
import { hasPassed } from './column-rules';
import { isoDateOf } from '@content-assurance/kit/shared';
import type { LatenessCounter } from './working-days';
import type { Deadlines, EntityId, InquiryInput } from './types';

/**
 * Inquiry findings. An inquiry is open while it has no published reply (a reply still under review
 * is no answer: 先审后发) and its status is not one of config.ignoredInquiryStatuses (invalid).
 *
 * - inquiry-overdue: past its reply deadline: the channel's (config.inquiryDeadlines) or, when the
 *   inquiry's column has a reply rule in the responsibility table (五日内回复), whichever is earlier.
 * - inquiry-stale: unanswered for more than config.inquiryStaleMonths months, on any channel in
 *   config.inquiryStaleChannels. Both can be open for one inquiry: the first keeps its escalation
 *   history, the second says the national veto is near.
 * Responsible: the assigned unit, else the units of the inquiry's column, else nobody (administrator).
 */

/** Whether the inquiry is unanswered and valid at `now`. */
export const isOpenInquiry = (inquiry: InquiryInput, config: OverdueConfig, now: Date): boolean =>
  !config.ignoredInquiryStatuses.includes(inquiry.status) &&
  inquiry.receivedAt.getTime() <= now.getTime() &&
  (inquiry.repliedAt === null || inquiry.repliedAt.getTime() > now.getTime());

/** The end of the Beijing day `months` calendar months after receipt. */
export const unansweredLimitAt = (receivedAt: Date, months: number, deadlines: Deadlines, now: Date): Date => {
  const due = deadlines.nextDueAt({ kind: 'every', unit: 'month', count: months }, receivedAt, now);
  if (due === null) throw new Error('nextDueAt returned no deadline for an every rule');
  return due;
};

const inquiryRef = (inquiry: InquiryInput): InquiryRef => ({
  inquiryId: inquiry.id,
  inquiryDocumentId: inquiry.documentId,
  subject: inquiry.subject,
  channel: inquiry.channel,
  receivedAt: inquiry.receivedAt,
  columnId: inquiry.columnId,
});

const responsibleUnits = (inquiry: InquiryInput, tree: ColumnTree): EntityId[] => {
  if (inquiry.assignedUnitId !== null) return [inquiry.assignedUnitId];
  const column = inquiry.columnId === null ? undefined : tree.get(inquiry.columnId);
  return column ? [...column.unitIds] : [];
};

interface ReplyDue {
  dueAt: Date;
  deadline: ReplyDeadline;
  source: 'channel' | 'column';
}

const replyDueOf = (inquiry: InquiryInput, tree: ColumnTree, config: OverdueConfig, deadlines: Deadlines): ReplyDue | null => {
  const candidates: Omit<ReplyDue, 'dueAt'>[] = [];
  const byChannel = config.inquiryDeadlines[inquiry.channel];
  if (byChannel) candidates.push({ deadline: byChannel, source: 'channel' });
  const column = inquiry.columnId === null ? undefined : tree.get(inquiry.columnId);
  for (const rule of column?.rules ?? []) {
    if (rule.kind === 'reply-within') candidates.push({ deadline: { unit: rule.unit, count: rule.count }, source: 'column' });
  }
  let best: ReplyDue | null = null;
  for (const candidate of candidates) {
    const dueAt = deadlines.replyDueAt({ kind: 'reply-within', ...candidate.deadline }, inquiry.receivedAt);
    if (best === null || dueAt.getTime() < best.dueAt.getTime()) best = { ...candidate, dueAt };
  }
  return best;
};

export const inquiryFindings = (
  inquiries: readonly InquiryInput[],
  tree: ColumnTree,
  config: OverdueConfig,
  deadlines: Deadlines,
  now: Date,
  lateness: LatenessCounter,
): Finding[] => {
  const findings: Finding[] = [];
  for (const inquiry of inquiries) {
    if (!isOpenInquiry(inquiry, config, now)) continue;
    const unitIds = responsibleUnits(inquiry, tree);

    const reply = replyDueOf(inquiry, tree, config, deadlines);
    if (reply && hasPassed(reply.dueAt, now)) {
      findings.push({
        ...inquiryRef(inquiry),
        kind: 'inquiry-overdue',
        key: `inquiry-overdue:${inquiry.id}:${isoDateOf(reply.dueAt)}`,
        unitIds,
        severity: 'overdue',
        dueAt: reply.dueAt,
        daysOverdue: lateness.daysOverdue(reply.dueAt),
        workingDaysOverdue: lateness.workingDaysOverdue(reply.dueAt),
        ruleLabel: deadlines.describeRule({ kind: 'reply-within', ...reply.deadline }),
        deadline: reply.deadline,
        deadlineSource: reply.source,
      });
    }

    if (config.inquiryStaleChannels.includes(inquiry.channel)) {
      const months = config.inquiryStaleMonths;
      const dueAt = unansweredLimitAt(inquiry.receivedAt, months, deadlines, now);
      if (hasPassed(dueAt, now)) {
        findings.push({
          ...inquiryRef(inquiry),
          kind: 'inquiry-stale',
          key: `inquiry-stale:${inquiry.id}:${isoDateOf(dueAt)}`,
          unitIds,
          severity: 'overdue',
          dueAt,
          daysOverdue: lateness.daysOverdue(dueAt),
          workingDaysOverdue: lateness.workingDaysOverdue(dueAt),
          ruleLabel: { zh: `${months}个月内必须答复（国家检查单项否决指标）`, en: `must be answered within ${months} months (national veto indicator)` },
          months,
        });
      }
    }
  }
  return findings;
};
