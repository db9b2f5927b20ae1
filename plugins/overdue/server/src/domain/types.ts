/**
 * Inputs of the overdue rules. The JSON types they share with the responsibility plugin (frequency
 * rules, categories, unit kinds, labels) are the kit's (@content-assurance/kit/shared), the one
 * declaration the three plugins compile against. Everything that needs the responsibility plugin's
 * logic (deadlines, the working-day calendar, rule labels) comes in through the `Deadlines` interface,
 * which the service implements by calling that plugin's service. Pure: no Strapi, no I/O, no clock.
 */

import type { ColumnCategory, FrequencyRule, Label, ReplyWithinRule, UnitKind } from '@content-assurance/kit/shared';

// ---------------------------------------------------------------- shared with the responsibility plugin (the kit)

export {
  CATEGORY_LABELS,
  COLUMN_CATEGORIES,
  UNIT_KINDS,
  type AsNeededRule,
  type ColumnCategory,
  type DatedRule,
  type DayOfMonth,
  type EveryRule,
  type FixedDatesRule,
  type FrequencyRule,
  type Label,
  type MonthDay,
  type MonthlyByDayRule,
  type PeriodUnit,
  type ReplyUnit,
  type ReplyWithinRule,
  type UnitKind,
  type UnspecifiedRule,
} from '@content-assurance/kit/shared';

// ---------------------------------------------------------------- channels

/** 留言 channels, as in the inquiry content type. */
export const INQUIRY_CHANNELS = ['consultation', 'petition', 'enterprise-complaint', 'error-report', 'disclosure-request', 'survey'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export const INQUIRY_CHANNEL_LABELS: Readonly<Record<InquiryChannel, Label>> = {
  consultation: { zh: '网上咨询', en: 'consultation' },
  petition: { zh: '信访', en: 'petition' },
  'enterprise-complaint': { zh: '企业投诉', en: 'enterprise complaint' },
  'error-report': { zh: '我为政府网站找错', en: 'error report' },
  'disclosure-request': { zh: '依申请公开', en: 'disclosure request' },
  survey: { zh: '调查征集', en: 'survey' },
};

// ---------------------------------------------------------------- scan input

/** Strapi's numeric row id. */
export type EntityId = number;

export interface ColumnInput {
  id: EntityId;
  /** Strapi 5 documentId, for the admin link. */
  documentId: string;
  name: string;
  /** Names from the channel down to this column (whether the column's own name ends it or not). */
  path: string[];
  /** The parent column, null for a channel (一级栏目). Used to roll publications up a branch. */
  parentId: EntityId | null;
  category: ColumnCategory;
  /** Shown on the homepage (首页栏目): the homepage veto item looks at these. */
  isHomepage: boolean;
  /** A channel (频道, top-level column). */
  isChannel: boolean;
  /** Has child columns: a container, not a list page of its own. */
  hasChildren: boolean;
  /** Opened and not closed at the time of the scan. */
  active: boolean;
  openedAt: Date | null;
  /** The effective responsible units (own assignment or inherited). */
  unitIds: EntityId[];
  /** The effective frequency rules (own or inherited); reply-within rules set inquiry deadlines. */
  rules: FrequencyRule[];
  /** The latest publication of an item in this column itself. */
  lastPublishedAt: Date | null;
  /** Items ever published in this column itself. */
  publishedCount: number;
}

export interface UnitInput {
  id: EntityId;
  documentId?: string;
  name: string;
  kind: UnitKind;
}

/** The inquiry content type's statuses; other strings are accepted and compared as given. */
export type InquiryStatus = 'received' | 'assigned' | 'replied' | 'closed' | 'invalid' | (string & {});

export interface InquiryInput {
  id: EntityId;
  documentId: string;
  subject: string;
  channel: InquiryChannel;
  receivedAt: Date;
  assignedUnitId: EntityId | null;
  columnId: EntityId | null;
  /** The first PUBLISHED reply (先审后发: a reply under review is no answer yet). */
  repliedAt: Date | null;
  status: InquiryStatus;
}

export interface PolicyDocumentInput {
  articleId: EntityId;
  articleDocumentId: string;
  title: string;
  columnId: EntityId | null;
  /** The drafting unit: 谁起草、谁解读. */
  unitId: EntityId;
  publishedAt: Date;
  /** The first published interpretation. */
  interpretationPublishedAt: Date | null;
  /** The article's needsInterpretation flag; absent means true. */
  needsInterpretation?: boolean;
}

/** Items published in a month that the unit submitted. Several rows for one unit and month add up. */
export interface MonthlyCountInput {
  unitId: EntityId;
  /** YYYY-MM on the Asia/Shanghai calendar. */
  month: string;
  count: number;
}

export interface ScanInput {
  columns: ColumnInput[];
  units: UnitInput[];
  inquiries: InquiryInput[];
  policyDocuments: PolicyDocumentInput[];
  monthlyCounts: MonthlyCountInput[];
}

// ---------------------------------------------------------------- what the service provides

/**
 * Deadline arithmetic of the responsibility plugin, injected so the rules stay pure. The service
 * implements it with that plugin's `nextDueAt`, `replyDueAt`, `describeFrequency` and its
 * chinese-days working-day calendar; tests build it from an explicit holiday list.
 */
export interface Deadlines {
  /**
   * When the next update is due after a publication at `lastPublishedAt` (end of the Beijing day for
   * day-based rules); null for 随时/blank. With a null anchor an `every` rule is due `now` and a dated
   * rule at its last date that has passed.
   */
  nextDueAt(rule: FrequencyRule, lastPublishedAt: Date | null, now: Date): Date | null;
  /** When a reply to an inquiry received at `receivedAt` is due. */
  replyDueAt(rule: ReplyWithinRule, receivedAt: Date): Date;
  /** The end of the n-th working day after the Beijing date of `from` (that day never counts). */
  addWorkingDays(from: Date, n: number): Date;
  /** Whether the Beijing date of the instant is a working day (调休 included). */
  isWorkingDay(instant: Date): boolean;
  /** A short label of a rule: 每2周 / every 2 weeks. */
  describeRule(rule: FrequencyRule): Label;
}
