import { FINDING_KINDS, type FindingKind, type Severity } from '../types';
import { hasMessage, type MessageKey, type Translate } from './i18n';

const DAY_MS = 24 * 3600 * 1000;

/** One colour per kind for the chart and its legend (a categorical palette readable in light and dark mode). */
export const KIND_COLORS: Record<FindingKind, string> = {
  'column-overdue': '#e15759',
  'column-due-soon': '#f28e2b',
  'fixed-date-missed': '#9c755f',
  'topic-stale': '#b07aa1',
  'column-blank': '#bab0ac',
  'category-stale': '#ff9da7',
  'inquiry-overdue': '#4e79a7',
  'inquiry-stale': '#76b7b2',
  'interpretation-missing': '#59a14f',
  'quota-shortfall': '#edc948',
};

export const isFindingKind = (value: string): value is FindingKind => (FINDING_KINDS as readonly string[]).includes(value);

/** A kind's name in the interface language (the kind itself when it is one this page does not know). */
export const kindLabel = (t: Translate, kind: string): string => {
  const key = `kind.${kind}`;
  return hasMessage(key) ? t(key) : kind;
};

export const severityKey = (severity: Severity): MessageKey => `severity.${severity}`;

/** How late a finding is: 逾期 12 天（8 个工作日） / 还剩 3 天 / 已逾期. */
export const latenessText = (
  t: Translate,
  row: { severity: Severity; dueAt?: string | null; dueDate?: string | null; daysOverdue: number; workingDaysOverdue: number; daysLeft?: number | null },
): string => {
  if (row.severity === 'due-soon') {
    const dueAt = row.dueAt ? Date.parse(row.dueAt) : Number.NaN;
    const left = typeof row.daysLeft === 'number' ? row.daysLeft : Number.isNaN(dueAt) ? null : Math.floor((dueAt - Date.now()) / DAY_MS);
    if (left === null) return t('severity.due-soon');
    return left > 0 ? t('late.days-left', { days: left }) : t('late.today');
  }
  if (row.severity !== 'overdue') return '—';
  const due = row.dueAt ?? row.dueDate ?? null;
  if (due === null) return t('late.unknown');
  const days = row.daysOverdue === 0 ? t('late.under-a-day') : t('late.days', { days: row.daysOverdue });
  return row.workingDaysOverdue > 0 ? t('late.with-working', { days, working: row.workingDaysOverdue }) : days;
};
