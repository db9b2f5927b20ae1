import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { describeFrequency, followsCategoryLimit, isFrequencyRule, parseFrequency, readNumber, type FrequencyRule } from './frequency';

const ruleOf = (text: string): FrequencyRule => {
  const result = parseFrequency(text);
  if (!result.ok) throw new Error(result.error.en);
  return result.rule;
};

describe('parseFrequency: every cell of the real responsibility table', () => {
  it.each<[string, FrequencyRule]>([
    ['每日', { kind: 'every', unit: 'day', count: 1 }],
    ['每周', { kind: 'every', unit: 'week', count: 1 }],
    ['两周', { kind: 'every', unit: 'week', count: 2 }],
    ['每月', { kind: 'every', unit: 'month', count: 1 }],
    ['季度', { kind: 'every', unit: 'month', count: 3 }],
    ['每季度', { kind: 'every', unit: 'month', count: 3 }],
    ['每年', { kind: 'every', unit: 'year', count: 1 }],
    ['每五年', { kind: 'every', unit: 'year', count: 5 }],
    ['随时', { kind: 'as-needed' }],
    ['随时更新', { kind: 'as-needed' }],
    ['每年1月31日前', { kind: 'fixed-dates', dates: [{ month: 1, day: 31 }] }],
    ['每年1月31日、3月31日前', { kind: 'fixed-dates', dates: [{ month: 1, day: 31 }, { month: 3, day: 31 }] }],
    ['每年7月30日前更新，并将信息发布时间调整为当年日期', { kind: 'fixed-dates', dates: [{ month: 7, day: 30 }] }],
    ['7月底前更新', { kind: 'fixed-dates', dates: [{ month: 7, day: 'last' }] }],
    ['五日内回复', { kind: 'reply-within', unit: 'working-day', count: 5 }],
    ['15日内', { kind: 'reply-within', unit: 'working-day', count: 15 }],
    ['', { kind: 'unspecified' }],
  ])('%p', (text, expected) => {
    expect(parseFrequency(text)).toEqual(expect.objectContaining({ ok: true, rule: expected, text }));
  });

  it('keeps the clause after the rule as a remark', () => {
    const result = parseFrequency('每年7月30日前更新，并将信息发布时间调整为当年日期');
    expect(result).toEqual(expect.objectContaining({ ok: true, remark: '并将信息发布时间调整为当年日期' }));
    expect(parseFrequency('每周')).not.toHaveProperty('remark');
  });

  it('reads the 保障时限 column of database/seed/responsibility-table.csv without an error', () => {
    const csv = readFileSync(join(__dirname, '../../../../../database/seed/responsibility-table.csv'), 'utf8');
    const records: Record<string, string>[] = parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true });
    const cells = [...new Set(records.map((record) => record.frequency ?? ''))];
    expect(cells.length).toBeGreaterThanOrEqual(15);
    expect(cells.map((cell) => parseFrequency(cell)).filter((result) => !result.ok)).toEqual([]);
  });
});

