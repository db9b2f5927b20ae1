/**
 * Dates on the admin's screens, as they fall in Beijing (Asia/Shanghai) whatever the browser's time
 * zone, and Beijing calendar days as YYYY-MM-DD strings.
 */
import * as React from 'react';

import { useIntl } from 'react-intl';

import { isChinese } from './i18n';

/** Dates are shown as they fall in China, whatever the browser's time zone. */
export const TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 24 * 3600 * 1000;

export interface DateFormatters {
  /** 2026/07/30 */
  date: (iso: string | null | undefined) => string;
  /** 2026/07/30 14:05 */
  dateTime: (iso: string | null | undefined) => string;
  /** A deadline: the date alone when it is the end of a day (23:59), else date and time. */
  deadline: (iso: string | null | undefined) => string;
  /** A YYYY-MM-DD day as 2026/07/30 (no time zone shift). */
  day: (day: string | null | undefined) => string;
}

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Formatters in the interface language (zh-CN or en-GB order), in Beijing time. */
export const useDateFormatters = (): DateFormatters => {
  const { locale } = useIntl();
  return React.useMemo(() => {
    const tag = isChinese(locale) ? 'zh-CN' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
    const dateTimeFormat = new Intl.DateTimeFormat(tag, {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const dayFormat = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    return {
      date: (iso) => {
        const d = valid(iso);
        return d ? dateFormat.format(d) : '';
      },
      dateTime: (iso) => {
        const d = valid(iso);
        return d ? dateTimeFormat.format(d) : '';
      },
      deadline: (iso) => {
        const d = valid(iso);
        if (!d) return '';
        return timeFormat.format(d) === '23:59' ? dateFormat.format(d) : dateTimeFormat.format(d);
      },
      day: (day) => {
        const d = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? valid(`${day}T00:00:00Z`) : null;
        return d ? dayFormat.format(d) : (day ?? '');
      },
    };
  }, [locale]);
};

/** Whole days from now to a deadline: negative when it has passed. */
export const daysUntil = (iso: string, now: Date = new Date()): number => {
  const ms = new Date(iso).getTime() - now.getTime();
  return ms >= 0 ? Math.ceil(ms / DAY_MS) : -Math.ceil(-ms / DAY_MS);
};

/** The Beijing calendar day of an instant, as YYYY-MM-DD (today by default). */
export const shanghaiDay = (at: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The first day of the month of a YYYY-MM-DD day. */
export const firstOfMonth = (day: string): string => `${day.slice(0, 8)}01`;

/** The day after a YYYY-MM-DD day. */
export const nextDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** Whole calendar months from a Beijing day to another (the later day's date not yet reached counts one less). */
export const monthsBetween = (fromDay: string, toDay: string): number => {
  const [fy, fm, fd] = fromDay.split('-').map(Number);
  const [ty, tm, td] = toDay.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
};

/** Whole days between two Beijing days. */
export const daysBetween = (fromDay: string, toDay: string): number =>
  Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);

/**
 * The design system's DatePicker reads its value as a UTC calendar day and answers with the chosen
 * day's local midnight: a day string goes in as that day's UTC midnight and comes back through the
 * local calendar.
 */
export const toPickerDate = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
export const fromPickerDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
