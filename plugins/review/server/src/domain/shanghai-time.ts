/**
 * Beijing time (Asia/Shanghai, UTC+8 all year, no daylight saving since 1991) for display.
 * Computed with +8h and UTC getters only, so the output never depends on the machine's time zone.
 */

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** An instant as a Date; a string must parse (ISO 8601 with an offset or Z is expected). */
export const toInstant = (value: Date | string, name = 'time'): Date => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name}: "${String(value)}" is not a valid time / 无效的时间`);
  return date;
};

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

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 2025年3月8日 09:05 */
export const formatChineseDateTime = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}年${p.month}月${p.day}日 ${pad2(p.hour)}:${pad2(p.minute)}`;
};

/** 2025年3月8日 */
export const formatChineseDate = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}年${p.month}月${p.day}日`;
};

/** 2025-03-08 09:05 (sortable, for tables and spreadsheets) */
export const formatIsoLikeDateTime = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}`;
};

/** 2025-03-08 */
export const formatIsoLikeDate = (value: Date | string): string => {
  const p = shanghaiParts(value);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
};

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (a Strapi `date` attribute, 'YYYY-MM-DD': a day, not an instant) is kept as is;
 * anything else is read as an instant and shown as its Beijing date.
 */
export const formatDateValue = (value: Date | string): string => {
  if (typeof value === 'string') {
    const m = CALENDAR_DATE.exec(value);
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
