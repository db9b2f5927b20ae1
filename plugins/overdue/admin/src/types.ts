/**
 * Types of the admin pages. What the server answers is typed once, in ../../shared/contracts.ts (the
 * server's controllers answer with those types, the Dates arriving here as ISO strings); what is only
 * the admin's — queries, the views the pages make of the answers — is here.
 */
import type { DeliveryResult, Finding, NotificationStatus, ReplyUnit, VetoRisk } from '../../shared/contracts';

export * from '../../shared/contracts';

/** The kinds of finding, in the order the pages list them (the server's list). */
export { FINDING_KINDS } from '../../server/src/domain/finding';

// ---------------------------------------------------------------- findings

/** The findings about a column; the fields of some kinds only are optional here. */
export type ColumnFinding = Extract<Finding, { columnDocumentId: string }> & { lastPublishedAt?: string | null; daysLeft?: number };
/** The findings about an inquiry; the fields of one kind only are optional here. */
export type InquiryFinding = Extract<Finding, { inquiryId: number }> & {
  deadline?: { unit: ReplyUnit; count: number };
  deadlineSource?: 'channel' | 'column';
  months?: number;
};
export type InterpretationMissingFinding = Extract<Finding, { kind: 'interpretation-missing' }>;
export type QuotaShortfallFinding = Extract<Finding, { kind: 'quota-shortfall' }>;

export const isColumnFinding = (finding: Finding): finding is ColumnFinding => 'columnDocumentId' in finding;
export const isInquiryFinding = (finding: Finding): finding is InquiryFinding => finding.kind === 'inquiry-overdue' || finding.kind === 'inquiry-stale';

// ---------------------------------------------------------------- veto risk (单项否决)

export type VetoItem = VetoRisk['items'][number];
export type HomepageVeto = VetoRisk['homepage'];

// ---------------------------------------------------------------- run

/** A finished run as the result view shows it. */
export interface RunResult {
  ran: true;
  runId: number;
  /** How many findings the scan made. */
  findings: number;
  /** New rows in the outbox (a rerun on the same day adds none). */
  queued: number;
  delivery: DeliveryResult;
  vetoRisk: VetoRisk;
}

// ---------------------------------------------------------------- notification log

export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'retrying', 'failed'] as const satisfies readonly NotificationStatus[];

export const isNotificationStatus = (value: unknown): value is NotificationStatus =>
  typeof value === 'string' && (NOTIFICATION_STATUSES as readonly string[]).includes(value);

export interface NotificationQuery {
  status?: NotificationStatus;
  /** YYYY-MM-DD */
  day?: string;
  page: number;
  pageSize: number;
}

// ---------------------------------------------------------------- units (responsibility plugin)

export interface Unit {
  id: number;
  name: string;
  kind?: string;
}
