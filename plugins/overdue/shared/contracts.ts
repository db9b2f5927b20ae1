/**
 * The overdue plugin's admin API (routes under /overdue/…): what each route answers. One copy for both
 * ends: the server's controllers declare their answers with the `…Body` types (`satisfies`), built from
 * the server's domain types; the admin reads the same answers as they travel (`Wire<…>`: Dates become
 * ISO strings). Types only; the admin bundle erases them.
 */
import type { DigestRow as DomainDigestRow } from '../server/src/domain/digest';
import type { Finding as DomainFinding, FindingKind, Severity } from '../server/src/domain/finding';
import type { InquiryChannel, Label, ReplyUnit } from '../server/src/domain/types';
import type { VetoItemKey, VetoRisk as DomainVetoRisk } from '../server/src/domain/veto';
import type { NotificationStatus, StoredNotification } from '../server/src/repositories/outbox';
import type { RunProgress, RunStatus, ScanRunRecord } from '../server/src/repositories/runs';

export type { FindingKind, InquiryChannel, NotificationStatus, ReplyUnit, RunProgress, RunStatus, Severity, VetoItemKey };

/** A value as it travels in JSON: every Date an ISO 8601 string. */
export type Wire<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends readonly (infer U)[]
      ? readonly Wire<U>[]
      : T extends object
        ? { [K in keyof T]: Wire<T[K]> }
        : T;

/** A label in both languages. */
export type Bilingual = Label;

// ---------------------------------------------------------------- GET /findings, POST /preview

/** One day of the findings history: how many findings of a kind the day's scan made. */
export interface HistoryPoint {
  /** YYYY-MM-DD, the scan's Beijing day. */
  day: string;
  kind: string;
  count: number;
}

/** GET /findings: what a scan would find now, the veto risk, the history and the last runs. */
export interface FindingsOverviewBody {
  findings: DomainFinding[];
  vetoRisk: DomainVetoRisk;
  counts: Partial<Record<FindingKind, number>>;
  kinds: Readonly<Record<FindingKind, Label>>;
  history: HistoryPoint[];
  runs: ScanRunRecord[];
}

/** One email a scan would send: to whom, for which unit, its rows. */
export interface PreviewEmailBody {
  recipientEmail: string;
  role: string;
  unitName: string | null;
  rows: (DomainDigestRow & { escalated?: boolean })[];
}

/** POST /preview: the findings and the emails that would go; nothing written, nothing sent. */
export interface PreviewBody {
  findings: DomainFinding[];
  vetoRisk: DomainVetoRisk;
  counts: Partial<Record<FindingKind, number>>;
  emails: PreviewEmailBody[];
}

// ---------------------------------------------------------------- POST /run, GET /runs/:id

/** What a finished run delivered. */
export interface DeliveryResult {
  digests: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** A scan run as the page follows it: queued → running (scanning) → sending (n of m digests) → done | failed. */
export interface ScanRunView {
  id: number;
  status: RunStatus;
  trigger: string;
  scanDay: string | null;
  startedAt: string;
  finishedAt: string | null;
  findings: number;
  queued: number;
  counts: Record<string, number> | null;
  progress: RunProgress | null;
  delivery: DeliveryResult | null;
  error: string | null;
}

/** POST /run (202), GET /runs/:id; a 409 of POST /run names the running run in `error.details.run`. */
export interface RunAnswer {
  run: ScanRunView;
}

// ---------------------------------------------------------------- GET /notifications

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** GET /notifications: the notification log, newest first. */
export interface NotificationPageBody {
  results: StoredNotification[];
  pagination: Pagination;
}

// ---------------------------------------------------------------- the answers as the admin reads them

export type Finding = Wire<DomainFinding>;
export type VetoRisk = Wire<DomainVetoRisk>;
export type DigestRow = Wire<PreviewEmailBody['rows'][number]>;
export type ScanRun = Wire<ScanRunRecord>;
export type FindingsOverview = Wire<FindingsOverviewBody>;
export type PreviewEmail = Wire<PreviewEmailBody>;
export type PreviewResult = Wire<PreviewBody>;
export type NotificationRecord = Wire<StoredNotification>;
export type NotificationPage = Wire<NotificationPageBody>;
