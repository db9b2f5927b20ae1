import type { Core } from '@strapi/strapi';

import type { ColumnCategory, Duty, FrequencyRule, Label, ReplyWithinRule, UnitGroupDefinition, UnitKind } from '../../shared/domain';

/**
 * What the other plugins (review, overdue) and the app (src/) may ask the responsibility plugin
 * (谁主管谁负责: the column tree, its owners and rules, the unit register, the working-day calendar).
 * The responsibility plugin's `services` object `satisfies` {@link ResponsibilityServices}, and every
 * caller goes through {@link responsibilityApi}: renaming or retyping a method fails the compile of the
 * responsibility plugin until the contract follows, and then the compile of every caller.
 */

/** A person acting (an admin user). */
export interface ResponsibilityActor {
  id: number;
  email: string;
  isSuperAdmin: boolean;
}

/** An admin account as the unit register links it. */
export interface AdminPerson {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
}

// ---------------------------------------------------------------- ownership

/** The effective owners of every column on a day (own or inherited assignment), with names for messages. */
export interface OwnershipView {
  byColumn: ReadonlyMap<number, { readonly unitIds: readonly number[] }>;
  columnNames: ReadonlyMap<number, string>;
  unitNames: ReadonlyMap<number, string>;
}

export interface OwnershipApi {
  /** The person the current request acts for (admin or content API); null outside a request. */
  actorOfRequest(): Promise<ResponsibilityActor | null>;
  /** Owners of every column today (cached for a few seconds, dropped on writes). */
  snapshot(now?: Date): Promise<OwnershipView>;
  /** A person's duties (unitId null: site-wide) and whether they are a site administrator. */
  dutiesOf(userId: number): Promise<{ unitIds: number[]; duties: { duty: Duty; unitId: number | null }[]; siteAdministrator: boolean }>;
  /** A person who holds any duty, with the address notifications go to; null if none. */
  dutyHolder(userId: number): Promise<AdminPerson | null>;
  /** Refuse (403) a look at an item's review by someone outside its reviewing unit. */
  assertMayViewReview(actor: ResponsibilityActor, reviewingUnitId: number | null, columnId: number | null, now?: Date): Promise<void>;
}

// ---------------------------------------------------------------- the unit register (附件3 备案表)

/** Who changes the register (for its change log). */
export interface DutyActor {
  email: string;
  firstname?: string | null;
  lastname?: string | null;
}

/** The person's fields of a register entry (null fields fall back to the linked account). */
export interface PersonFields {
  name?: string | null;
  title?: string | null;
  mobile?: string | null;
  email?: string | null;
  note?: string | null;
}

export interface DutyAssignInput extends PersonFields {
  duty: Duty;
  unitId: number | null;
  /** The person's admin account; null or absent for a person without one (then `name` is required). */
  userId?: number | null;
}

export interface DutyUpdateInput extends PersonFields {
  /** Link an account (id) or unlink it (null); absent: unchanged. */
  userId?: number | null;
}

/** A register entry as the register's pages show it. */
export interface DutyEntry {
  id: number;
  duty: Duty;
  dutyLabel: Label;
  unit: { id: number; name: string } | null;
  /** The linked admin account (name from the account); null for a person without one. */
  user: { id: number; email: string; name: string } | null;
  /** The person as the register names them (falls back to the account). */
  person: { name: string; title: string | null; mobile: string | null; email: string | null };
  note: string | null;
  createdAt: string;
}

export interface DutiesApi {
  /** The holders (with an account) of a duty in a unit; null: site-wide duties. */
  holders(duty: Duty, unitId: number | null): Promise<AdminPerson[]>;
  /** The holders of a duty in each of these units: one query for all of them. */
  holdersIn(duty: Duty, unitIds: number[]): Promise<Map<number, AdminPerson[]>>;
  list(filter?: { unitId?: number; duty?: Duty; userId?: number }): Promise<DutyEntry[]>;
  assign(input: DutyAssignInput, actor: DutyActor, at?: Date): Promise<DutyEntry>;
  update(id: number, input: DutyUpdateInput, actor: DutyActor, at?: Date): Promise<DutyEntry>;
}

// ---------------------------------------------------------------- the table

/**
 * A column as the overdue scan reads it: its place in the tree, effective owners and frequency rules
 * (own or inherited; only valid rules). Columns that inherit from one source share its rule list and
 * unit ids: read only.
 */
export interface ScanColumn {
  id: number;
  documentId: string;
  name: string;
  /** Names from the channel down to this column. */
  path: string[];
  parentId: number | null;
  category: ColumnCategory;
  isHomepage: boolean;
  isChannel: boolean;
  hasChildren: boolean;
  openedAt: Date | null;
  closedAt: Date | null;
  unitIds: number[];
  rules: FrequencyRule[];
}

