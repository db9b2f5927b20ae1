import type { Core } from '@strapi/strapi';

import type { ColumnCategory, Deadlines, FrequencyRule, Label, ReplyWithinRule, UnitKind } from '../domain';

/**
 * What the scan asks the responsibility plugin, behind a typed adapter (plugins compile apart): the
 * column tree with its owners and rules, units and their 备案表 contacts, duty holders, and the
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
  openedAt: string | null;
  closedAt: string | null;
  unitIds: number[];
  rules: unknown[];
}
interface Contact {
  name: string;
  email?: string | null;
}
export interface UnitContacts {
  id: number;
  name: string;
  kind: UnitKind;
  leader: Contact | null;
  officers: Contact[];
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
     * its answers remembered: a large site has hundreds of thousands of inquiries received on a few
     * hundred days, and a deadline in days depends only on the day of receipt.
     */
    deadlines: (): Deadlines => {
      const d = deadlinesService();
      const replies = new Map<string, Date>();
      const workingDays = new Map<string, Date>();
      const labels = new Map<string, Label>();
      const day = (instant: Date) => new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
      // A cadence's or a dated rule's next deadline after a publication depends only on the rule and the
      // Beijing day of the publication: 50,000 columns publish on a few hundred days.
      const nextDue = new Map<string, Date | null>();
      const ruleKey = (rule: FrequencyRule): string | null => {
        switch (rule.kind) {
          case 'every':
            return `e:${rule.unit}:${rule.count}`;
          case 'fixed-dates':
          case 'monthly-by-day':
            return JSON.stringify(rule);
          default:
            return null;
        }
      };
      return {
        nextDueAt: (rule, last, now) => {
          const kind = last === null ? null : ruleKey(rule);
          if (kind === null || last === null) return d.nextDueAt(rule, last, now);
          const key = `${kind}|${Math.floor((last.getTime() + 8 * 3600 * 1000) / 86_400_000)}`;
          let due = nextDue.get(key);
          if (due === undefined) nextDue.set(key, (due = d.nextDueAt(rule, last, now)));
          return due === null ? null : new Date(due.getTime());
        },
        replyDueAt: (rule, receivedAt) => {
          if (rule.unit === 'hour') return d.replyDueAt(rule, receivedAt);
          const key = `${rule.unit}:${rule.count}:${day(receivedAt)}`;
          let due = replies.get(key);
          if (!due) replies.set(key, (due = d.replyDueAt(rule, receivedAt)));
          return new Date(due.getTime());
        },
        addWorkingDays: (from, n) => {
          const key = `${n}:${day(from)}`;
          let due = workingDays.get(key);
          if (!due) workingDays.set(key, (due = d.addWorkingDays(from, n)));
          return new Date(due.getTime());
        },
        isWorkingDay: (instant) => d.isWorkingDay(instant),
        describeRule: (rule) => {
          const key = JSON.stringify(rule);
          let label = labels.get(key);
          if (!label) labels.set(key, (label = d.describe(rule)));
          return { ...label };
        },
      };
    },
  };
};
