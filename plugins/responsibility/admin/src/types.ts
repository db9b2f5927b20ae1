/**
 * Types of the admin pages. What the server answers is typed once, in ../../shared/contracts.ts (the
 * server's services build those views, its controllers answer with them); what is only the admin's —
 * request bodies, filters, the lists the forms offer — is here.
 */
import type { DutyChangeAction } from '../../server/src/repositories/duties';
import type { DueStatus, Duty, DutyView, FrequencyRule, GuaranteeMethod, ImportReport, PasswordStatusView, RegisterPersonView, UnitKind } from '../../shared/contracts';
import type { TableField as ServerTableField } from '../../server/src/domain/table';

export * from '../../shared/contracts';

/** The lists of the domain, one copy with the server (pure modules: the admin bundles them). */
export { DUTIES, isDuty } from '../../server/src/domain/duties';
export { GUARANTEE_METHODS } from '../../server/src/domain/methods';

export type FrequencyKind = FrequencyRule['kind'];
export const FREQUENCY_KINDS = ['every', 'fixed-dates', 'monthly-by-day', 'as-needed', 'unspecified', 'reply-within'] as const satisfies readonly FrequencyKind[];

export const DUE_STATUSES = ['overdue', 'due-soon', 'ok', 'no-deadline', 'closed'] as const satisfies readonly DueStatus[];
export type DueFilter = DueStatus | 'unassigned';
export const DUE_FILTERS: readonly DueFilter[] = [...DUE_STATUSES, 'unassigned'];

/** The duties held in a unit (all but 网站管理员, who answers for the whole site). */
export const UNIT_DUTIES = (['information-officer', 'section-reviewer', 'confidentiality-reviewer', 'leader-in-charge', 'principal-leader'] as const) satisfies readonly Exclude<
  Duty,
  'site-administrator'
>[];

export const UNIT_KINDS = ['municipal-department', 'stationed-unit', 'county', 'district', 'other'] as const satisfies readonly UnitKind[];

export const TABLE_FIELDS = ['channel', 'column', 'subcolumn', 'content', 'method', 'frequency', 'units'] as const satisfies readonly ServerTableField[];
export type TableField = ServerTableField;

/** The admin's names for the server's views. */
export type DutyRecord = DutyView;
export type RegisterPerson = RegisterPersonView;
export type PasswordStatus = PasswordStatusView;

export interface AssignmentFilters {
  channel?: number;
  unit?: number;
  method?: GuaranteeMethod;
  frequency?: FrequencyKind;
  due?: DueFilter;
  q?: string;
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

/** An import answered: the report (also for a file with problems), or a message when there is none. */
export type ImportOutcome = { report: ImportReport; message?: string } | { report: null; message: string };

export type ExportFormat = 'xlsx' | 'csv';
export type ExportHeaders = 'zh' | 'en';

export interface DutyFilters {
  unit?: number;
  duty?: Duty;
  user?: number;
}

export interface DutyInput {
  duty: Duty;
  unitId: number | null;
  /** The person's admin account; null for a person without one (then `name`). */
  userId: number | null;
  name?: string | null;
  title?: string | null;
  mobile?: string | null;
  email?: string | null;
  note?: string | null;
}

/** Account changes (一人一账号) in the duty change log. */
export const ACCOUNT_ACTIONS = ['account-created', 'account-disabled', 'account-enabled', 'account-deleted', 'password-changed'] as const satisfies readonly DutyChangeAction[];
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];
