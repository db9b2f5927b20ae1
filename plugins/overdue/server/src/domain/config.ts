import { DEFAULT_DUE_SOON_DAYS, type PeriodLimit } from '@content-assurance/kit/shared';

import {
  COLUMN_CATEGORIES,
  INQUIRY_CHANNELS,
  UNIT_KINDS,
  type ColumnCategory,
  type InquiryChannel,
  type PeriodUnit,
  type ReplyUnit,
  type UnitKind,
} from './types';

/**
 * Settings of the overdue rules (plugin config `overdue`). Every number comes from the seeds or
 * the national indicators (国办秘函〔2019〕19号); the source is noted on each default.
 */

/** A length of time on the calendar: 2 weeks, 6 months (the kit's, as the column-due engine reads it). */
export type { PeriodLimit } from '@content-assurance/kit/shared';

/** How soon an inquiry must be answered: 5 working days, 15 days, 48 hours. */
export interface ReplyDeadline {
  unit: ReplyUnit;
  count: number;
}

export interface QuotaConfig {
  /** Items a unit of this kind must submit per month (001 item 2); a kind absent has no quota. */
  perKind: Partial<Record<UnitKind, number>>;
  /**
   * A month's shortfall is reported as overdue on days 1…reportUntilDay of the next month (0: never).
   * From the month's last working day to its end it is reported as due soon.
   */
  reportUntilDay: number;
}

export interface VetoConfig {
  /** Item (1): 动态/要闻 columns not updated in this long. */
  newsStale: PeriodLimit;
  /** Item (1): 通知公告/政策文件 columns not updated in this long. */
  noticePolicyStale: PeriodLimit;
  /** Item (1) vetoes at this many columns (5 or more). */
  newsNoticeLimit: number;
  /** Item (2) vetoes at this many columns that should be updated and have not been for long (10). */
  longStaleLimit: number;
  /** Item (2): a column overdue on its own rule counts once it is this many days late. */
  longOverdueDays: number;
  /** Item (3) vetoes at this many blank columns (5). */
  blankLimit: number;
  /** The interaction item vetoes at this many inquiries unanswered too long (1). */
  inquiryLimit: number;
  /** …unanswered for more than this many months (3)… */
  inquiryUnansweredMonths: number;
  /** …received within this many months before the check (12). */
  inquiryLookbackMonths: number;
  /** Channels that are 政务咨询类 messages for the interaction item. */
  inquiryChannels: InquiryChannel[];
  /** The homepage vetoes when none of its columns was updated in this long (2 weeks). */
  homepageStale: PeriodLimit;
}

export interface OverdueConfig {
  /**
   * column-due-soon: at most this many days (24 h each) before a column's deadline. Not a setting of
   * this plugin: the scan fills it in from the responsibility plugin's `dueSoonDays`, the one setting
   * the table page, the dashboard and the scan share.
   */
  dueSoonDays: number;
  /** topic-stale: a 专题专栏 with no update for this many consecutive days (003 art. 21: 7). */
  topicStaleDays: number;
  /** column-blank: reported once this many days have passed after the day the column opened. */
  blankGraceDays: number;
  /** category-stale: the limit of a 随时 / blank-frequency column, by category. */
  categoryLimits: Partial<Record<ColumnCategory, PeriodLimit>>;
  /** inquiry-overdue: the reply deadline of each channel; null: none. */
  inquiryDeadlines: Record<InquiryChannel, ReplyDeadline | null>;
  /** inquiry-stale: unanswered for more than this many months. */
  inquiryStaleMonths: number;
  /** inquiry-stale applies to these channels. */
  inquiryStaleChannels: InquiryChannel[];
  /** Inquiries in these statuses are no valid message and are never reported. */
  ignoredInquiryStatuses: string[];
  /** interpretation-missing: working days after the policy document (000 三: 同步发布). */
  interpretationWorkingDays: number;
  /** interpretation-missing: documents published longer ago than this many days are left alone; null: all. */
  interpretationLookbackDays: number | null;
  quota: QuotaConfig;
  /** A finding open longer than this many days escalates to the principal leader and the site administrator. */
  escalateAfterDays: number;
  veto: VetoConfig;
}

