/**
 * The vocabulary the three plugins share (and the admin shows): labels, unit duties (附件3 备案表),
 * frequency rules (保障时限), column categories and unit kinds. The responsibility plugin owns what
 * they mean (reading rules from the table, deadlines); review and overdue use them as typed here.
 * Pure: no Strapi, no I/O, no clock.
 */

// ---------------------------------------------------------------- labels

/** A text in Chinese (shown to users) and English (logs, admin in English). */
export interface Label {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------- duties

/**
 * The duties of the unit register (附件3 备案表): 责任领导 (the leader in charge of information work,
 * 分管负责人), 信息员, the reviewers, the principal leader; one entry per person and duty.
 */
export const DUTIES = [
  'information-officer', // 信息员
  'section-reviewer', // 科室审核
  'confidentiality-reviewer', // 保密审核
  'leader-in-charge', // 分管负责人
  'principal-leader', // 主要负责人
  'site-administrator', // 网站管理员 (whole site, no unit)
] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_LABELS: Readonly<Record<Duty, Label>> = {
  'information-officer': { zh: '信息员', en: 'information officer' },
  'section-reviewer': { zh: '科室审核', en: 'section reviewer' },
  'confidentiality-reviewer': { zh: '保密审核', en: 'confidentiality reviewer' },
  'leader-in-charge': { zh: '分管负责人', en: 'leader in charge' },
  'principal-leader': { zh: '主要负责人', en: 'principal leader' },
  'site-administrator': { zh: '网站管理员', en: 'site administrator' },
};

export const isDuty = (value: unknown): value is Duty => typeof value === 'string' && (DUTIES as readonly string[]).includes(value);

// ---------------------------------------------------------------- frequency rules (保障时限)

/** Unit of a repeating cadence. 季度 is 3 months, 半年 6 months, 旬 10 days. */
export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** A day of a month; 'last' is 底/末, the last day of whatever month it is. */
export type DayOfMonth = number | 'last';

/** A yearly date: month 1–12 and a day that exists in that month (2月29日 allowed). */
export interface MonthDay {
  month: number;
  day: DayOfMonth;
}

/** Unit of a reply deadline: 工作日, 自然日 (calendar days) or 小时. */
export type ReplyUnit = 'working-day' | 'day' | 'hour';

/** 每日, 每两周, 每月, 季度, 每半年, 每五年: again one period after the last publication. */
export interface EveryRule {
  kind: 'every';
  unit: PeriodUnit;
  count: number;
}

/** 每年1月31日、3月31日前, 7月底前更新: by these dates each year. Sorted, no repeats. */
export interface FixedDatesRule {
  kind: 'fixed-dates';
  dates: MonthDay[];
}

/** 每月4日前, 每月底前: by these days each month. Sorted (numbers, then 'last'), no repeats. */
export interface MonthlyByDayRule {
  kind: 'monthly-by-day';
  days: DayOfMonth[];
}

/** 随时 (更新): whenever there is something to publish; the national limit of the column's category applies. */
export interface AsNeededRule {
  kind: 'as-needed';
}

/**
 * A blank 保障时限 cell. Kept apart from 随时: 随时 is a stated duty, a blank is a gap in the table
 * that someone should fill. Deadlines treat both alike (the category's national limit applies), but a
 * separate kind makes every consumer decide (the compiler checks the switch) and lets the admin list
 * the rows still without a time limit.
 */
export interface UnspecifiedRule {
  kind: 'unspecified';
}

/** 五日内回复, 15日内, 3个工作日内, 48小时内: an answer is due this long after receipt. */
export interface ReplyWithinRule {
  kind: 'reply-within';
  unit: ReplyUnit;
  count: number;
}

/** The JSON stored on an assignment. */
export type FrequencyRule = EveryRule | FixedDatesRule | MonthlyByDayRule | AsNeededRule | UnspecifiedRule | ReplyWithinRule;
/** Rules with dated deadlines. */
export type DatedRule = FixedDatesRule | MonthlyByDayRule;

// ---------------------------------------------------------------- column categories

/** Column categories the national inspection indicators judge by (国办秘函〔2019〕19号). */
export const COLUMN_CATEGORIES = ['news', 'notice', 'policy', 'personnel-plan', 'interaction', 'topic', 'profile', 'other'] as const;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];

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

export const isColumnCategory = (value: unknown): value is ColumnCategory =>
  typeof value === 'string' && (COLUMN_CATEGORIES as readonly string[]).includes(value);

// ---------------------------------------------------------------- units

/** 保障单位 kinds, as in the unit content type (src/api/unit). */
export const UNIT_KINDS = ['county', 'district', 'municipal-department', 'stationed-unit', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit group of the table (市直各部门, 各县（区）…): its members by kind and by name. */
export interface UnitGroupDefinition {
  name: string;
  memberKinds: UnitKind[];
  memberNames?: string[];
  aliases: string[];
  description?: string;
}

// ---------------------------------------------------------------- people

/** A person's real name as Chinese writes it (family name first), else their email. */
export const personName = (user: { email: string; firstname?: string | null; lastname?: string | null }): string =>
  [user.lastname, user.firstname].filter(Boolean).join('') || user.email;
