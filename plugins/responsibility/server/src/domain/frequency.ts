import { daysInMonth } from '@content-assurance/kit/shared';
import type { AsNeededRule, DayOfMonth, EveryRule, FrequencyRule, Messages, MonthDay, PeriodUnit, ReplyUnit, ReplyWithinRule, UnspecifiedRule } from '@content-assurance/kit/shared';

/**
 * 保障时限: how often a column must be updated, or how soon an inquiry must be answered, as the
 * responsibility table writes it in free Chinese text (每周, 季度, 每年1月31日前, 五日内回复 …),
 * read into a typed rule that is stored in a JSON column. Pure: no Strapi, no I/O, no clock.
 */

/** The rule types are the kit's (shared with review, overdue and the admin). */
export type {
  AsNeededRule,
  DayOfMonth,
  EveryRule,
  FixedDatesRule,
  FrequencyRule,
  MonthDay,
  MonthlyByDayRule,
  PeriodUnit,
  ReplyUnit,
  ReplyWithinRule,
  UnspecifiedRule,
} from '@content-assurance/kit/shared';

export type ParseResult =
  | {
      ok: true;
      rule: FrequencyRule;
      /** The cell as given. */
      text: string;
      /** A clause after the rule that is not itself a rule, e.g. 并将信息发布时间调整为当年日期. */
      remark?: string;
    }
  | { ok: false; error: Messages; text: string };

export interface ParseOptions {
  /**
   * What a bare 日/天 means in a reply deadline (五日内回复, 15日内). Default 'working-day': the
   * table abbreviates obligations written in working days — the municipal notice's 5个工作日内答复
   * for inquiries, and the 15个工作日 of the 2007 政府信息公开条例 (art. 24) for disclosure requests
   * (the 2019 revision, art. 33, made it 20 working days). 自然日/日历日 always mean calendar days
   * and 工作日 always working days, whatever this says.
   */
  bareDayUnit?: 'working-day' | 'day';
}

/** Counts above this are typing errors, not cadences. */
export const MAX_COUNT = 999;

// ---------------------------------------------------------------- numbers

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * An Arabic (after NFKC, full-width １５ too) or Chinese numeral up to 99:
 * 五, 两, 十, 十五, 二十, 三十一. Undefined for anything else (十十, 一二, 百).
 */
export const readNumber = (token: string): number | undefined => {
  if (/^\d+$/.test(token)) return Number(token);
  if (token.length === 1 && token in CHINESE_DIGITS) return CHINESE_DIGITS[token];
  const match = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(token);
  if (!match) return undefined;
  return (match[1] ? CHINESE_DIGITS[match[1]] : 1) * 10 + (match[2] ? CHINESE_DIGITS[match[2]] : 0);
};

// ---------------------------------------------------------------- grammar

const NUM = '(\\d+|[零〇一二两三四五六七八九十]+)';
const BY = '(?:前|之前|以前)';
const WITHIN = '(?:内|以内|之内)';
const LIST_SEPARATOR = '[、,和及与]';
const DAY_ITEM = `(?:${NUM}[日号]|底|末)`;
const MONTH_DAY_ITEM = `(?:${NUM}月份?(?:${NUM}[日号]|底|末)${BY}?)`;

const AS_NEEDED = /^(?:随时|不定期|按需)$/;
const REPLY = new RegExp(`^${NUM}个?(工作日|自然日|日历日|日|天|小时|钟头)${WITHIN}$`);
const MONTHLY = new RegExp(`^每个?月(?:的)?(${DAY_ITEM}${BY}?(?:${LIST_SEPARATOR}${DAY_ITEM}${BY}?)*)$`);
const FIXED = new RegExp(`^(?:每年度?(?:的)?)?(${MONTH_DAY_ITEM}(?:${LIST_SEPARATOR}${MONTH_DAY_ITEM})*)$`);
const EVERY = new RegExp(`^每${NUM}?个?(日|天|周|星期|礼拜|旬|月|季度?|年度?)$`);
/** Without 每 a number is needed, and the unit must not read as a date (3月 is March, 15日 the 15th). */
const EVERY_BARE = new RegExp(`^${NUM}个?(周|星期|礼拜|个月|季度|年)$`);
const EVERY_HALF = /^每?半(年度?)$/;
const CADENCE_NOUN = /^(日|周|旬|月|季|年)度$/;

