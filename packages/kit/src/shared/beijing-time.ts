/**
 * Beijing time (Asia/Shanghai, UTC+8 all year, no daylight saving since 1991): calendar dates of
 * instants and their display. Every time in the domain is an instant (a JS Date); a "date" (年月日) is
 * the day that instant falls on in Beijing. Done with a fixed +8h and UTC getters only, so nothing
 * depends on the time zone of the machine running the code. The one copy for the three plugins and
 * the app.
 */

/** A day on the calendar: year, month 1–12, day 1–31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** China Standard Time, UTC+8 all year round. */
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

export const isValidInstant = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

export const assertValidInstant = (instant: Date, name = 'date'): void => {
  if (!isValidInstant(instant)) throw new RangeError(`${name} is not a valid date / ${name} 不是有效的时间`);
};

/** An instant as a Date; a string must parse (ISO 8601 with an offset or Z is expected). */
export const toInstant = (value: Date | string, name = 'time'): Date => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name}: "${String(value)}" is not a valid time / 无效的时间`);
  return date;
};

// ---------------------------------------------------------------- calendar dates

/** The Beijing calendar date of an instant. */
export const shanghaiDateOf = (instant: Date): CalendarDate => {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};

/** The Beijing day of an instant as a number of days since 1970-01-01 (a cheap key for a day). */
export const shanghaiDayNumber = (instant: Date | number): number =>
  Math.floor(((typeof instant === 'number' ? instant : instant.getTime()) + SHANGHAI_OFFSET_MS) / DAY_MS);

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
export const epochDay = (date: CalendarDate): number => Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;

export const fromEpochDay = (n: number): CalendarDate => {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** 00:00:00.000 +08:00 of the date. */
export const startOfShanghaiDay = (date: CalendarDate): Date => new Date(epochDay(date) * DAY_MS - SHANGHAI_OFFSET_MS);

/** 23:59:59.999 +08:00 of the date — the instant a deadline "on that day" expires. */
export const endOfShanghaiDay = (date: CalendarDate): Date => new Date((epochDay(date) + 1) * DAY_MS - 1 - SHANGHAI_OFFSET_MS);

/** 12:00 +08:00: an instant safely inside the date, for calendar questions. */
export const noonOf = (date: CalendarDate): Date => new Date(epochDay(date) * DAY_MS + 12 * HOUR_MS - SHANGHAI_OFFSET_MS);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: CalendarDate): number => new Date(epochDay(date) * DAY_MS).getUTCDay();

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const addCalendarDays = (date: CalendarDate, days: number): CalendarDate => fromEpochDay(epochDay(date) + days);

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

export const compareDates = (a: CalendarDate, b: CalendarDate): number => epochDay(a) - epochDay(b);

/** Whole days elapsed from `from` to `to` (floor), never negative. */
export const wholeDaysBetween = (from: Date, to: Date): number => Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));

// ---------------------------------------------------------------- text

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD */
export const formatDate = (date: CalendarDate): string => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;

/** YYYY-MM-DD of the Beijing date of an instant. */
export const isoDateOf = (instant: Date): string => formatDate(shanghaiDateOf(instant));

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

/** 2026年11月22日 */
export const formatDateZh = (date: CalendarDate): string => `${date.year}年${date.month}月${date.day}日`;

/** YYYY-MM */
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** 2025年9月 from YYYY-MM; the text itself when it is not one. */
export const formatMonthZh = (month: string): string => {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${Number(match[1])}年${Number(match[2])}月` : month;
};

/** Beijing date and time of an instant, to the minute. */
export interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export const shanghaiParts = (value: Date | string): ShanghaiParts => {
  const shifted = new Date(toInstant(value).getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
};

/** 2025年3月8日 09:05 */
export const formatChineseDateTime = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}年${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
};

/** 2025年3月8日 */
export const formatChineseDate = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}年${p.month}月${p.day}日`;
};

/** 2025-03-08 09:05 (sortable, for tables and spreadsheets) */
export const formatIsoLikeDateTime = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
};

/** 2025-03-08 */
export const formatIsoLikeDate = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
};

/**
 * A calendar date (a Strapi `date` attribute, 'YYYY-MM-DD': a day, not an instant) is kept as is;
 * anything else is read as an instant and shown as its Beijing date.
 */
export const formatDateValue = (value: Date | string): string => {
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const check = new Date(Date.UTC(year, month - 1, day));
      if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
        throw new RangeError(`"${value}" is not a valid date / 无效的日期`);
      }
      return value;
    }
  }
  return formatIsoLikeDate(value);
};
