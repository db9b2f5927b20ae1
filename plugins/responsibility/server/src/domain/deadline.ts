import type { WorkingDayCalendar } from './calendar';
import type { DayOfMonth, FixedDatesRule, FrequencyRule, MonthlyByDayRule, ReplyWithinRule } from './frequency';
import {
  addCalendarDays,
  addCalendarMonths,
  assertValidInstant,
  compareDates,
  daysInMonth,
  endOfShanghaiDay,
  shanghaiDateOf,
  type CalendarDate,
} from '@content-assurance/kit/shared';

/**
 * Deadlines of a rule. Conventions, the same everywhere:
 *
 * - A deadline "on" a day expires at the END of that day in Beijing time, 23:59:59.999 +08:00
 *   (an item published at 23:00 on the due day is on time). Hours are the one exception: 48小时内
 *   is the exact instant 48 hours after receipt.
 * - Calendar dates are Asia/Shanghai dates of the instants, whatever the machine's time zone.
 * - A due instant may be in the past: that is an overdue item, and how far in the past says how late.
 */

const HOUR_MS = 3_600_000;

// ---------------------------------------------------------------- every

/**
 * The date one period after `from`. Months and years are calendar months: a day the target month
 * lacks is clamped to its last day (01-31 + 1 month → 02-28; 2024-02-29 + 1 year → 2025-02-28).
 * Each deadline is counted from the actual publication, so the clamp never accumulates.
 */
const addPeriod = (from: CalendarDate, unit: 'day' | 'week' | 'month' | 'year', count: number): CalendarDate => {
  switch (unit) {
    case 'day':
      return addCalendarDays(from, count);
    case 'week':
      return addCalendarDays(from, 7 * count);
    case 'month':
      return addCalendarMonths(from, count);
    case 'year':
      return addCalendarMonths(from, 12 * count);
  }
};

// ---------------------------------------------------------------- dated rules

/**
 * A cycle of a dated rule: the calendar year (fixed dates) or month (monthly days). Each cycle has
 * its deadlines; an item published in a cycle counts for that cycle (see nextDueAt).
 */
interface Cycle {
  year: number;
  /** 1–12 for monthly rules; unused (1) for yearly ones. */
  month: number;
}

const resolveDay = (year: number, month: number, day: DayOfMonth): CalendarDate => ({
  year,
  month,
  // 底 is the month's last day; 29–31 in a shorter month (每月31日, 2月29日 in 2026) is its last day too.
  day: day === 'last' ? daysInMonth(year, month) : Math.min(day, daysInMonth(year, month)),
});

const uniqueSorted = (dates: CalendarDate[]): CalendarDate[] =>
  dates
    .sort(compareDates)
    .filter((date, index, all) => index === 0 || compareDates(all[index - 1], date) !== 0);

type DatedRule = FixedDatesRule | MonthlyByDayRule;

const cycleOf = (rule: DatedRule, date: CalendarDate): Cycle =>
  rule.kind === 'fixed-dates' ? { year: date.year, month: 1 } : { year: date.year, month: date.month };

const nextCycle = (rule: DatedRule, cycle: Cycle): Cycle =>
  rule.kind === 'fixed-dates'
    ? { year: cycle.year + 1, month: 1 }
    : cycle.month === 12
      ? { year: cycle.year + 1, month: 1 }
      : { year: cycle.year, month: cycle.month + 1 };

const previousCycle = (rule: DatedRule, cycle: Cycle): Cycle =>
  rule.kind === 'fixed-dates'
    ? { year: cycle.year - 1, month: 1 }
    : cycle.month === 1
      ? { year: cycle.year - 1, month: 12 }
      : { year: cycle.year, month: cycle.month - 1 };

/** The due dates of one cycle, in order. Never empty for a rule that parsed. */
const deadlinesOf = (rule: DatedRule, cycle: Cycle): CalendarDate[] =>
  uniqueSorted(
    rule.kind === 'fixed-dates'
      ? rule.dates.map(({ month, day }) => resolveDay(cycle.year, month, day))
      : rule.days.map((day) => resolveDay(cycle.year, cycle.month, day)),
  );

const assertDated = (rule: DatedRule): void => {
  const empty = rule.kind === 'fixed-dates' ? rule.dates.length === 0 : rule.days.length === 0;
  if (empty) throw new RangeError(`a ${rule.kind} rule needs at least one date`);
};

