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
}

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
    const valid = (iso: string | null | undefined): Date | null => {
      if (!iso) return null;
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? null : date;
    };
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
    };
  }, [locale]);
};

/** Whole days from now to a deadline: negative when it has passed. */
export const daysUntil = (iso: string, now: Date = new Date()): number => {
  const ms = new Date(iso).getTime() - now.getTime();
  return ms >= 0 ? Math.ceil(ms / DAY_MS) : -Math.ceil(-ms / DAY_MS);
};
