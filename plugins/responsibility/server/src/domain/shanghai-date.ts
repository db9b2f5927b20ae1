/**
 * Calendar dates on the Asia/Shanghai calendar (UTC+8, no daylight saving since 1991).
 *
 * Every time in this domain is an instant (a JS Date); a "date" (年月日) is the day that instant
 * falls on in Beijing time. The +8h arithmetic is done here with UTC getters only, so nothing
 * depends on the time zone of the machine running the code.
 */

/** A day on the calendar: year, month 1–12, day 1–31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** China Standard Time, UTC+8 all year round. */
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

export const assertValidInstant = (instant: Date, name = 'date'): void => {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} is not a valid date / 无效的时间`);
  }
};

/** The Beijing calendar date of an instant. */
export const shanghaiDateOf = (instant: Date): CalendarDate => {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};

const utcMidnight = (date: CalendarDate): number => Date.UTC(date.year, date.month - 1, date.day);

const fromUtcMidnight = (ms: number): CalendarDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** 00:00:00.000 +08:00 of the date. */
export const startOfShanghaiDay = (date: CalendarDate): Date => new Date(utcMidnight(date) - SHANGHAI_OFFSET_MS);

/** 23:59:59.999 +08:00 of the date — the instant a deadline "on that day" expires. */
export const endOfShanghaiDay = (date: CalendarDate): Date =>
  new Date(utcMidnight(date) + DAY_MS - 1 - SHANGHAI_OFFSET_MS);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: CalendarDate): number => new Date(utcMidnight(date)).getUTCDay();

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export const addCalendarDays = (date: CalendarDate, days: number): CalendarDate =>
  fromUtcMidnight(utcMidnight(date) + days * DAY_MS);

/**
 * Add calendar months; a day that does not exist in the target month is clamped to that month's
 * last day (01-31 + 1 month → 02-28, or 02-29 in a leap year; 08-31 + 1 month → 09-30).
 */
export const addCalendarMonths = (date: CalendarDate, months: number): CalendarDate => {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
};

export const compareDates = (a: CalendarDate, b: CalendarDate): number => utcMidnight(a) - utcMidnight(b);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** YYYY-MM-DD */
export const formatDate = (date: CalendarDate): string =>
  `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads YYYY-MM-DD; throws on anything else or on a date that does not exist (2025-02-29). */
export const parseDate = (text: string): CalendarDate => {
  const match = ISO_DATE.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${text}" is not a YYYY-MM-DD date / 不是有效的日期`);
  }
  return { year, month, day };
};