const ALL_INQUIRY_CHANNELS: InquiryChannel[] = [...INQUIRY_CHANNELS];

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** The defaults, frozen all the way down (validateConfig returns fresh copies). */
export const DEFAULT_CONFIG: Readonly<OverdueConfig> = deepFreeze({
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
  topicStaleDays: 7,
  blankGraceDays: 0,
  categoryLimits: {
    // National indicators: 动态要闻 2 weeks, 通知公告/政策文件 6 months; local rule: 人事/规划计划 1 year;
    // 003 art. 28: interactive columns not updated for over 3 months are reported.
    news: { unit: 'week', count: 2 },
    notice: { unit: 'month', count: 6 },
    policy: { unit: 'month', count: 6 },
    'personnel-plan': { unit: 'year', count: 1 },
    interaction: { unit: 'month', count: 3 },
  },
  inquiryDeadlines: {
    consultation: { unit: 'working-day', count: 5 }, // 000 四, 003 art. 28
    petition: { unit: 'working-day', count: 7 }, // local rule for complaints
    'enterprise-complaint': { unit: 'working-day', count: 7 }, // local rule for complaints
    'error-report': { unit: 'working-day', count: 3 }, // 002 art. 27
    // 000 attachment 1 says 15日内; read, like the responsibility parser reads a bare 日, as working days
    // (the 2007 条例 art. 24; the 2019 条例 allows 20 working days, so this is the stricter local duty).
    'disclosure-request': { unit: 'working-day', count: 15 },
    survey: null,
  },
  inquiryStaleMonths: 3,
  inquiryStaleChannels: ALL_INQUIRY_CHANNELS,
  ignoredInquiryStatuses: ['invalid'],
  interpretationWorkingDays: 3,
  interpretationLookbackDays: 365,
  quota: {
    perKind: { county: 20, district: 20, 'municipal-department': 5 }, // 001 item 2
    reportUntilDay: 5,
  },
  escalateAfterDays: 3,
  veto: {
    newsStale: { unit: 'week', count: 2 },
    noticePolicyStale: { unit: 'month', count: 6 },
    newsNoticeLimit: 5,
    longStaleLimit: 10,
    longOverdueDays: 30,
    blankLimit: 5,
    inquiryLimit: 1,
    inquiryUnansweredMonths: 3,
    inquiryLookbackMonths: 12,
    inquiryChannels: ['consultation', 'petition', 'enterprise-complaint'],
    homepageStale: { unit: 'week', count: 2 },
  },
} satisfies OverdueConfig);

// ---------------------------------------------------------------- validation

/** Thrown by validateConfig; `errors` lists every problem, each starting with its path. */
export class OverdueConfigError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`Invalid overdue plugin config / 逾期提醒插件配置有误:\n- ${errors.join('\n- ')}`);
    this.name = 'OverdueConfigError';
    this.errors = errors;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

class Reader {
  readonly errors: string[] = [];

  fail(path: string, expected: string, got: unknown): void {
    this.errors.push(`${path}: must be ${expected} (got ${show(got)})`);
  }

  /** Complains about keys the config does not know (typos). */
  known(path: string, value: Record<string, unknown>, keys: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.errors.push(`${path ? `${path}.` : ''}${key}: unknown setting (known: ${keys.join(', ')})`);
    }
  }

  integer(path: string, value: unknown, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `a whole number from ${min} to ${max}`, value);
      return fallback;
    }
    return value;
  }

  nullableInteger(path: string, value: unknown, fallback: number | null, min: number, max: number): number | null {
    if (value === null) return null;
    if (value === undefined) return fallback;
    return this.integer(path, value, fallback ?? min, min, max);
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `one of ${allowed.join(', ')}`, value);
    return undefined;
  }

  list<T extends string>(path: string, value: unknown, fallback: T[], allowed: readonly T[]): T[] {
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value)) {
      this.fail(path, `a list of ${allowed.join(', ')}`, value);
      return [...fallback];
    }
    const out: T[] = [];
    value.forEach((item, index) => {
      const read = this.oneOf(`${path}[${index}]`, item, allowed);
      if (read !== undefined && !out.includes(read)) out.push(read);
    });
    return out;
  }

  strings(path: string, value: unknown, fallback: string[]): string[] {
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.length === 0)) {
      this.fail(path, 'a list of non-empty strings', value);
      return [...fallback];
    }
    return [...new Set(value as string[])];
  }

  record(path: string, value: unknown): Record<string, unknown> | undefined {
    if (value === undefined) return undefined;
    if (!isRecord(value)) {
      this.fail(path, 'an object', value);
      return undefined;
    }
    return value;
  }

  unitCount<U extends string>(path: string, value: unknown, fallback: { unit: U; count: number }, units: readonly U[]): { unit: U; count: number } {
    if (value === undefined) return { ...fallback };
    if (!isRecord(value)) {
      this.fail(path, `{ unit: ${units.join(' | ')}, count: 1–999 }`, value);
      return { ...fallback };
    }
    this.known(path, value, ['unit', 'count']);
    const unit = this.oneOf(`${path}.unit`, value.unit, units);
    const count = this.integer(`${path}.count`, value.count, fallback.count, 1, 999);
    return { unit: unit ?? fallback.unit, count };
  }
}

