/**
 * Inputs of the overdue rules, and the JSON types they share with the responsibility plugin.
 *
 * A plugin compiles with its own rootDir and cannot import another plugin's sources, so the few
 * JSON shapes the rules need are re-declared here. They MIRROR the responsibility plugin's
 * `server/src/domain/frequency.ts` (FrequencyRule) and `categories.ts` (ColumnCategory): keep them
 * in step. Everything that needs the responsibility plugin's logic (deadlines, the working-day
 * calendar, rule labels) comes in through the `Deadlines` interface, which the service implements
 * by calling that plugin's service. Pure: no Strapi, no I/O, no clock.
 */

// ---------------------------------------------------------------- labels

/** A text in Chinese (shown to users) and English (logs, admin in English). */
export interface Label {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------- FrequencyRule (mirrored)

/** Mirrors responsibility `PeriodUnit`. 季度 is 3 months, 半年 6 months, 旬 10 days. */
export type PeriodUnit = 'day' | 'week' | 'month' | 'year';
/** Mirrors responsibility `DayOfMonth`: a day 1–31, or 'last' (月底). */
export type DayOfMonth = number | 'last';
/** Mirrors responsibility `MonthDay`. */
export interface MonthDay {
  month: number;
  day: DayOfMonth;
}
/** Mirrors responsibility `ReplyUnit`: 工作日, 自然日, 小时. */
export type ReplyUnit = 'working-day' | 'day' | 'hour';

/** 每周, 每月, 季度 …: again one period after the last publication. */
export interface EveryRule {
  kind: 'every';
  unit: PeriodUnit;
  count: number;
}
/** 每年1月31日前, 7月底前: by these dates each year. */
export interface FixedDatesRule {
  kind: 'fixed-dates';
  dates: MonthDay[];
}
/** 每月4日前: by these days each month. */
export interface MonthlyByDayRule {
  kind: 'monthly-by-day';
  days: DayOfMonth[];
}
/** 随时: the national limit of the column's category applies. */
export interface AsNeededRule {
  kind: 'as-needed';
}
/** A blank 保障时限 cell: judged like 随时. */
export interface UnspecifiedRule {
  kind: 'unspecified';
}
/** 五日内回复, 15日内: a reply deadline for inquiries, not an update cadence. */
export interface ReplyWithinRule {
  kind: 'reply-within';
  unit: ReplyUnit;
  count: number;
}

/** Mirrors responsibility `FrequencyRule`, the JSON stored on an assignment. */
export type FrequencyRule = EveryRule | FixedDatesRule | MonthlyByDayRule | AsNeededRule | UnspecifiedRule | ReplyWithinRule;
/** Rules with dated deadlines: missing one is a `fixed-date-missed` finding. */
export type DatedRule = FixedDatesRule | MonthlyByDayRule;

// ---------------------------------------------------------------- categories, units, channels

/** Mirrors responsibility `COLUMN_CATEGORIES` (国办秘函〔2019〕19号 column classes). */
export const COLUMN_CATEGORIES = ['news', 'notice', 'policy', 'personnel-plan', 'interaction', 'topic', 'profile', 'other'] as const;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];

/** Mirrors responsibility `CATEGORY_LABELS`. */
export const CATEGORY_LABELS: Readonly<Record<ColumnCategory, Label>> = {
  news: { zh: '动态要闻', en: 'news' },
  notice: { zh: '通知公告', en: 'notices' },
  policy: { zh: '政策文件', en: 'policy' },
  'personnel-plan': { zh: '人事/规划计划', en: 'personnel and plans' },
  interaction: { zh: '互动交流', en: 'interaction' },
  topic: { zh: '专题专栏', en: 'topics' },
  profile: { zh: '概况类', en: 'profile' },
  other: { zh: '其他', en: 'other' },
};

/** 保障单位 kinds, as in the unit content type. */
export const UNIT_KINDS = ['county', 'district', 'municipal-department', 'stationed-unit', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

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