/** A person of the unit register, as the overdue digests need them. */
export interface RegisterPerson {
  duty: Duty;
  name: string;
  email: string | null;
  hasAccount: boolean;
}

/** Who a unit's overdue digest goes to. */
export interface UnitContacts {
  id: number;
  name: string;
  kind: UnitKind;
  /** The unit's people from the register: 责任领导, 信息员, reviewers …, with or without an account. */
  people: RegisterPerson[];
  alertEmail: string | null;
}

export interface TableApi {
  /** Every column with its owners and rules (set-based reads; no due computation). */
  columnsForScan(now?: Date): Promise<ScanColumn[]>;
  units(): Promise<{ id: number; name: string; kind: UnitKind }[]>;
  contacts(unitIds: number[]): Promise<UnitContacts[]>;
}

// ---------------------------------------------------------------- deadlines

/** Deadline arithmetic over the State Council holiday calendar with make-up working days. */
export interface DeadlinesApi {
  /** When the next update is due after a publication at `lastPublishedAt`; null for 随时/blank. */
  nextDueAt(rule: FrequencyRule, lastPublishedAt: Date | null, now: Date): Date | null;
  /** When a reply to an inquiry received at `receivedAt` is due. */
  replyDueAt(rule: ReplyWithinRule, receivedAt: Date): Date;
  /** The end of the n-th working day after the Beijing date of `from` (that day never counts). */
  addWorkingDays(from: Date, n: number): Date;
  /** Whether the Beijing date of the instant is a working day (调休 included). */
  isWorkingDay(instant: Date): boolean;
  /** A short label of a rule: 每2周 / every 2 weeks. */
  describe(rule: FrequencyRule): Label;
  /** Days before its deadline a column counts as due soon (the one `dueSoonDays` setting: responsibility's). */
  dueSoonDays(): number;
}

// ---------------------------------------------------------------- roles and the demo seed

export interface RolesApi {
  /** The 信息员 admin role, created once (with these actions of other plugins). */
  ensureOfficerRole(extraActions?: string[]): Promise<{ id: number; created: boolean } | null>;
  /** The 审核人 admin role. */
  ensureReviewerRole(extraActions?: string[]): Promise<{ id: number; created: boolean } | null>;
}

/** A contact of a unit (责任领导, 信息员) as the unit record keeps it. */
export interface UnitContactPerson {
  name: string;
  title?: string;
  mobile?: string;
  email?: string;
}

export interface TableSeedInput {
  /** The responsibility table (CSV or XLSX bytes). */
  table: Uint8Array;
  groups: UnitGroupDefinition[];
  /** Units the table names only collectively (the counties and districts behind 各县（区）). */
  extraUnits: { name: string; kind: UnitKind }[];
  contacts?: (unitName: string, index: number) => { leader?: UnitContactPerson; officers?: UnitContactPerson[]; alertEmail?: string };
}

export interface TableSeedResult {
  units: number;
  groups: number;
  import: { rows: number; columns: { create: unknown[] }; assignments: { create: unknown[] } };
}

export interface TableSeedApi {
  /** The demo's first start: units, unit groups, then the table through the administrator's import. */
  seed(input: TableSeedInput): Promise<TableSeedResult>;
}

// ---------------------------------------------------------------- the contract

export interface ResponsibilityApi {
  ownership: OwnershipApi;
  duties: DutiesApi;
  table: TableApi;
  deadlines: DeadlinesApi;
  roles: RolesApi;
  'table-seed': TableSeedApi;
}

/** What the responsibility plugin's `services` object must satisfy. */
export type ResponsibilityServices = { [K in keyof ResponsibilityApi]: (deps: { strapi: Core.Strapi }) => ResponsibilityApi[K] };

/**
 * The responsibility plugin's services as its contract types them: the one way in for review,
 * overdue and the app. Each service is looked up when used (the plugin may register after the caller).
 */
export const responsibilityApi = (strapi: Core.Strapi): ResponsibilityApi => {
  // The one place the contract meets Strapi's untyped registry; `ResponsibilityServices` checks the other side.
  const service = <K extends keyof ResponsibilityApi>(name: K): ResponsibilityApi[K] => strapi.plugin('responsibility').service(name) as ResponsibilityApi[K];
  return {
    get ownership() {
      return service('ownership');
    },
    get duties() {
      return service('duties');
    },
    get table() {
      return service('table');
    },
    get deadlines() {
      return service('deadlines');
    },
    get roles() {
      return service('roles');
    },
    get 'table-seed'() {
      return service('table-seed');
    },
  };
};