/**
 * Next due date of 每年1月31日前 / 每月4日前 after a publication on `published`.
 *
 * The year (or month) is the cycle: whatever is published in a cycle is that cycle's update —
 * the table says as much for 本市概况, 每年7月30日前更新，并将信息发布时间调整为当年日期. Inside the
 * cycle the publication satisfies the first due date on or after it, or the last one if it came
 * after all of them (late, but done). The next due date is the one after the satisfied one:
 *   1月31日前, published 2026-01-20 → 2027-01-31;  published 2026-02-05 (late) → 2027-01-31;
 *   1月31日前, published 2025-01-10 → 2026-01-31 (by June 2026 that is in the past: overdue);
 *   1月31日、3月31日前, published 2026-01-20 → 2026-03-31;  published 2026-02-10 → 2027-01-31.
 * Only the last publication is known, so due dates before it are taken as met.
 */
const nextDatedAfter = (rule: DatedRule, published: CalendarDate): CalendarDate => {
  const cycle = cycleOf(rule, published);
  const deadlines = deadlinesOf(rule, cycle);
  const found = deadlines.findIndex((deadline) => compareDates(deadline, published) >= 0);
  const satisfied = found === -1 ? deadlines.length - 1 : found;
  return satisfied + 1 < deadlines.length ? deadlines[satisfied + 1] : deadlinesOf(rule, nextCycle(rule, cycle))[0];
};

/** The last due date whose end is at or before `now` (never published: overdue since then). */
const lastDatedBefore = (rule: DatedRule, now: Date): CalendarDate => {
  const cycle = cycleOf(rule, shanghaiDateOf(now));
  const candidates = [...deadlinesOf(rule, previousCycle(rule, cycle)), ...deadlinesOf(rule, cycle)];
  const passed = candidates.filter((date) => endOfShanghaiDay(date).getTime() <= now.getTime());
  // The previous cycle's dates all end before the current cycle begins, so `passed` is never empty.
  return passed[passed.length - 1];
};

// ---------------------------------------------------------------- replies

/**
 * When the answer to an inquiry (留言) or request received at `receivedAt` is due:
 * - N working days (工作日): the end of the N-th working day after the day of receipt; the day of
 *   receipt never counts, and a receipt on a weekend or holiday has the next working day as day 1
 *   (a Friday-evening and a Saturday receipt fall due together).
 * - N days (自然日): the end of the N-th calendar day after the day of receipt; no extension when it
 *   is a holiday (自然日 means exactly that).
 * - N hours: exactly N hours after receipt.
 */
export const replyDueAt = (rule: ReplyWithinRule, receivedAt: Date, calendar: WorkingDayCalendar): Date => {
  assertValidInstant(receivedAt, 'receivedAt');
  switch (rule.unit) {
    case 'working-day':
      return calendar.addWorkingDays(receivedAt, rule.count);
    case 'day':
      return endOfShanghaiDay(addCalendarDays(shanghaiDateOf(receivedAt), rule.count));
    case 'hour':
      return new Date(receivedAt.getTime() + rule.count * HOUR_MS);
  }
};

// ---------------------------------------------------------------- all rules

/**
 * When the next update of a column (or the reply to an inquiry) is due; null when the rule sets
 * no deadline of its own.
 *
 * - every: the end of the day one period after the last publication (see addPeriod).
 * - fixed-dates, monthly-by-day: see nextDatedAfter. With a last publication the answer does
 *   not depend on `now`.
 * - as-needed, unspecified: null; the national limit of the column's category applies, and that
 *   is the caller's business.
 * - reply-within: `lastPublishedAt` is the receipt of the inquiry: replyDueAt. Null without one.
 *
 * Never published (lastPublishedAt null): the column is overdue. `every` has no anchor, so it is
 * due `now`; a dated rule is due at its last due date that has passed, the earliest instant we can
 * say was missed (never published, 每年1月31日前, now 2026-06-01 → 2026-01-31 23:59:59.999).
 */
export const nextDueAt = (
  rule: FrequencyRule,
  lastPublishedAt: Date | null,
  now: Date,
  calendar: WorkingDayCalendar,
): Date | null => {
  assertValidInstant(now, 'now');
  if (lastPublishedAt !== null) assertValidInstant(lastPublishedAt, 'lastPublishedAt');
  switch (rule.kind) {
    case 'as-needed':
    case 'unspecified':
      return null;
    case 'reply-within':
      return lastPublishedAt === null ? null : replyDueAt(rule, lastPublishedAt, calendar);
    case 'every':
      if (!Number.isInteger(rule.count) || rule.count < 1) throw new RangeError(`an every rule needs a count ≥ 1, got ${rule.count}`);
      return lastPublishedAt === null ? new Date(now.getTime()) : endOfShanghaiDay(addPeriod(shanghaiDateOf(lastPublishedAt), rule.unit, rule.count));
    case 'fixed-dates':
    case 'monthly-by-day':
      assertDated(rule);
      return endOfShanghaiDay(lastPublishedAt === null ? lastDatedBefore(rule, now) : nextDatedAfter(rule, shanghaiDateOf(lastPublishedAt)));
  }
};
