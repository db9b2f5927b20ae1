/**
 * Instants as the database gives them: a Date (PostgreSQL), epoch milliseconds (SQLite, a number or
 * its text) or date text (`2025-03-08T01:05:00.000Z`, or SQLite's `2025-03-08 01:05:00`, which is UTC).
 */

/** The instant, or null when absent or not a time. */
export const instantOf = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else {
    const text = String(value);
    date = /^\d+$/.test(text) ? new Date(Number(text)) : new Date(text.includes('T') || text.endsWith('Z') ? text : `${text.replace(' ', 'T')}Z`);
  }
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The instant as ISO text (`toISOString`), or null. */
export const isoOf = (value: unknown): string | null => instantOf(value)?.toISOString() ?? null;
