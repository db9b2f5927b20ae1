/**
 * Beijing-time (Asia/Shanghai, UTC+8 all year, no daylight saving since 1991) calendar dates of
 * instants, done with UTC getters and a fixed offset so nothing depends on the machine's time zone.
 * Only what the overdue rules and the digest need; deadline arithmetic itself is the responsibility
 * plugin's (see Deadlines).
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = 8 * HOUR_MS;

export const isValidInstant = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

export const assertInstant = (value: Date, name: string): void => {
  if (!isValidInstant(value)) throw new RangeError(`${name} is not a valid date / ${name} 不是有效的时间`);
};

/** The Beijing calendar date of an instant. */
export const dateOf = (instant: Date): CalendarDate => {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
export const epochDay = (date: CalendarDate): number => Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;

export const fromEpochDay = (n: number): CalendarDate => {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** 00:00:00.000 +08:00 of the date. */
export const startOfDay = (date: CalendarDate): Date => new Date(epochDay(date) * DAY_MS - OFFSET_MS);

/** 23:59:59.999 +08:00 of the date. */
export const endOfDay = (date: CalendarDate): Date => new Date((epochDay(date) + 1) * DAY_MS - 1 - OFFSET_MS);

/** 12:00 +08:00: an instant safely inside the date, for calendar questions. */
export const noonOf = (date: CalendarDate): Date => new Date(epochDay(date) * DAY_MS + 12 * HOUR_MS - OFFSET_MS);

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromEpochDay(epochDay(date) + days);

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD */
export const formatDate = (date: CalendarDate): string => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;

/** YYYY-MM-DD of the Beijing date of an instant. */
export const isoDateOf = (instant: Date): string => formatDate(dateOf(instant));

/** 2026年11月22日 */
export const formatDateZh = (date: CalendarDate): string => `${date.year}年${date.month}月${date.day}日`;

/** YYYY-MM */
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** 2025年9月 from YYYY-MM; the text itself when it is not one. */
export const formatMonthZh = (month: string): string => {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${Number(match[1])}年${Number(match[2])}月` : month;
};

/** Whole days elapsed from `from` to `to` (floor), never negative. */
export const wholeDaysBetween = (from: Date, to: Date): number => Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
