import type { WorkingDayCalendar } from './calendar';
import { updateRuleOf, type ColumnCategory } from './categories';
import { nextDueAt } from './deadline';
import type { FrequencyRule } from './frequency';

export const DUE_STATUSES = ['overdue', 'due-soon', 'ok', 'no-deadline', 'closed'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

export interface ColumnDueInput {
  category: ColumnCategory;
  openedAt: Date | null;
  closedAt: Date | null;
  /** The frequency rules of the column's effective assignments (own or inherited). */
  rules: readonly FrequencyRule[];
  lastPublishedAt: Date | null;
}

export interface ColumnDue {
  status: DueStatus;
  nextDueAt: Date | null;
  /** The rule the deadline comes from, and whether it is the column's own or its category's national limit. */
  rule: FrequencyRule | null;
  ruleSource: 'own' | 'category' | null;
  /**
   * When the column opened, if it is late and nothing was ever published in it: shown as blank since
   * its opening (开通以来未更新) instead of a deadline counted from the opening, years old perhaps
   * ("下次到期 2022/07/30 已逾期1587天"). Null otherwise.
   */
  blankSince: Date | null;
}

/** The opening of a late column never published since (see ColumnDue.blankSince); null for any other. */
export const blankSince = (column: Pick<ColumnDueInput, 'openedAt' | 'lastPublishedAt'>, status: DueStatus): Date | null =>
  status === 'overdue' && column.lastPublishedAt === null && column.openedAt !== null ? column.openedAt : null;

/**
 * When a column's next update is due and how it stands: the earliest deadline among its rules
 * (随时/blank judged by the category's national limit), counted from the last published item or,
 * for a column never published, from when it opened. Due soon: within `dueSoonMs` of the deadline.
 */
export const columnDue = (column: ColumnDueInput, now: Date, calendar: WorkingDayCalendar, dueSoonMs: number): ColumnDue => {
  if (column.closedAt && column.closedAt.getTime() <= now.getTime()) return { status: 'closed', nextDueAt: null, rule: null, ruleSource: null, blankSince: null };
  const anchor = column.lastPublishedAt ?? column.openedAt;
  let best: ColumnDue = { status: 'no-deadline', nextDueAt: null, rule: null, ruleSource: null, blankSince: null };
  for (const own of column.rules) {
    const judged = updateRuleOf(own, column.category);
    if (!judged) continue;
    const due = nextDueAt(judged.rule, anchor, now, calendar);
    if (due && (!best.nextDueAt || due.getTime() < best.nextDueAt.getTime())) {
      best = { status: 'ok', nextDueAt: due, rule: judged.rule, ruleSource: judged.source, blankSince: null };
    }
  }
  if (!best.nextDueAt && column.rules.length === 0) {
    // No assignment at all: the category's limit still applies.
    const judged = updateRuleOf({ kind: 'unspecified' }, column.category);
    const due = judged ? nextDueAt(judged.rule, anchor, now, calendar) : null;
    if (judged && due) best = { status: 'ok', nextDueAt: due, rule: judged.rule, ruleSource: 'category', blankSince: null };
  }
  if (!best.nextDueAt) return best;
  const left = best.nextDueAt.getTime() - now.getTime();
  const status: DueStatus = left < 0 ? 'overdue' : left <= dueSoonMs ? 'due-soon' : 'ok';
  return { ...best, status, blankSince: blankSince(column, status) };
};
