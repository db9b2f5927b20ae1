import type { Core } from '@strapi/strapi';

import { chineseWorkingDayCalendar } from '../domain/calendar';
import { NATIONAL_CATEGORY_LIMITS, updateRuleOf, type ColumnCategory } from '../domain/categories';
import { nextDueAt, replyDueAt } from '../domain/deadline';
import { describeFrequency, isFrequencyRule, type FrequencyRule, type ReplyWithinRule } from '../domain/frequency';
import type { ResponsibilityConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';

/**
 * The deadline arithmetic other plugins need (the overdue scan), over the State Council holiday
 * calendar with make-up working days: one implementation, asked through this service.
 */
const deadlines = ({ strapi }: { strapi: Core.Strapi }) => ({
  nextDueAt: (rule: FrequencyRule, lastPublishedAt: Date | null, now: Date): Date | null => nextDueAt(rule, lastPublishedAt, now, chineseWorkingDayCalendar),
  replyDueAt: (rule: ReplyWithinRule, receivedAt: Date): Date => replyDueAt(rule, receivedAt, chineseWorkingDayCalendar),
  addWorkingDays: (from: Date, n: number): Date => chineseWorkingDayCalendar.addWorkingDays(from, n),
  isWorkingDay: (instant: Date): boolean => chineseWorkingDayCalendar.isWorkingDay(instant),
  coversYear: (year: number): boolean => chineseWorkingDayCalendar.coversYear(year),
  describe: (rule: FrequencyRule) => describeFrequency(rule),
  isRule: (value: unknown): value is FrequencyRule => isFrequencyRule(value),
  /** The rule a column's updates are judged by (its own, or its category's national limit for 随时/blank). */
  updateRuleOf: (rule: FrequencyRule, category: ColumnCategory) => updateRuleOf(rule, category),
  categoryLimits: () => NATIONAL_CATEGORY_LIMITS,
  /** Days before its deadline a column counts as due soon: the one setting for the table page, the dashboard and the overdue scan. */
  dueSoonDays: (): number => (strapi.config.get(`plugin::${PLUGIN_ID}`) as ResponsibilityConfig).dueSoonDays,
});

export default deadlines;
export type DeadlinesService = ReturnType<typeof deadlines>;