const PERIOD_UNITS: readonly PeriodUnit[] = ['day', 'week', 'month', 'year'];
const REPLY_UNITS: readonly ReplyUnit[] = ['working-day', 'day', 'hour'];

const TOP_KEYS = [
  'topicStaleDays',
  'blankGraceDays',
  'categoryLimits',
  'inquiryDeadlines',
  'inquiryStaleMonths',
  'inquiryStaleChannels',
  'ignoredInquiryStatuses',
  'interpretationWorkingDays',
  'interpretationLookbackDays',
  'quota',
  'escalateAfterDays',
  'veto',
] as const satisfies readonly (keyof OverdueConfig)[];

const VETO_KEYS = [
  'newsStale',
  'noticePolicyStale',
  'newsNoticeLimit',
  'longStaleLimit',
  'longOverdueDays',
  'blankLimit',
  'inquiryLimit',
  'inquiryUnansweredMonths',
  'inquiryLookbackMonths',
  'inquiryChannels',
  'homepageStale',
] as const satisfies readonly (keyof VetoConfig)[];

const readVeto = (r: Reader, value: unknown): VetoConfig => {
  const d = DEFAULT_CONFIG.veto;
  const v = r.record('veto', value) ?? {};
  r.known('veto', v, VETO_KEYS);
  return {
    newsStale: r.unitCount('veto.newsStale', v.newsStale, d.newsStale, PERIOD_UNITS),
    noticePolicyStale: r.unitCount('veto.noticePolicyStale', v.noticePolicyStale, d.noticePolicyStale, PERIOD_UNITS),
    newsNoticeLimit: r.integer('veto.newsNoticeLimit', v.newsNoticeLimit, d.newsNoticeLimit, 1, 10_000),
    longStaleLimit: r.integer('veto.longStaleLimit', v.longStaleLimit, d.longStaleLimit, 1, 10_000),
    longOverdueDays: r.integer('veto.longOverdueDays', v.longOverdueDays, d.longOverdueDays, 0, 3650),
    blankLimit: r.integer('veto.blankLimit', v.blankLimit, d.blankLimit, 1, 10_000),
    inquiryLimit: r.integer('veto.inquiryLimit', v.inquiryLimit, d.inquiryLimit, 1, 10_000),
    inquiryUnansweredMonths: r.integer('veto.inquiryUnansweredMonths', v.inquiryUnansweredMonths, d.inquiryUnansweredMonths, 1, 120),
    inquiryLookbackMonths: r.integer('veto.inquiryLookbackMonths', v.inquiryLookbackMonths, d.inquiryLookbackMonths, 1, 120),
    inquiryChannels: r.list('veto.inquiryChannels', v.inquiryChannels, d.inquiryChannels, INQUIRY_CHANNELS),
    homepageStale: r.unitCount('veto.homepageStale', v.homepageStale, d.homepageStale, PERIOD_UNITS),
  };
};

const readCategoryLimits = (r: Reader, value: unknown): Partial<Record<ColumnCategory, PeriodLimit>> => {
  const out: Partial<Record<ColumnCategory, PeriodLimit>> = {};
  for (const category of COLUMN_CATEGORIES) {
    const limit = DEFAULT_CONFIG.categoryLimits[category];
    if (limit) out[category] = { ...limit };
  }
  const given = r.record('categoryLimits', value);
  if (!given) return out;
  r.known('categoryLimits', given, COLUMN_CATEGORIES);
  for (const category of COLUMN_CATEGORIES) {
    const item = given[category];
    if (item === undefined) continue;
    if (item === null) delete out[category];
    else out[category] = r.unitCount(`categoryLimits.${category}`, item, out[category] ?? { unit: 'month', count: 1 }, PERIOD_UNITS);
  }
  return out;
};