describe('parseFrequency: the neighbours', () => {
  it.each<[string, FrequencyRule]>([
    ['每半年', { kind: 'every', unit: 'month', count: 6 }],
    ['半年', { kind: 'every', unit: 'month', count: 6 }],
    ['每两周', { kind: 'every', unit: 'week', count: 2 }],
    ['每天', { kind: 'every', unit: 'day', count: 1 }],
    ['每星期', { kind: 'every', unit: 'week', count: 1 }],
    ['每旬', { kind: 'every', unit: 'day', count: 10 }],
    ['每3个月', { kind: 'every', unit: 'month', count: 3 }],
    ['每个月', { kind: 'every', unit: 'month', count: 1 }],
    ['3个月', { kind: 'every', unit: 'month', count: 3 }],
    ['每两季度', { kind: 'every', unit: 'month', count: 6 }],
    ['年度', { kind: 'every', unit: 'year', count: 1 }],
    ['每周更新一次', { kind: 'every', unit: 'week', count: 1 }],
    ['不定期', { kind: 'as-needed' }],
    ['3个工作日内', { kind: 'reply-within', unit: 'working-day', count: 3 }],
    ['5个工作日内答复', { kind: 'reply-within', unit: 'working-day', count: 5 }],
    ['7个工作日内', { kind: 'reply-within', unit: 'working-day', count: 7 }],
    ['10个工作日内办结', { kind: 'reply-within', unit: 'working-day', count: 10 }],
    ['48小时内', { kind: 'reply-within', unit: 'hour', count: 48 }],
    ['24小时以内回复', { kind: 'reply-within', unit: 'hour', count: 24 }],
    ['15个自然日内', { kind: 'reply-within', unit: 'day', count: 15 }],
    ['每月4日前', { kind: 'monthly-by-day', days: [4] }],
    ['每月底前', { kind: 'monthly-by-day', days: ['last'] }],
    ['每月20日、5号前', { kind: 'monthly-by-day', days: [5, 20] }],
    ['3月31日前', { kind: 'fixed-dates', dates: [{ month: 3, day: 31 }] }],
    ['每年2月29日前', { kind: 'fixed-dates', dates: [{ month: 2, day: 29 }] }],
    ['每年3月31日，1月31日前', { kind: 'fixed-dates', dates: [{ month: 1, day: 31 }, { month: 3, day: 31 }] }],
    ['每年一月三十一日之前', { kind: 'fixed-dates', dates: [{ month: 1, day: 31 }] }],
    ['每年12月末前发布', { kind: 'fixed-dates', dates: [{ month: 12, day: 'last' }] }],
  ])('%p', (text, expected) => {
    expect(ruleOf(text)).toEqual(expected);
  });

  it('reads a bare 日 as calendar days when told to', () => {
    expect(parseFrequency('15日内', { bareDayUnit: 'day' })).toEqual(
      expect.objectContaining({ ok: true, rule: { kind: 'reply-within', unit: 'day', count: 15 } }),
    );
    expect(parseFrequency('3个工作日内', { bareDayUnit: 'day' })).toEqual(
      expect.objectContaining({ ok: true, rule: { kind: 'reply-within', unit: 'working-day', count: 3 } }),
    );
  });
});

describe('parseFrequency: numerals, spacing and punctuation', () => {
  it.each<[string, number | undefined]>([
    ['一', 1], ['两', 2], ['二', 2], ['九', 9], ['十', 10], ['十五', 15], ['二十', 20], ['三十', 30], ['三十一', 31], ['九十九', 99],
    ['15', 15], ['048', 48],
    ['十十', undefined], ['一二', undefined], ['两十', undefined], ['百', undefined], ['几', undefined], ['', undefined],
  ])('readNumber(%p) = %p', (token, value) => {
    expect(readNumber(token)).toBe(value);
  });

  it.each<[string, FrequencyRule]>([
    ['每十五天', { kind: 'every', unit: 'day', count: 15 }],
    ['二十个工作日内', { kind: 'reply-within', unit: 'working-day', count: 20 }],
    ['每三十天', { kind: 'every', unit: 'day', count: 30 }],
    ['１５日内', { kind: 'reply-within', unit: 'working-day', count: 15 }],
    ['每３个月', { kind: 'every', unit: 'month', count: 3 }],
    ['  每 周  ', { kind: 'every', unit: 'week', count: 1 }],
    ['每年１月３１日，３月３１日前', { kind: 'fixed-dates', dates: [{ month: 1, day: 31 }, { month: 3, day: 31 }] }],
    ['五 日 内\t回复', { kind: 'reply-within', unit: 'working-day', count: 5 }],
    ['\u3000', { kind: 'unspecified' }],
  ])('%p', (text, expected) => {
    expect(ruleOf(text)).toEqual(expected);
  });
});

describe('parseFrequency: what it must refuse', () => {
  it.each(['每隔几天', '13月1日前', '2月30日前', '每0天', '0个工作日内', '随便', '每年的某个时候', 'abc', '每周一', '每十十天', '4月31日前', '每月32日前', '每1000天', '更新', '15日', '3月'])(
    '%p, quoting it in Chinese and English',
    (text) => {
      const result = parseFrequency(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error['zh-Hans']).toContain(`“${text}”`);
      expect(result.error.en).toContain(`"${text}"`);
      expect(result.error['zh-Hans']).not.toMatch(/[a-z]{4,} [a-z]{3,}/); // one language per text
      expect(result.text).toBe(text);
    },
  );

  it('says what is wrong', () => {
    expect(parseFrequency('每隔几天')).toEqual({ ok: false, text: '每隔几天', error: { 'zh-Hans': '无法识别的保障时限“每隔几天”', en: 'Unreadable frequency "每隔几天"' } });
    expect(parseFrequency('2月30日前')).toEqual(expect.objectContaining({ error: expect.objectContaining({ 'zh-Hans': expect.stringContaining('日期不存在：2月30日') }) }));
    expect(parseFrequency('每0天')).toEqual(expect.objectContaining({ error: expect.objectContaining({ 'zh-Hans': expect.stringContaining('1至999的整数') }) }));
  });

  it('refuses a cell that states two rules', () => {
    expect(parseFrequency('每周，每月')).toEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ 'zh-Hans': expect.stringContaining('不止一条时限') }) }));
  });
});

