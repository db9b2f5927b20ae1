import * as React from 'react';

import { useIntl } from 'react-intl';

import { isChinese } from './i18n';

/** Dates are shown as they fall in China, whatever the browser's time zone. */
export const TIME_ZONE = 'Asia/Shanghai';

export interface DateFormatters {
  /** 2026/07/30 */
  date: (iso: string | null | undefined) => string;
  /** 2026/07/30 14:05 */
  dateTime: (iso: string | null | undefined) => string;
  /** A YYYY-MM-DD day as 2026/07/30 (no time zone shift). */
  day: (day: string | null | undefined) => string;
}

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

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
      day: (day) => {
        const d = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? valid(`${day}T00:00:00Z`) : null;
        return d ? dayFormat.format(d) : (day ?? '');
      },
    };
  }, [locale]);
};

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
export const shanghaiDay = (at: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

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
  Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / (24 * 3600 * 1000));

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
