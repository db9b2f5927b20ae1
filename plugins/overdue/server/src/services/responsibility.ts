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
  owners(): Promise<{ units: { id: number; name: string; kind: UnitKind }[] }>;
}
interface DutiesService {
  holders(duty: string, unitId: number | null): Promise<{ id: number; email: string; firstname: string | null; lastname: string | null }[]>;
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
    units: async () => (await service<TableService>('table').owners()).units,
    contacts: (unitIds: number[]) => service<TableService>('table').contacts(unitIds),
    holders: (duty: string, unitId: number | null) => service<DutiesService>('duties').holders(duty, unitId),
    isRule: (value: unknown): value is FrequencyRule => deadlinesService().isRule(value),
    /** The Deadlines the pure rules need, over the responsibility plugin's calendar. */
    deadlines: (): Deadlines => {
      const d = deadlinesService();
      return {
        nextDueAt: (rule, last, now) => d.nextDueAt(rule, last, now),
        replyDueAt: (rule, receivedAt) => d.replyDueAt(rule, receivedAt),
        addWorkingDays: (from, n) => d.addWorkingDays(from, n),
        isWorkingDay: (instant) => d.isWorkingDay(instant),
        describeRule: (rule) => d.describe(rule),
      };
    },
  };
};
