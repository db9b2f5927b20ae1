import type { OverdueConfig } from './config';
import type { Finding } from './finding';
import { addCalendarDays, shanghaiDateOf, daysInMonth, endOfShanghaiDay, epochDay, formatMonth, noonOf, type CalendarDate } from '@content-assurance/kit/shared';
import type { LatenessCounter } from './working-days';
import type { Deadlines, EntityId, MonthlyCountInput, UnitInput } from './types';

/**
 * quota-shortfall: a unit submitted fewer published items in a month than its kind's quota
 * (001 item 2: county/district ≥ 20, municipal department ≥ 5). When, on the Beijing date of `now`:
 * - from the month's last working day to its last day: that month, severity 'due-soon' (still time
 *   to make it up), key `quota-shortfall:<unit>:<YYYY-MM>:month-end`;
 * - on days 1 … config.quota.reportUntilDay of the next month: the month just ended, severity
 *   'overdue', key `quota-shortfall:<unit>:<YYYY-MM>`.
 * Other days: none. dueAt is the end of the month's last day. A unit with no count row has 0.
 */

interface QuotaWindow {
  year: number;
  month: number;
  phase: 'month-end' | 'after-month';
}

/** The last working day of a month, scanning back from its last day (a month always has one). */
export const lastWorkingDayOf = (year: number, month: number, deadlines: Deadlines): CalendarDate => {
  let date: CalendarDate = { year, month, day: daysInMonth(year, month) };
  for (let i = 0; i < 31; i += 1) {
    if (deadlines.isWorkingDay(noonOf(date))) return date;
    date = addCalendarDays(date, -1);
  }
  throw new Error(`no working day in ${formatMonth(year, month)}`);
};

const windowOf = (now: Date, config: OverdueConfig, deadlines: Deadlines): QuotaWindow | null => {
  const today = shanghaiDateOf(now);
  if (today.day <= config.quota.reportUntilDay) {
    return today.month === 1 ? { year: today.year - 1, month: 12, phase: 'after-month' } : { year: today.year, month: today.month - 1, phase: 'after-month' };
  }
  const last = lastWorkingDayOf(today.year, today.month, deadlines);
  return epochDay(today) >= epochDay(last) ? { year: today.year, month: today.month, phase: 'month-end' } : null;
};

export const quotaFindings = (
  units: readonly UnitInput[],
  counts: readonly MonthlyCountInput[],
  config: OverdueConfig,
  deadlines: Deadlines,
  now: Date,
  lateness: LatenessCounter,
): Finding[] => {
  const window = windowOf(now, config, deadlines);
  if (window === null) return [];
  const month = formatMonth(window.year, window.month);
  const submitted = new Map<EntityId, number>();
  for (const row of counts) {
    if (row.month === month) submitted.set(row.unitId, (submitted.get(row.unitId) ?? 0) + row.count);
  }
  const dueAt = endOfShanghaiDay({ year: window.year, month: window.month, day: daysInMonth(window.year, window.month) });
  const findings: Finding[] = [];
  for (const unit of units) {
    const quota = config.quota.perKind[unit.kind];
    if (quota === undefined) continue;
    const count = submitted.get(unit.id) ?? 0;
    if (count >= quota) continue;
    const afterMonth = window.phase === 'after-month';
    findings.push({
      kind: 'quota-shortfall',
      key: `quota-shortfall:${unit.id}:${month}${afterMonth ? '' : ':month-end'}`,
      unitIds: [unit.id],
      severity: afterMonth ? 'overdue' : 'due-soon',
      dueAt,
      daysOverdue: afterMonth ? lateness.daysOverdue(dueAt) : 0,
      workingDaysOverdue: afterMonth ? lateness.workingDaysOverdue(dueAt) : 0,
      ruleLabel: { zh: `每月报送信息不少于${quota}条`, en: `at least ${quota} items a month` },
      unitId: unit.id,
      unitDocumentId: unit.documentId ?? null,
      unitName: unit.name,
      unitKind: unit.kind,
      month,
      count,
      quota,
      shortfall: quota - count,
      phase: window.phase,
    });
  }
  return findings;
};
