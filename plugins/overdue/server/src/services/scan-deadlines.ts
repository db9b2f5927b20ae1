import { shanghaiDayNumber, type DeadlinesApi } from '@content-assurance/kit/server';

import type { Deadlines, FrequencyRule, Label } from '../domain';

/**
 * The Deadlines the pure rules need, over the responsibility plugin's calendar (its `deadlines`
 * service, through the kit's contract). One per scan, with its answers remembered (and shared: the
 * rules never mutate a Date): a large site has hundreds of thousands of inquiries received on a few
 * hundred days, and a deadline in days depends only on the day of receipt; a cadence's or a dated
 * rule's next deadline after a publication depends only on the rule and the Beijing day of the
 * publication, and 50,000 columns publish on a few hundred days. Keyed by numbers (rule code, Beijing
 * day number): no key text built per call.
 */
export const scanDeadlines = (d: DeadlinesApi): Deadlines => {
  /** Beijing day number of an instant. */
  const dayOf = shanghaiDayNumber;
  const byDay = <K>(maps: Map<K, Map<number, Date | null>>, key: K): Map<number, Date | null> => {
    let map = maps.get(key);
    if (map === undefined) maps.set(key, (map = new Map()));
    return map;
  };
  const PERIOD_CODES: Record<string, number | undefined> = { day: 0, week: 1, month: 2, year: 3 };
  const REPLY_CODES: Record<string, number | undefined> = { 'working-day': 0, day: 1 };
  /** A positive whole count and a known unit, as one number; null for anything else (not remembered). */
  const codeOf = (codes: Record<string, number | undefined>, unit: string, count: number): number | null => {
    const code = codes[unit];
    return code === undefined || !Number.isInteger(count) || count < 1 ? null : count * 4 + code;
  };
  const everyDue = new Map<number, Map<number, Date | null>>();
  const datedDue = new Map<string, Map<number, Date | null>>();
  const datedKeys = new WeakMap<FrequencyRule, string>();
  const replies = new Map<number, Map<number, Date | null>>();
  const workingDays = new Map<number, Map<number, Date | null>>();
  const labels = new Map<string, Label>();
  const labelKeys = new WeakMap<FrequencyRule, string>();
  return {
    nextDueAt: (rule, last, now) => {
      if (last === null) return d.nextDueAt(rule, last, now);
      let known: Map<number, Date | null>;
      if (rule.kind === 'every') {
        const code = codeOf(PERIOD_CODES, rule.unit, rule.count);
        if (code === null) return d.nextDueAt(rule, last, now);
        known = byDay(everyDue, code);
      } else if (rule.kind === 'fixed-dates' || rule.kind === 'monthly-by-day') {
        let key = datedKeys.get(rule);
        if (key === undefined) datedKeys.set(rule, (key = JSON.stringify(rule)));
        known = byDay(datedDue, key);
      } else {
        return d.nextDueAt(rule, last, now);
      }
      const day = dayOf(last);
      let due = known.get(day);
      if (due === undefined) known.set(day, (due = d.nextDueAt(rule, last, now)));
      return due;
    },
    replyDueAt: (rule, receivedAt) => {
      const code = codeOf(REPLY_CODES, rule.unit, rule.count);
      if (code === null) return d.replyDueAt(rule, receivedAt);
      const known = byDay(replies, code);
      const day = dayOf(receivedAt);
      let due = known.get(day);
      if (!due) known.set(day, (due = d.replyDueAt(rule, receivedAt)));
      return due;
    },
    addWorkingDays: (from, n) => {
      const known = byDay(workingDays, n);
      const day = dayOf(from);
      let due = known.get(day);
      if (!due) known.set(day, (due = d.addWorkingDays(from, n)));
      return due;
    },
    isWorkingDay: (instant) => d.isWorkingDay(instant),
    describeRule: (rule) => {
      let key = labelKeys.get(rule);
      if (key === undefined) labelKeys.set(rule, (key = JSON.stringify(rule)));
      let label = labels.get(key);
      if (!label) labels.set(key, (label = d.describe(rule)));
      return { ...label };
    },
  };
};
