import type { Core } from '@strapi/strapi';

import { shanghaiDayNumber } from '@content-assurance/kit/server';

import type { ColumnCategory, Deadlines, FrequencyRule, Label, ReplyWithinRule, UnitKind } from '../domain';

/**
 * What the scan asks the responsibility plugin, behind a typed adapter (plugins compile apart): the
 * column tree with its owners and rules, units and their people (the unit register, 附件3 备案表), duty holders, and the
 * deadline arithmetic over the Chinese working-day calendar.
 */
interface ScanColumn {
  id: number;
  documentId: string;
  name: string;
  path: string[];
  parentId: number | null;
  category: ColumnCategory;
  isHomepage: boolean;
  isChannel: boolean;
  hasChildren: boolean;
  openedAt: Date | null;
  closedAt: Date | null;
  /** Shared by the columns that inherit from one source: read only. */
  unitIds: number[];
  /** Shared by the columns that inherit from one source: read only. */
  rules: unknown[];
}
/** A person of the unit register (附件3 备案表), as the digests need them. */
interface RegisterPerson {
  duty: string;
  name: string;
  email: string | null;
  hasAccount: boolean;
}
export interface UnitContacts {
  id: number;
  name: string;
  kind: UnitKind;
  /** The unit's people from the register: 责任领导, 信息员, reviewers …, with or without an account. */
  people: RegisterPerson[];
  alertEmail: string | null;
}
interface TableService {
  columnsForScan(now: Date): Promise<ScanColumn[]>;
  contacts(unitIds: number[]): Promise<UnitContacts[]>;
  units(): Promise<{ id: number; name: string; kind: UnitKind }[]>;
}
interface Holder {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
}
interface DutiesService {
  holders(duty: string, unitId: number | null): Promise<Holder[]>;
  holdersIn(duty: string, unitIds: number[]): Promise<Map<number, Holder[]>>;
}
interface DeadlinesService {
  nextDueAt(rule: FrequencyRule, lastPublishedAt: Date | null, now: Date): Date | null;
  replyDueAt(rule: ReplyWithinRule, receivedAt: Date): Date;
  addWorkingDays(from: Date, n: number): Date;
  isWorkingDay(instant: Date): boolean;
  describe(rule: FrequencyRule): Label;
  isRule(value: unknown): value is FrequencyRule;
}

export const responsibility = (strapi: Core.Strapi) => {
  const service = <T>(name: string) => strapi.plugin('responsibility').service(name) as T;
  const deadlinesService = () => service<DeadlinesService>('deadlines');
  return {
    columns: (now: Date) => service<TableService>('table').columnsForScan(now),
    units: () => service<TableService>('table').units(),
    contacts: (unitIds: number[]) => service<TableService>('table').contacts(unitIds),
    holders: (duty: string, unitId: number | null) => service<DutiesService>('duties').holders(duty, unitId),
    /** The holders of a duty in each of these units: one query for all of them. */
    holdersIn: (duty: string, unitIds: number[]) => service<DutiesService>('duties').holdersIn(duty, unitIds),
    isRule: (value: unknown): value is FrequencyRule => deadlinesService().isRule(value),
    /**
     * The Deadlines the pure rules need, over the responsibility plugin's calendar. One per scan, with
     * its answers remembered (and shared: the rules never mutate a Date): a large site has hundreds of
     * thousands of inquiries received on a few hundred days, and a deadline in days depends only on the
     * day of receipt; a cadence's or a dated rule's next deadline after a publication depends only on
     * the rule and the Beijing day of the publication, and 50,000 columns publish on a few hundred days.
     * Keyed by numbers (rule code, Beijing day number): no key text built per call.
     */
    deadlines: (): Deadlines => {
      const d = deadlinesService();
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
    },
  };
};
