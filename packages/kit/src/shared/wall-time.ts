/**
 * Instants of `timestamp without time zone` columns read as numbers. PostgreSQL holds there the wall
 * time of the Node process that wrote the value (node-postgres sends local time) and node-postgres
 * reads it back as local time; selected as `floor(extract(epoch from col) * 1000)` the value comes as
 * the wall time's milliseconds counted as if it were UTC, and `wallTimeInstant` turns that into the
 * instant the driver would have given — without building and parsing a date string per row.
 */
import { instantOf } from './instants';

const DAY_MS = 86_400_000;

/** The instant of a wall time in the process's time zone, as `new Date('YYYY-MM-DDTHH:mm:ss.SSS')` reads it. */
const exactInstant = (wall: number): number => {
  const w = new Date(wall);
  const year = w.getUTCFullYear();
  const local = new Date(year, w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds());
  // The Date constructor reads years 0–99 as 1900–1999.
  if (year >= 0 && year < 100) local.setFullYear(year);
  return local.getTime();
};

/** Offset (instant − wall time) of each wall day whose offset is the same at its first and last millisecond; null on a day the offset changes. */
const dayOffsets = new Map<number, number | null>();

/** Epoch milliseconds of a wall time (milliseconds as if UTC) read in the process's time zone. */
export const wallTimeInstant = (wall: number): number => {
  const day = Math.floor(wall / DAY_MS);
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    const first = day * DAY_MS;
    const last = first + DAY_MS - 1;
    const atFirst = exactInstant(first) - first;
    offset = exactInstant(last) - last === atFirst ? atFirst : null;
    dayOffsets.set(day, offset);
  }
  return offset === null ? exactInstant(wall) : wall + offset;
};

/** A selected wall time's milliseconds (a numeric the driver gives as a number, or its text) as an instant's epoch milliseconds; null when absent. */
export const wallTimeMs = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const wall = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(wall) ? wallTimeInstant(wall) : null;
};

/**
 * An instant column's value as epoch milliseconds, null when absent: on PostgreSQL (`wallTime`) the
 * wall time's milliseconds (see above); on SQLite what Strapi stores (epoch milliseconds, or date text).
 */
export const instantMs = (value: unknown, wallTime: boolean): number | null => {
  if (wallTime) return wallTimeMs(value);
  return instantOf(value)?.getTime() ?? null;
};

/** {@link instantMs} as a Date. */
export const instantDate = (value: unknown, wallTime: boolean): Date | null => {
  const ms = instantMs(value, wallTime);
  return ms === null ? null : new Date(ms);
};
