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
    return {
      date: (iso) => {
        const d = valid(iso);
        return d ? dateFormat.format(d) : '';
      },
      dateTime: (iso) => {
        const d = valid(iso);
        return d ? dateTimeFormat.format(d) : '';
      },
    };
  }, [locale]);
};

/** Today in Beijing as YYYY-MM-DD (the ledger's default range). */
export const shanghaiDay = (at: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The first day of the month of a YYYY-MM-DD day. */
export const firstOfMonth = (day: string): string => `${day.slice(0, 8)}01`;