const TRAILING_WORDS = /(?:更新|发布|回复|答复|办结|办理|公开|完成|上传|报送|一次|1次)$/;
const CLAUSE_SEPARATOR = /[,;。]/;

const PERIODS: Readonly<Record<string, { unit: PeriodUnit; count: number }>> = {
  日: { unit: 'day', count: 1 },
  天: { unit: 'day', count: 1 },
  周: { unit: 'week', count: 1 },
  星期: { unit: 'week', count: 1 },
  礼拜: { unit: 'week', count: 1 },
  旬: { unit: 'day', count: 10 },
  月: { unit: 'month', count: 1 },
  个月: { unit: 'month', count: 1 },
  季: { unit: 'month', count: 3 },
  季度: { unit: 'month', count: 3 },
  半年: { unit: 'month', count: 6 },
  年: { unit: 'year', count: 1 },
};

// ---------------------------------------------------------------- errors

const unreadable = (text: string): Messages => ({ 'zh-Hans': `无法识别的保障时限“${text}”`, en: `Unreadable frequency "${text}"` });
const badCount = (text: string): Messages => ({
  'zh-Hans': `保障时限“${text}”中的数量须为1至${MAX_COUNT}的整数`,
  en: `Frequency "${text}": the count must be a whole number from 1 to ${MAX_COUNT}`,
});
const badDate = (text: string, zh: string, en: string): Messages => ({
  'zh-Hans': `保障时限“${text}”中的日期不存在：${zh}`,
  en: `Frequency "${text}" names a date that does not exist: ${en}`,
});
const twoRules = (text: string): Messages => ({ 'zh-Hans': `保障时限“${text}”含有不止一条时限`, en: `Frequency "${text}" states more than one rule` });

/** A clause's reading: a rule, an error to report, or "not a rule at all" (undefined). */
type ClauseReading = { rule: FrequencyRule } | { error: (text: string) => Messages } | undefined;

// ---------------------------------------------------------------- clause readers

const normalize = (text: string): string =>
  text.normalize('NFKC').replace(/[\s\u200b\u200c\u200d\ufeff]+/g, '');

const stripTrailingWords = (clause: string): string => {
  let rest = clause;
  while (TRAILING_WORDS.test(rest)) rest = rest.replace(TRAILING_WORDS, '');
  return rest;
};

/** A count of 1–MAX_COUNT times the multiplier, or the error to report. A missing number is 1. */
const readCount = (token: string | undefined, multiplier = 1): number | { error: (text: string) => Messages } => {
  const n = token === undefined ? 1 : readNumber(token);
  if (n === undefined) return { error: unreadable };
  return n >= 1 && n <= MAX_COUNT ? n * multiplier : { error: badCount };
};

const every = (token: string | undefined, period: { unit: PeriodUnit; count: number }): ClauseReading => {
  const count = readCount(token, period.count);
  return typeof count === 'number' ? { rule: { kind: 'every', unit: period.unit, count } } : count;
};

const readEvery = (clause: string): ClauseReading => {
  const half = EVERY_HALF.exec(clause);
  if (half) return every(undefined, PERIODS['半年']);
  const noun = CADENCE_NOUN.exec(clause);
  if (noun) return every(undefined, PERIODS[noun[1]]);
  const match = EVERY.exec(clause) ?? EVERY_BARE.exec(clause);
  if (!match) return undefined;
  return every(match[1], PERIODS[match[2].replace(/度$/, '')] ?? PERIODS[match[2]]);
};

const readReply = (clause: string, options: Required<ParseOptions>): ClauseReading => {
  const match = REPLY.exec(clause);
  if (!match) return undefined;
  const count = readCount(match[1]);
  if (typeof count !== 'number') return count;
  const word = match[2];
  const unit: ReplyUnit =
    word === '工作日' ? 'working-day' : word === '小时' || word === '钟头' ? 'hour' : word === '日' || word === '天' ? options.bareDayUnit : 'day';
  return { rule: { kind: 'reply-within', unit, count } };
};

