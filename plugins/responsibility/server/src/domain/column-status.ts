import {
  DUE_STATUSES,
  deadlineStatus,
  updateDeadlineOf,
  type ColumnCategory,
  type DueStatus,
  type FrequencyRule,
} from '@content-assurance/kit/shared';

import type { WorkingDayCalendar } from './calendar';
import { NATIONAL_CATEGORY_LIMITS } from './categories';
import { nextDueAt } from './deadline';

export { DUE_STATUSES, type DueStatus };

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
  /** The deadline; null when there is none, or when a column without any anchor is overdue since an unknown time. */
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
 * How a column's updates stand on the table page: the kit's column-due engine (the one the overdue
 * scan and dashboard use) over the categories' national limits and the working-day calendar. Due soon:
 * within `dueSoonDays` of the deadline (the plugin's `dueSoonDays` setting).
 */
export const columnDue = (column: ColumnDueInput, now: Date, calendar: WorkingDayCalendar, dueSoonDays: number): ColumnDue => {
  if (column.closedAt && column.closedAt.getTime() <= now.getTime()) return { status: 'closed', nextDueAt: null, rule: null, ruleSource: null, blankSince: null };
  const deadline = updateDeadlineOf(column, NATIONAL_CATEGORY_LIMITS, (rule, anchor, at) => nextDueAt(rule, anchor, at, calendar), now);
  if (!deadline) return { status: 'no-deadline', nextDueAt: null, rule: null, ruleSource: null, blankSince: null };
  const status = deadlineStatus(deadline.dueAt, now, dueSoonDays);
  return { status, nextDueAt: deadline.dueAt, rule: deadline.rule, ruleSource: deadline.source, blankSince: blankSince(column, status) };
};
