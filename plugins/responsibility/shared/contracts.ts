/**
 * The responsibility plugin's admin API (routes under /responsibility/…): what each route answers. One
 * copy for both ends: the server's services build these views and its controllers answer with them
 * (`satisfies`); the admin pages read them (admin/src/types.ts re-exports them). Types only, built from
 * the server's domain types; the admin bundle erases them. Timestamps are ISO 8601 strings.
 */
import type { DutyEntry } from '@content-assurance/kit/server';
import type { ColumnCategory } from '../server/src/domain/categories';
import type { DueStatus } from '../server/src/domain/column-status';
import type { Duty } from '../server/src/domain/duties';
import type { FrequencyRule } from '../server/src/domain/frequency';
import type { FieldChange, ImportProblem } from '../server/src/domain/import-plan';
import type { GuaranteeMethod } from '../server/src/domain/methods';
import type { UnitKind } from '../server/src/domain/owner-cell';
import type { MustChangeReason } from '@content-assurance/kit/shared';
import type { DutyChangeRecord } from '../server/src/repositories/duties';

export type { ColumnCategory, DueStatus, Duty, FieldChange, FrequencyRule, GuaranteeMethod, ImportProblem, UnitKind };

/** A label in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** `{ id }`: the answer of a create, update or delete. */
export interface IdAnswer {
  id: number;
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

// ---------------------------------------------------------------- columns and assignments (任务分工表)

export interface ColumnRef {
  id: number;
  documentId: string;
  name: string;
  /** 频道 › 一级 › 二级 */
  path: string[];
}

/** A column and whether it is due: GET /columns lists them. */
export interface ColumnStatus extends ColumnRef {
  category: ColumnCategory;
  categoryLabel: Bilingual;
  active: boolean;
  inheritedFrom: ColumnRef | null;
  unitIds: number[];
  assignmentIds: number[];
  lastPublishedAt: string | null;
  nextDueAt: string | null;
  /** When the column opened, if it is late and never published since (开通以来未更新): shown instead of the deadline. */
  blankSince: string | null;
  dueStatus: DueStatus;
  dueRule: { rule: FrequencyRule; label: Bilingual; source: 'own' | 'category' } | null;
  unassigned: boolean;
}

/** GET /columns */
export interface ColumnList {
  results: ColumnStatus[];
}

/** A row of the table (任务分工表). */
export interface AssignmentView {
  id: number;
  documentId: string;
  column: ColumnRef | null;
  content: string | null;
  units: NamedRef[];
  unitGroups: NamedRef[];
  ownerText: string | null;
  methods: GuaranteeMethod[];
  methodLabels: Bilingual[];
  frequencyText: string | null;
  frequency: FrequencyRule | null;
  frequencyLabel: Bilingual | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  note: string | null;
  updatedAt: string;
}

/** A row of the table with its column's status, as GET /assignments lists it. */
export interface Assignment extends AssignmentView {
  columnStatus: ColumnStatus | null;
}

/** GET /assignments */
export interface AssignmentList {
  results: Assignment[];
  unassignedColumns: ColumnStatus[];
  total: number;
}

export interface Unit extends NamedRef {
  kind: UnitKind;
}

export interface UnitGroup extends NamedRef {
  memberKinds: UnitKind[];
  memberCount: number;
}

/** GET /owners: units, unit groups and channels, what the filters and pickers offer. */
export interface Owners {
  units: Unit[];
  groups: UnitGroup[];
  channels: NamedRef[];
}

export interface ContactPerson {
  name: string;
  title?: string;
  mobile?: string;
  email?: string;
}

/** A person of the unit register (附件3 备案表): its fields, with the linked account if any. */
export interface RegisterPersonView {
  id: number;
  duty: Duty;
  dutyLabel: Bilingual;
  unitId: number | null;
  name: string;
  title: string | null;
  mobile: string | null;
  /** Where mail to this person goes: the register's address, else the account's. */
  email: string | null;
  /** The linked admin account; null for a person without one. */
  account: { id: number; email: string } | null;
}

/** GET /columns/:id/duty: who answers for a column. */
export interface ColumnDuty {
  column: ColumnStatus;
  assignments: AssignmentView[];
  units: (Unit & {
    documentId: string;
    /** The unit's people from the register: what the duty modal shows. */
    people: RegisterPersonView[];
    leader: ContactPerson | null;
    officers: ContactPerson[];
    alertEmail: string | null;
    accounts: { duty: Duty; dutyLabel: Bilingual; userId: number; email: string }[];
  })[];
}

/** Whose columns a person sees: all of them (super admin, 网站管理员), or their units'. */
export type ColumnScope = { all: true; reason: 'super-admin' | 'site-administrator' } | { all: false; unitIds: number[] };

/** GET /my-columns (我的栏目) */
export interface MyColumns {
  scope: ColumnScope;
  columns: ColumnStatus[];
}

/** A problem of an import as answered: its message in the person's language. */
export type ImportProblemView = Omit<ImportProblem, 'message'> & { message: string };

/**
 * POST /import (dry run or commit); a file with problems answers 400 with the same report in `error.details`.
 * The service's report has each problem in both languages (`Problem` = ImportProblem); the answer one.
 */
export interface ImportReportOf<Problem> {
  dryRun: boolean;
  /** false when the file has problems: nothing was (or would be) written. */
  ok: boolean;
  rows: number;
  columns: { create: { path: string[]; line?: number }[]; existing: number };
  assignments: {
    create: { line: number; path: string[]; content: string }[];
    /** `diff`: each changed field's old → new text. */
    update: { line: number; path: string[]; content: string; changes: string[]; diff: FieldChange[] }[];
    unchanged: number;
  };
  problems: Problem[];
  warnings: Problem[];
}
export type ImportReport = ImportReportOf<ImportProblemView>;

// ---------------------------------------------------------------- unit duties and accounts

/** A duty of the register (附件3 备案表); POST /duties and DELETE /duties/:id answer it (the kit's contract type). */
export type DutyView = DutyEntry;

/** GET /duties */
export interface DutyList {
  results: DutyView[];
}

/** Duty changes and account changes (一人一账号), in one log. */
export type DutyChange = DutyChangeRecord & { dutyLabel: Bilingual | null };

/** GET /duties/changes */
export interface DutyChangePage {
  results: DutyChange[];
  pagination: Pagination;
}

export interface AdminUserOption {
  id: number;
  email: string;
  name: string;
  isActive: boolean;
}

/** GET /admin-users */
export interface AdminUserList {
  results: AdminUserOption[];
}

/** GET /account/password-status: the logged-in person's password. */
export interface PasswordStatusView {
  mustChange: boolean;
  reason: MustChangeReason | null;
  expiresAt: string | null;
  warn: boolean;
  daysLeft: number | null;
  maxAgeDays: number;
  warnDays: number;
}