/** 4日 / 4号 / 底 / 末 → a day of month, or undefined if not 1–31. */
const readDayOfMonth = (item: string): DayOfMonth | undefined => {
  if (/^(?:底|末)/.test(item)) return 'last';
  const n = readNumber(item.replace(/[日号].*$/, ''));
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
};

const compareDays = (a: DayOfMonth, b: DayOfMonth): number => (a === 'last' ? 32 : a) - (b === 'last' ? 32 : b);

const readMonthly = (clause: string): ClauseReading => {
  const match = MONTHLY.exec(clause);
  if (!match) return undefined;
  const days: DayOfMonth[] = [];
  for (const item of match[1].split(new RegExp(LIST_SEPARATOR))) {
    const day = readDayOfMonth(item);
    if (day === undefined) return { error: (text) => badDate(text, `每月${item}`, `day "${item}" of a month`) };
    if (!days.includes(day)) days.push(day);
  }
  return { rule: { kind: 'monthly-by-day', days: days.sort(compareDays) } };
};

const readFixedDates = (clause: string): ClauseReading => {
  const match = FIXED.exec(clause);
  if (!match) return undefined;
  const dates: MonthDay[] = [];
  for (const item of match[1].split(new RegExp(LIST_SEPARATOR))) {
    const [monthToken, dayPart] = item.split(/月份?/);
    const month = readNumber(monthToken);
    const day = readDayOfMonth(dayPart);
    // 2月29日 exists in leap years, so the leap year 2024 decides which days exist.
    const exists = month !== undefined && month >= 1 && month <= 12 && day !== undefined && (day === 'last' || day <= daysInMonth(2024, month));
    if (!exists || month === undefined || day === undefined) {
      const shown = item.replace(new RegExp(`${BY}$`), '');
      return { error: (text) => badDate(text, shown, `"${shown}"`) };
    }
    if (!dates.some((d) => d.month === month && d.day === day)) dates.push({ month, day });
  }
  dates.sort((a, b) => a.month - b.month || compareDays(a.day, b.day));
  return { rule: { kind: 'fixed-dates', dates } };
};

const readClause = (clause: string, options: Required<ParseOptions>): ClauseReading => {
  const core = stripTrailingWords(clause);
  if (!core) return undefined;
  if (AS_NEEDED.test(core)) return { rule: { kind: 'as-needed' } };
  return readReply(core, options) ?? readMonthly(core) ?? readFixedDates(core) ?? readEvery(core);
};

// ---------------------------------------------------------------- parse

/**
 * Read a 保障时限 cell. Whitespace and full-width forms are ignored; trailing verbs (更新, 发布,
 * 回复, 答复, 办结 …) are dropped; a clause after a comma that is not itself a rule (并将信息发布时间
 * 调整为当年日期) is kept as `remark`. A blank cell is `{ kind: 'unspecified' }`.
 */
export const parseFrequency = (text: string, options: ParseOptions = {}): ParseResult => {
  const resolved: Required<ParseOptions> = { bareDayUnit: options.bareDayUnit ?? 'working-day' };
  const shown = text.trim();
  const normalized = normalize(text);
  if (!normalized) return { ok: true, rule: { kind: 'unspecified' }, text };

  const clauses = normalized.split(CLAUSE_SEPARATOR);
  // The longest leading run of clauses that reads as one rule (1月31日，3月31日前 is one rule).
  for (let take = clauses.length; take >= 1; take -= 1) {
    const reading = readClause(clauses.slice(0, take).join(','), resolved);
    if (!reading) continue;
    if ('error' in reading) return { ok: false, error: reading.error(shown), text };
    const rest = clauses.slice(take).filter((clause) => clause.length > 0);
    if (rest.some((clause) => readClause(clause, resolved) !== undefined)) return { ok: false, error: twoRules(shown), text };
    const remark = rest.join('，');
    return remark ? { ok: true, rule: reading.rule, text, remark } : { ok: true, rule: reading.rule, text };
  }
  return { ok: false, error: unreadable(shown), text };
};

/**
 * True when the rule sets no cadence of its own (随时, blank): the national time limit of the
 * column's category applies instead — deciding that limit is the caller's job.
 */
