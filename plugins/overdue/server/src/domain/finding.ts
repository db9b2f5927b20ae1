import type { PeriodLimit, ReplyDeadline } from './config';
import type { ColumnCategory, DatedRule, EntityId, EveryRule, FrequencyRule, InquiryChannel, Label, UnitKind } from './types';

/**
 * What a scan finds: a discriminated union on `kind`. Every finding carries a stable `key`
 * (`<kind>:<subject id>:<deadline date or phase>`) that names the same problem on every run until
 * it is fixed or its deadline moves, for the open-findings table and the idempotent email outbox.
 */

export const SEVERITIES = ['overdue', 'due-soon', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

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

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, Label>> = {
  'column-overdue': { zh: '栏目逾期未更新', en: 'column overdue' },
  'column-due-soon': { zh: '栏目即将到期', en: 'column due soon' },
  'fixed-date-missed': { zh: '未按规定日期发布', en: 'fixed date missed' },
  'topic-stale': { zh: '专题专栏长期未更新', en: 'topic column stale' },
  'column-blank': { zh: '空白栏目', en: 'blank column' },
  'category-stale': { zh: '栏目超出国家时限未更新', en: 'column stale by national limit' },
  'inquiry-overdue': { zh: '留言超期未复', en: 'inquiry overdue' },
  'inquiry-stale': { zh: '留言超过3个月未复', en: 'inquiry unanswered for months' },
  'interpretation-missing': { zh: '政策文件未同步发布解读', en: 'policy interpretation missing' },
  'quota-shortfall': { zh: '月度信息报送不足', en: 'monthly quota shortfall' },
};

export const SEVERITY_LABELS: Readonly<Record<Severity, Label>> = {
  overdue: { zh: '已逾期', en: 'overdue' },
  'due-soon': { zh: '即将到期', en: 'due soon' },
  info: { zh: '提示', en: 'info' },
};

export interface FindingBase {
  kind: FindingKind;
  /** Stable across runs: the same problem has the same key until fixed or its deadline moves. */
  key: string;
  /** The responsible units; empty when nobody is (the site administrator's digest takes those). */
  unitIds: EntityId[];
  severity: Severity;
  /** The deadline that passed (or is close); null when it cannot be known (no opening date). */
  dueAt: Date | null;
  /** Whole days (24 h) since dueAt, ≥ 0; 0 when not yet due. */
  daysOverdue: number;
  /** Working days that have fully passed after the day of dueAt, ≥ 0. */
  workingDaysOverdue: number;
  /** The duty, for the digest: 每周, 5个工作日内, 每月不少于20条 … */
  ruleLabel: Label;
}

export interface ColumnRef {
  columnId: EntityId;
  columnDocumentId: string;
  columnName: string;
  /** Channel … column, the column's own name last. */
  columnPath: string[];
  category: ColumnCategory;
  /** When the column opened (null: not known). */
  openedAt: Date | null;
}

/** The column's own (or inherited) cadence passed with no new published item. */
export interface ColumnOverdueFinding extends FindingBase, ColumnRef {
  kind: 'column-overdue';
  rule: FrequencyRule;
  lastPublishedAt: Date | null;
}

/** A column's deadline is within config.dueSoonDays. */
export interface ColumnDueSoonFinding extends FindingBase, ColumnRef {
  kind: 'column-due-soon';
  /** The rule that sets the deadline: the column's own, or its category's limit as an every rule. */
  rule: FrequencyRule;
  ruleSource: 'own' | 'category';
  lastPublishedAt: Date | null;
  /** Whole days left before the deadline. */
  daysLeft: number;
}

/** A dated rule (每年1月31日前, 每月4日前) passed its date without a publication: 年报未按时发布. */
export interface FixedDateMissedFinding extends FindingBase, ColumnRef {
  kind: 'fixed-date-missed';
  rule: DatedRule;
  lastPublishedAt: Date | null;
}

/** A 专题专栏 (the topmost topic column of its branch) not updated for config.topicStaleDays. */
export interface TopicStaleFinding extends FindingBase, ColumnRef {
  kind: 'topic-stale';
  staleDays: number;
  /** The latest publication anywhere in the topic, sub-columns included. */
  lastPublishedAt: Date | null;
}

/** An active leaf column with nothing ever published. */
export interface ColumnBlankFinding extends FindingBase, ColumnRef {
  kind: 'column-blank';
}

/** A 随时 / blank-frequency column past its category's limit (动态要闻 2 weeks …). */
export interface CategoryStaleFinding extends FindingBase, ColumnRef {
  kind: 'category-stale';
  /** The column's own rule (随时 or blank), or null when it has no assignment at all. */
  ownRule: FrequencyRule | null;
  limit: PeriodLimit;
  lastPublishedAt: Date | null;
}

export interface InquiryRef {
  inquiryId: EntityId;
  inquiryDocumentId: string;
  subject: string;
  channel: InquiryChannel;
  receivedAt: Date;
  columnId: EntityId | null;
}

/** Unanswered past its channel's (or its column's) reply deadline. */
export interface InquiryOverdueFinding extends FindingBase, InquiryRef {
  kind: 'inquiry-overdue';
  deadline: ReplyDeadline;
  deadlineSource: 'channel' | 'column';
}

/** Unanswered for more than config.inquiryStaleMonths months (the national interaction veto). */
export interface InquiryStaleFinding extends FindingBase, InquiryRef {
  kind: 'inquiry-stale';
  months: number;
}

/** A published policy document without a published interpretation. */
export interface InterpretationMissingFinding extends FindingBase {
  kind: 'interpretation-missing';
  articleId: EntityId;
  articleDocumentId: string;
  title: string;
  columnId: EntityId | null;
  publishedAt: Date;
  workingDays: number;
}

/** A unit submitted fewer items in a month than its quota. */
export interface QuotaShortfallFinding extends FindingBase {
  kind: 'quota-shortfall';
  unitId: EntityId;
  unitDocumentId: string | null;
  unitName: string;
  unitKind: UnitKind;
  /** YYYY-MM */
  month: string;
  count: number;
  quota: number;
  shortfall: number;
  /** 'month-end': the month's last working day or after, still in it; 'after-month': the month is over. */
  phase: 'month-end' | 'after-month';
}

export type Finding =
  | ColumnOverdueFinding
  | ColumnDueSoonFinding
  | FixedDateMissedFinding
  | TopicStaleFinding
  | ColumnBlankFinding
  | CategoryStaleFinding
  | InquiryOverdueFinding
  | InquiryStaleFinding
  | InterpretationMissingFinding
  | QuotaShortfallFinding;

export type ColumnFinding = Extract<Finding, ColumnRef>;
export type InquiryFinding = InquiryOverdueFinding | InquiryStaleFinding;

export const isColumnFinding = (finding: Finding): finding is ColumnFinding => 'columnDocumentId' in finding;
export const isInquiryFinding = (finding: Finding): finding is InquiryFinding =>
  finding.kind === 'inquiry-overdue' || finding.kind === 'inquiry-stale';

// ---------------------------------------------------------------- small shared helpers

/** A calendar length as the every rule the responsibility plugin's nextDueAt understands. */
export const everyRule = (period: PeriodLimit): EveryRule => ({ kind: 'every', unit: period.unit, count: period.count });

const PERIOD_ZH: Record<PeriodLimit['unit'], string> = { day: '天', week: '周', month: '个月', year: '年' };
const PERIOD_EN: Record<PeriodLimit['unit'], string> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** 2周 / 2 weeks, 6个月 / 6 months. */
export const periodLabel = (period: PeriodLimit): Label => ({
  zh: `${period.count}${PERIOD_ZH[period.unit]}`,
  en: `${period.count} ${PERIOD_EN[period.unit]}${period.count === 1 ? '' : 's'}`,
});