describe('rules as stored and shown', () => {
  const samples = [
    '每日', '每周', '两周', '每月', '季度', '每半年', '每年', '每五年', '每旬', '每3个月', '每十五天',
    '随时', '每年1月31日、3月31日前', '7月底前更新', '每月4日前', '每月底前', '五日内回复', '15个自然日内', '48小时内', '1个工作日内',
  ];

  it.each(samples)('%p survives JSON and is recognised when read back', (text) => {
    const rule = ruleOf(text);
    const stored: unknown = JSON.parse(JSON.stringify(rule));
    expect(stored).toEqual(rule);
    expect(isFrequencyRule(stored)).toBe(true);
  });

  it.each(samples)('the Chinese label of %p reads back as the same rule', (text) => {
    const rule = ruleOf(text);
    expect(ruleOf(describeFrequency(rule).zh)).toEqual(rule);
  });

  it.each<[string, string, string]>([
    ['每日', '每日', 'daily'],
    ['两周', '每2周', 'every 2 weeks'],
    ['季度', '每季度', 'quarterly'],
    ['每半年', '每半年', 'every six months'],
    ['每五年', '每5年', 'every 5 years'],
    ['每4个月', '每4个月', 'every 4 months'],
    ['每年1月31日、3月31日前', '每年1月31日、3月31日前', 'every year by 31 January and 31 March'],
    ['7月底前更新', '每年7月底前', 'every year by the end of July'],
    ['每月4日前', '每月4日前', 'every month by the 4th'],
    ['每月底前', '每月底前', 'every month by the last day'],
    ['每旬', '每旬', 'every 10 days'],
    ['15个自然日内', '15个自然日内', 'within 15 calendar days'],
    ['每月1日、2日、3日、22日前', '每月1日、2日、3日、22日前', 'every month by the 1st, 2nd, 3rd and 22nd'],
    ['随时', '随时', 'as needed'],
    ['', '未规定', 'not specified'],
    ['五日内回复', '5个工作日内', 'within 5 working days'],
    ['1个工作日内', '1个工作日内', 'within 1 working day'],
    ['48小时内', '48小时内', 'within 48 hours'],
  ])('describes %p as %p / %p', (text, zh, en) => {
    expect(describeFrequency(ruleOf(text))).toEqual({ zh, en });
  });

  it('rejects malformed stored values', () => {
    expect(isFrequencyRule(null)).toBe(false);
    expect(isFrequencyRule({ kind: 'every', unit: 'fortnight', count: 1 })).toBe(false);
    expect(isFrequencyRule({ kind: 'every', unit: 'week', count: 0 })).toBe(false);
    expect(isFrequencyRule({ kind: 'fixed-dates', dates: [{ month: 2, day: 30 }] })).toBe(false);
    expect(isFrequencyRule({ kind: 'fixed-dates', dates: [] })).toBe(false);
    expect(isFrequencyRule({ kind: 'monthly-by-day', days: [0] })).toBe(false);
    expect(isFrequencyRule({ kind: 'sometimes' })).toBe(false);
  });

  it('tells which rules defer to the national limit of the column category', () => {
    expect(followsCategoryLimit(ruleOf('随时'))).toBe(true);
    expect(followsCategoryLimit(ruleOf(''))).toBe(true);
    expect(followsCategoryLimit(ruleOf('每周'))).toBe(false);
    expect(followsCategoryLimit(ruleOf('五日内回复'))).toBe(false);
  });
});

describe('the module family stays pure', () => {
  it.each(['calendar.ts', 'frequency.ts', 'deadline.ts'])('%s imports no Strapi and reads no clock', (file) => {
    const source = readFileSync(join(__dirname, file), 'utf8');
    expect(source).not.toContain('@strapi');
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)/);
    expect(source).not.toMatch(/from 'node:|require\(/);
  });
});
