import chineseDaysData from 'chinese-days/dist/chinese-days.json';

import {
  addCalendarDays,
  assertValidInstant,
  dayOfWeek,
  endOfShanghaiDay,
  formatDate,
  parseDate,
  shanghaiDateOf,
  type CalendarDate,
} from '@content-assurance/kit/shared';

/**
 * The Chinese working-day calendar (工作日): Monday–Friday, minus the public holidays (法定节假日)
 * the State Council announces each year, plus the weekend days made working days to compensate
 * (调休上班, "make-up working days").
 */
export interface WorkingDayCalendar {
  /** Whether the Asia/Shanghai calendar date of the instant is a working day. */
  isWorkingDay(instant: Date): boolean;
  /**
   * The end (23:59:59.999 +08:00) of the n-th working day after the Asia/Shanghai date of `from`.
   * The day of `from` itself never counts, so a receipt on a non-working day has the next working
   * day as its day 1 — and so does a receipt on a working day. n = 0: the end of the day of `from`
   * if it is a working day, else the end of the next working day. n must be a whole number ≥ 0.
   */
  addWorkingDays(from: Date, n: number): Date;
  /**
   * Whether the holiday arrangement of that year is known. Outside it the calendar still answers,
   * with weekends only, which is wrong for China: callers may warn (the State Council publishes
   * next year's arrangement in November or December; update chinese-days then).
   */
  coversYear(year: number): boolean;
}

export interface HolidayArrangement {
  /** YYYY-MM-DD days off (放假), weekends inside a holiday included or not — either works. */
  holidays: Iterable<string>;
  /** YYYY-MM-DD weekend days that are working days (调休上班). */
  makeUpWorkdays: Iterable<string>;
  /** Years whose arrangement the lists describe; by default every year that appears in them. */
  years?: Iterable<number>;
}

/** Bounds the scan for working days (a year, plus a month per day asked): no real calendar comes near. */
const scanLimit = (workingDays: number): number => 366 + 30 * workingDays;

/** A calendar from explicit lists (tests, or an arrangement not yet in chinese-days). */
export const createWorkingDayCalendar = (arrangement: HolidayArrangement): WorkingDayCalendar => {
  const holidays = new Set<string>();
  const makeUpWorkdays = new Set<string>();
  const years = new Set<number>();
  for (const day of arrangement.holidays) holidays.add(formatDate(parseDate(day)));
  for (const day of arrangement.makeUpWorkdays) makeUpWorkdays.add(formatDate(parseDate(day)));
  if (arrangement.years) for (const year of arrangement.years) years.add(year);
  else for (const day of [...holidays, ...makeUpWorkdays]) years.add(Number(day.slice(0, 4)));

  const isWorkingDate = (date: CalendarDate): boolean => {
    const key = formatDate(date);
    if (makeUpWorkdays.has(key)) return true;
    if (holidays.has(key)) return false;
    const weekday = dayOfWeek(date);
    return weekday >= 1 && weekday <= 5;
  };

  const addWorkingDays = (from: Date, n: number): Date => {
    assertValidInstant(from, 'from');
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let date = shanghaiDateOf(from);
    let remaining = n === 0 && !isWorkingDate(date) ? 1 : n;
    const limit = scanLimit(remaining);
    for (let scanned = 0; remaining > 0; scanned += 1) {
      if (scanned > limit) throw new Error(`no ${n} working days found after ${formatDate(shanghaiDateOf(from))}`);
      date = addCalendarDays(date, 1);
      if (isWorkingDate(date)) remaining -= 1;
    }
    return endOfShanghaiDay(date);
  };

  return {
    isWorkingDay: (instant) => isWorkingDate(shanghaiDateOf(instant)),
    addWorkingDays,
    coversYear: (year) => years.has(year),
  };
};

/**
 * The arrangement published by the npm package chinese-days (State Council notices since 2004).
 *
 * Read from the package's own data table rather than through its isWorkday()/findWorkday():
 * those parse "YYYY-MM-DD" as UTC midnight and format with local-time getters, so on a machine
 * west of Greenwich (TZ=America/New_York) every answer is shifted by one day (checked with 1.5.7:
 * 2025-10-11, a make-up working day, comes out as a Saturday off).
 */
export const chineseDaysArrangement = (): HolidayArrangement => ({
  holidays: Object.keys(chineseDaysData.holidays),
  makeUpWorkdays: Object.keys(chineseDaysData.workdays),
});

/** The production calendar: State Council holidays and make-up working days, from chinese-days. */
export const chineseWorkingDayCalendar: WorkingDayCalendar = createWorkingDayCalendar(chineseDaysArrangement());

export default chineseWorkingDayCalendar;
