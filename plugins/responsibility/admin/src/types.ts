/**
 * Shapes of the plugin's admin API (plugins/responsibility/server/src/{controllers,services}),
 * as the admin pages read them.
 */

export const GUARANTEE_METHODS = ['report', 'back-office', 'link', 'handling', 'co-built'] as const;
export type GuaranteeMethod = (typeof GUARANTEE_METHODS)[number];

export const FREQUENCY_KINDS = ['every', 'fixed-dates', 'monthly-by-day', 'as-needed', 'unspecified', 'reply-within'] as const;
export type FrequencyKind = (typeof FREQUENCY_KINDS)[number];

export const DUE_STATUSES = ['overdue', 'due-soon', 'ok', 'no-deadline', 'closed'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];
export type DueFilter = DueStatus | 'unassigned';
export const DUE_FILTERS: readonly DueFilter[] = [...DUE_STATUSES, 'unassigned'];

export const DUTIES = [
  'information-officer',
  'section-reviewer',
  'confidentiality-reviewer',
  'leader-in-charge',
  'principal-leader',
  'site-administrator',
] as const;
export type Duty = (typeof DUTIES)[number];
/** The duties held in a unit (all but 网站管理员, who answers for the whole site). */
export const UNIT_DUTIES = DUTIES.filter((duty): duty is Exclude<Duty, 'site-administrator'> => duty !== 'site-administrator');

export const UNIT_KINDS = ['municipal-department', 'stationed-unit', 'county', 'district', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const TABLE_FIELDS = ['channel', 'column', 'subcolumn', 'content', 'method', 'frequency', 'units'] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** A label the server gives in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A frequency rule as stored (only `kind` is read by the pages; the server gives labels). */
export interface FrequencyRule {
  kind: FrequencyKind;
  [detail: string]: unknown;
}

export interface ColumnRef {
  id: number;
  documentId: string;
  name: string;
  /** 频道 › 一级 › 二级 */
  path: string[];
}

export interface ColumnStatus extends ColumnRef {
  category: string;
  categoryLabel: Bilingual;
  active: boolean;
  inheritedFrom: ColumnRef | null;
  unitIds: number[];
  assignmentIds: number[];
  lastPublishedAt: string | null;
  nextDueAt: string | null;
  dueStatus: DueStatus;
  dueRule: { rule: FrequencyRule; label: Bilingual; source: 'own' | 'category' } | null;
  unassigned: boolean;
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface Assignment {
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
  columnStatus: ColumnStatus | null;
}

export interface AssignmentFilters {
  channel?: number;
  unit?: number;
  method?: GuaranteeMethod;
  frequency?: FrequencyKind;
  due?: DueFilter;
  q?: string;
}

export interface AssignmentList {
  results: Assignment[];
  unassignedColumns: ColumnStatus[];
  total: number;
}

/** The body of POST/PUT /assignments; PUT takes any subset. */
export interface AssignmentInput {
  columnId?: number;
  content?: string | null;
  unitIds?: number[];
  unitGroupIds?: number[];
  methods?: GuaranteeMethod[];
  frequencyText?: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  note?: string | null;
}

export interface Unit extends NamedRef {
  kind: UnitKind;
}

export interface UnitGroup extends NamedRef {
  memberKinds: UnitKind[];
  memberCount: number;
}

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

export interface ColumnDuty {
  column: ColumnStatus;
  assignments: Omit<Assignment, 'columnStatus'>[];
  units: (Unit & {
    leader: ContactPerson | null;
    officers: ContactPerson[];
    alertEmail: string | null;
    accounts: { duty: Duty; dutyLabel: Bilingual; userId: number; email: string }[];
  })[];
}

export type ColumnScope = { all: true; reason: 'super-admin' | 'site-administrator' } | { all: false; unitIds: number[] };

export interface MyColumns {
  scope: ColumnScope;
  columns: ColumnStatus[];
}

export interface ImportProblem {
  line: number;
  field?: TableField;
  message: string;
}

/** A changed field of an imported row: the table's text before and after. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface ImportReport {
  dryRun: boolean;
  ok: boolean;
  rows: number;
  columns: { create: { path: string[]; line?: number }[]; existing: number };
  assignments: {
    create: { line: number; path: string[]; content: string }[];
    /** `diff`: each changed field's old → new text (absent from an older server). */
    update: { line: number; path: string[]; content: string; changes: string[]; diff?: FieldChange[] }[];
    unchanged: number;
  };
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/** An import answered: the report (also for a file with problems), or a message when there is none. */
export type ImportOutcome = { report: ImportReport; message?: string } | { report: null; message: string };

export type ExportFormat = 'xlsx' | 'csv';
export type ExportHeaders = 'zh' | 'en';

export interface DutyRecord {
  id: number;
  duty: Duty;
  dutyLabel: Bilingual;
  unit: NamedRef | null;
  user: { id: number; email: string; name: string } | null;
  note: string | null;
  createdAt: string;
}

export interface DutyFilters {
  unit?: number;
  duty?: Duty;
  user?: number;
}

export interface DutyInput {
  duty: Duty;
  unitId: number | null;
  userId: number;
  note?: string | null;
}

/** Duty changes and account changes (一人一账号), in one log. */
export const ACCOUNT_ACTIONS = ['account-created', 'account-disabled', 'account-enabled', 'account-deleted', 'password-changed'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export interface DutyChange {
  id?: number;
  action: 'assigned' | 'revoked' | AccountAction;
  /** null for an account change */
  duty: Duty | null;
  dutyLabel: Bilingual | null;
  /** e.g. who set a password */
  detail?: string | null;
  unitName: string | null;
  userEmail: string;
  userName: string | null;
  actorEmail: string;
  actorName: string | null;
  at: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

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

/** GET /responsibility/account/password-status: the logged-in person's password. */
export interface PasswordStatus {
  mustChange: boolean;
  reason: 'initial' | 'expired' | null;
  expiresAt: string | null;
  warn: boolean;
  daysLeft: number | null;
  maxAgeDays: number;
  warnDays: number;
}