export const followsCategoryLimit = (rule: FrequencyRule): rule is AsNeededRule | UnspecifiedRule =>
  rule.kind === 'as-needed' || rule.kind === 'unspecified';

// ---------------------------------------------------------------- JSON check

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_COUNT * 12;
const isDayOfMonth = (value: unknown): value is DayOfMonth =>
  value === 'last' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 31);

/** Whether a value read back from the JSON column is a well-formed rule. */
export const isFrequencyRule = (value: unknown): value is FrequencyRule => {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'every':
      return ['day', 'week', 'month', 'year'].includes(value.unit as string) && isCount(value.count);
    case 'reply-within':
      return ['working-day', 'day', 'hour'].includes(value.unit as string) && isCount(value.count);
    case 'monthly-by-day':
      return Array.isArray(value.days) && value.days.length > 0 && value.days.every(isDayOfMonth);
    case 'fixed-dates':
      return (
        Array.isArray(value.dates) &&
        value.dates.length > 0 &&
        value.dates.every(
          (d: unknown) =>
            isRecord(d) &&
            typeof d.month === 'number' &&
            Number.isInteger(d.month) &&
            d.month >= 1 &&
            d.month <= 12 &&
            isDayOfMonth(d.day) &&
            (d.day === 'last' || d.day <= daysInMonth(2024, d.month)),
        )
      );
    case 'as-needed':
    case 'unspecified':
      return true;
    default:
      return false;
  }
};

// ---------------------------------------------------------------- labels

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

const describeEvery = ({ unit, count }: EveryRule): { zh: string; en: string } => {
  if (unit === 'month' && count === 3) return { zh: '每季度', en: 'quarterly' };
  if (unit === 'month' && count === 6) return { zh: '每半年', en: 'every six months' };
  if (unit === 'day' && count === 10) return { zh: '每旬', en: 'every 10 days' };
  const names: Record<PeriodUnit, { zh: string; zhMany: string; once: string; en: string }> = {
    day: { zh: '日', zhMany: '日', once: 'daily', en: 'days' },
    week: { zh: '周', zhMany: '周', once: 'weekly', en: 'weeks' },
    month: { zh: '月', zhMany: '个月', once: 'monthly', en: 'months' },
    year: { zh: '年', zhMany: '年', once: 'yearly', en: 'years' },
  };
  const name = names[unit];
  return count === 1 ? { zh: `每${name.zh}`, en: name.once } : { zh: `每${count}${name.zhMany}`, en: `every ${count} ${name.en}` };
};

const dayZh = (day: DayOfMonth): string => (day === 'last' ? '底' : `${day}日`);
const monthDayZh = ({ month, day }: MonthDay): string => `${month}月${dayZh(day)}`;
const monthDayEn = ({ month, day }: MonthDay): string =>
  day === 'last' ? `the end of ${MONTHS_EN[month - 1]}` : `${day} ${MONTHS_EN[month - 1]}`;
const dayEn = (day: DayOfMonth): string => (day === 'last' ? 'last day' : ordinal(day));
const joinEn = (items: string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** A short label of a rule for the admin, exports and emails: 每2周 / every 2 weeks. */
export const describeFrequency = (rule: FrequencyRule): { zh: string; en: string } => {
  switch (rule.kind) {
    case 'every':
      return describeEvery(rule);
    case 'fixed-dates':
      return { zh: `每年${rule.dates.map(monthDayZh).join('、')}前`, en: `every year by ${joinEn(rule.dates.map(monthDayEn))}` };
    case 'monthly-by-day':
      return { zh: `每月${rule.days.map(dayZh).join('、')}前`, en: `every month by the ${joinEn(rule.days.map(dayEn))}` };
    case 'as-needed':
      return { zh: '随时', en: 'as needed' };
    case 'unspecified':
      return { zh: '未规定', en: 'not specified' };
    case 'reply-within': {
      const unit = { 'working-day': ['个工作日', 'working days', 'working day'], day: ['个自然日', 'calendar days', 'calendar day'], hour: ['小时', 'hours', 'hour'] }[rule.unit];
      return { zh: `${rule.count}${unit[0]}内`, en: `within ${rule.count} ${rule.count === 1 ? unit[2] : unit[1]}` };
    }
  }
};
