/**
 * Shapes of the overdue plugin's admin API (plugins/overdue/server/src/{controllers,services,domain}),
 * as the admin pages read them: the server's Dates arrive as ISO strings.
 */

/** A text in Chinese and English, as the server gives its labels. */
export interface Bilingual {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------- findings

export const FINDING_KINDS = [
  'column-overdue',
  'column-due-soon',
  'fixed-date-missed',
  'topic-stale',
  'column-blank',
  'category-stale',
  'inquiry-overdue',
  'inquiry-stale',
  'interpretation-missing',
  'quota-shortfall',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The kinds about a column (they carry the column's id, documentId, name and path). */
export const COLUMN_FINDING_KINDS = ['column-overdue', 'column-due-soon', 'fixed-date-missed', 'topic-stale', 'column-blank', 'category-stale'] as const;
export type ColumnFindingKind = (typeof COLUMN_FINDING_KINDS)[number];

export type Severity = 'overdue' | 'due-soon' | 'info';

export const INQUIRY_CHANNELS = ['consultation', 'petition', 'enterprise-complaint', 'error-report', 'disclosure-request', 'survey'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export type ReplyUnit = 'working-day' | 'day' | 'hour';

export interface FindingBase {
  kind: FindingKind;
  /** Stable across runs until the problem is fixed or its deadline moves. */
  key: string;
  /** The responsible units; empty when nobody is (the site administrators take those). */
  unitIds: number[];
  severity: Severity;
  /** The deadline that passed (or is close); null when it cannot be known. */
  dueAt: string | null;
  daysOverdue: number;
  workingDaysOverdue: number;
  /** The duty: 每周, 5个工作日内, 每月不少于20条 … */
  ruleLabel: Bilingual;
}

export interface ColumnFinding extends FindingBase {
  kind: ColumnFindingKind;
  columnId: number;
  columnDocumentId: string;
  columnName: string;
  /** Channel … column, the column's own name last. */
  columnPath: string[];
  category: string;
  /** The latest publication (not on column-blank findings). */
  lastPublishedAt?: string | null;
  /** column-due-soon: whole days left. */
  daysLeft?: number;
  /** column-blank: when the column opened. */
  openedAt?: string | null;
}

export interface InquiryFinding extends FindingBase {
  kind: 'inquiry-overdue' | 'inquiry-stale';
  inquiryId: number;
  inquiryDocumentId: string;
  subject: string;
  channel: InquiryChannel;
  receivedAt: string;
  columnId: number | null;
  /** inquiry-overdue: the reply deadline that passed. */
  deadline?: { unit: ReplyUnit; count: number };
  deadlineSource?: 'channel' | 'column';
  /** inquiry-stale: the months limit. */
  months?: number;
}

export interface InterpretationMissingFinding extends FindingBase {
  kind: 'interpretation-missing';
  articleId: number;
  articleDocumentId: string;
  title: string;
  columnId: number | null;
  publishedAt: string;
  workingDays: number;
}

export interface QuotaShortfallFinding extends FindingBase {
  kind: 'quota-shortfall';
  unitId: number;
  unitDocumentId: string | null;
  unitName: string;
  /** YYYY-MM */
  month: string;
  count: number;
  quota: number;
  shortfall: number;
  phase: 'month-end' | 'after-month';
}

export type Finding = ColumnFinding | InquiryFinding | InterpretationMissingFinding | QuotaShortfallFinding;

export const isColumnFinding = (finding: Finding): finding is ColumnFinding => (COLUMN_FINDING_KINDS as readonly string[]).includes(finding.kind);
export const isInquiryFinding = (finding: Finding): finding is InquiryFinding => finding.kind === 'inquiry-overdue' || finding.kind === 'inquiry-stale';

// ---------------------------------------------------------------- veto risk (单项否决)

export type VetoItemKey = 'news-notice-stale' | 'long-stale' | 'blank-columns' | 'unanswered-inquiries';

export interface VetoItem {
  key: VetoItemKey;
  label: Bilingual;
  count: number;
  limit: number;
  /** limit − count: how many more before the veto; ≤ 0 means vetoed. */
  margin: number;
  atRisk: boolean;
  idsOf?: 'column' | 'inquiry';
  ids?: number[];
  /** news-notice-stale only. */
  breakdown?: { news: number; noticePolicy: number };
}

export interface HomepageVeto {
  key: 'homepage-stale';
  label: Bilingual;
  /** False when no column is marked as a homepage column. */
  judged: boolean;
  atRisk: boolean;
  lastPublishedAt: string | null;
  staleAt: string | null;
  columnIds: number[];
}

export interface VetoRisk {
  evaluatedAt: string;
  items: VetoItem[];
  homepage: HomepageVeto;
  atRisk: boolean;
}

// ---------------------------------------------------------------- dashboard

export interface HistoryPoint {
  /** YYYY-MM-DD, the scan's Beijing day. */
  day: string;
  kind: string;
  count: number;
}

export type RunTrigger = 'cron' | 'manual' | 'startup';

export interface ScanRun {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  trigger: RunTrigger | string;
  /** running, done (or another status the server records). */
  status: string;
  scanDay?: string | null;
  findingsCount: number;
  emailsQueued: number;
  counts: Record<string, number> | null;
  error?: string | null;
}

export interface FindingsOverview {
  findings: Finding[];
  vetoRisk: VetoRisk;
  counts: Partial<Record<FindingKind, number>>;
  kinds: Record<string, Bilingual>;
  history: HistoryPoint[];
  runs: ScanRun[];
}

// ---------------------------------------------------------------- preview and run

/** One row of a digest email (server domain/digest.ts). */
export interface DigestRow {
  key: string;
  kind: FindingKind;
  kindLabel: Bilingual;
  severity: Severity;
  subjectType: 'column' | 'inquiry' | 'article' | 'unit';
  subjectId: number;
  subject: string;
  /** The duty, in Chinese. */
  rule: string;
  /** YYYY-MM-DD (Asia/Shanghai). */
  dueDate: string | null;
  daysOverdue: number;
  workingDaysOverdue: number;
  daysLeft: number | null;
  /** A short note in Chinese. */
  detail: string;
  /** /admin/content-manager/collection-types/… */
  link: string | null;
  /** Sent to the principal leader and the site administrators too. */
  escalated?: boolean;
}

export type RecipientRole = 'leader' | 'officer' | 'alert' | 'principal' | 'site-administrator';

export interface PreviewEmail {
  recipientEmail: string;
  role: RecipientRole | string;
  unitName: string | null;
  rows: DigestRow[];
}

export interface PreviewResult {
  findings: Finding[];
  vetoRisk: VetoRisk;
  counts: Partial<Record<FindingKind, number>>;
  emails: PreviewEmail[];
}

export interface DeliveryResult {
  digests: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** A scan run as the page follows it (GET /overdue/runs/:id). */
export interface ScanRunView {
  id: number;
  /** queued → running (scanning) → sending (n of m digests) → done | failed */
  status: 'queued' | 'running' | 'sending' | 'done' | 'failed';
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  findings: number;
  queued: number;
  progress: {
    digests: number;
    digestsDone: number;
    digestsSent: number;
    digestsRetrying: number;
    digestsFailed: number;
    sent: number;
    retrying: number;
    failed: number;
  } | null;
  delivery: DeliveryResult | null;
  error: string | null;
}

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

export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'retrying', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const isNotificationStatus = (value: unknown): value is NotificationStatus =>
  typeof value === 'string' && (NOTIFICATION_STATUSES as readonly string[]).includes(value);

export interface NotificationRecord {
  id: number;
  day: string;
  recipientEmail: string;
  recipientName: string | null;
  role: RecipientRole | string;
  unitId: number | null;
  unitName: string | null;
  findingKey: string;
  kind: FindingKind | string;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt?: string | null;
  /** The digest row the notification carries. */
  payload: Partial<DigestRow>;
}

export interface NotificationQuery {
  status?: NotificationStatus;
  /** YYYY-MM-DD */
  day?: string;
  page: number;
  pageSize: number;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface NotificationPage {
  results: NotificationRecord[];
  pagination: Pagination;
}

// ---------------------------------------------------------------- units (responsibility plugin)

export interface Unit {
  id: number;
  name: string;
  kind?: string;
}