const readInquiryDeadlines = (r: Reader, value: unknown): Record<InquiryChannel, ReplyDeadline | null> => {
  const defaults = DEFAULT_CONFIG.inquiryDeadlines;
  const given = r.record('inquiryDeadlines', value) ?? {};
  r.known('inquiryDeadlines', given, INQUIRY_CHANNELS);
  const read = (channel: InquiryChannel): ReplyDeadline | null => {
    const item = given[channel];
    const fallback = defaults[channel];
    if (item === null) return null;
    if (item === undefined) return fallback ? { ...fallback } : null;
    return r.unitCount(`inquiryDeadlines.${channel}`, item, fallback ?? { unit: 'working-day', count: 5 }, REPLY_UNITS);
  };
  return {
    consultation: read('consultation'),
    petition: read('petition'),
    'enterprise-complaint': read('enterprise-complaint'),
    'error-report': read('error-report'),
    'disclosure-request': read('disclosure-request'),
    survey: read('survey'),
  };
};

const readQuota = (r: Reader, value: unknown): QuotaConfig => {
  const d = DEFAULT_CONFIG.quota;
  const q = r.record('quota', value) ?? {};
  r.known('quota', q, ['perKind', 'reportUntilDay']);
  const perKind: Partial<Record<UnitKind, number>> = { ...d.perKind };
  const given = r.record('quota.perKind', q.perKind);
  if (given) {
    r.known('quota.perKind', given, UNIT_KINDS);
    for (const kind of UNIT_KINDS) {
      const item = given[kind];
      if (item === undefined) continue;
      if (item === null) delete perKind[kind];
      else perKind[kind] = r.integer(`quota.perKind.${kind}`, item, perKind[kind] ?? 1, 1, 10_000);
    }
  }
  return { perKind, reportUntilDay: r.integer('quota.reportUntilDay', q.reportUntilDay, d.reportUntilDay, 0, 15) };
};

/** Every problem of a (partial) config, as readable messages; empty when it is valid. */
export const configErrors = (value: unknown): string[] => read(value).errors;

const read = (value: unknown): { config: OverdueConfig; errors: string[] } => {
  const r = new Reader();
  const d = DEFAULT_CONFIG;
  let c: Record<string, unknown> = {};
  if (value !== undefined && value !== null) {
    if (isRecord(value)) c = value;
    else r.fail('(config)', 'an object', value);
  }
  r.known('', c, TOP_KEYS);
  const config: OverdueConfig = {
    dueSoonDays: d.dueSoonDays,
    topicStaleDays: r.integer('topicStaleDays', c.topicStaleDays, d.topicStaleDays, 1, 365),
    blankGraceDays: r.integer('blankGraceDays', c.blankGraceDays, d.blankGraceDays, 0, 365),
    categoryLimits: readCategoryLimits(r, c.categoryLimits),
    inquiryDeadlines: readInquiryDeadlines(r, c.inquiryDeadlines),
    inquiryStaleMonths: r.integer('inquiryStaleMonths', c.inquiryStaleMonths, d.inquiryStaleMonths, 1, 120),
    inquiryStaleChannels: r.list('inquiryStaleChannels', c.inquiryStaleChannels, d.inquiryStaleChannels, INQUIRY_CHANNELS),
    ignoredInquiryStatuses: r.strings('ignoredInquiryStatuses', c.ignoredInquiryStatuses, d.ignoredInquiryStatuses),
    interpretationWorkingDays: r.integer('interpretationWorkingDays', c.interpretationWorkingDays, d.interpretationWorkingDays, 0, 60),
    interpretationLookbackDays: r.nullableInteger('interpretationLookbackDays', c.interpretationLookbackDays, d.interpretationLookbackDays, 1, 36_500),
    quota: readQuota(r, c.quota),
    escalateAfterDays: r.integer('escalateAfterDays', c.escalateAfterDays, d.escalateAfterDays, 0, 365),
    veto: readVeto(r, c.veto),
  };
  return { config, errors: r.errors };
};

/**
 * Reads a plugin config: a partial object (each missing setting, nested ones included, takes its
 * default; `null` removes a category limit, a channel's deadline or a unit kind's quota) or
 * undefined/null (all defaults). Throws OverdueConfigError listing every problem, with its path.
 */
export const validateConfig = (value: unknown): OverdueConfig => {
  const { config, errors } = read(value);
  if (errors.length > 0) throw new OverdueConfigError(errors);
  return config;
};
