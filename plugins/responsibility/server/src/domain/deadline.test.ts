import chineseWorkingDayCalendar, { createWorkingDayCalendar } from './calendar';
import { nextDueAt, replyDueAt } from './deadline';
import { parseFrequency, type FrequencyRule, type ReplyWithinRule } from './frequency';

const at = (iso: string): Date => new Date(iso);
/** The end of a Beijing day, the instant every day-based deadline expires. */
const endOf = (day: string): Date => at(`${day}T23:59:59.999+08:00`);
const calendar = chineseWorkingDayCalendar;

/** The rule of a table cell; fails the test if the cell does not parse. */
const rule = (text: string): FrequencyRule => {
  const result = parseFrequency(text);
  if (!result.ok) throw new Error(result.error);
  return result.rule;
};
const replyRule = (text: string): ReplyWithinRule => {
  const parsed = rule(text);
  if (parsed.kind !== 'reply-within') throw new Error(`${text} is not a reply rule`);
  return parsed;
};

const NOW = at('2026-06-01T09:00:00+08:00');

describe('every: one period after the last publication, at the end of that Beijing day', () => {
  it('每日: the next day, by the Beijing date of the publication', () => {
    expect(nextDueAt(rule('每日'), at('2026-03-10T23:30:00+08:00'), NOW, calendar)).toEqual(endOf('2026-03-11'));
    // 16:30 UTC on 03-10 is already 00:30 on 03-11 in Beijing
    expect(nextDueAt(rule('每日'), at('2026-03-10T16:30:00Z'), NOW, calendar)).toEqual(endOf('2026-03-12'));
  });
  it('每周 and 两周 count calendar weeks, holidays included', () => {
    expect(nextDueAt(rule('每周'), at('2026-02-13T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-20'));
    expect(nextDueAt(rule('两周'), at('2026-02-10T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-24'));
  });
  it('每月 clamps to the end of a shorter month: 01-31 → 02-28, and 02-29 in a leap year', () => {
    expect(nextDueAt(rule('每月'), at('2026-01-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-28'));
    expect(nextDueAt(rule('每月'), at('2024-01-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2024-02-29'));
    expect(nextDueAt(rule('每月'), at('2026-03-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-04-30'));
    expect(nextDueAt(rule('每月'), at('2026-02-28T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-03-28'));
  });
  it('季度 is three calendar months, across the year end', () => {
    expect(nextDueAt(rule('季度'), at('2025-10-15T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-01-15'));
    expect(nextDueAt(rule('每季度'), at('2025-11-30T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-28'));
  });
  it('每半年, 每年 and 每五年', () => {
    expect(nextDueAt(rule('每半年'), at('2025-08-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-28'));
    expect(nextDueAt(rule('每年'), at('2024-02-29T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2025-02-28'));
    expect(nextDueAt(rule('每五年'), at('2021-06-01T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-06-01'));
  });
  it('never published: due now, so the column shows as overdue', () => {
    expect(nextDueAt(rule('每周'), null, NOW, calendar)).toEqual(NOW);
  });
});

describe('fixed dates: the year is the cycle, a publication counts for its own year', () => {
  it('每年1月31日前: met on 2026-01-20 → next due 2027-01-31', () => {
    expect(nextDueAt(rule('每年1月31日前'), at('2026-01-20T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2027-01-31'));
  });
  it('每年1月31日前: last published 2025-01-10 → 2026-01-31, missed and in the past', () => {
    const due = nextDueAt(rule('每年1月31日前'), at('2025-01-10T10:00:00+08:00'), NOW, calendar);
    expect(due).toEqual(endOf('2026-01-31'));
    expect(due!.getTime()).toBeLessThan(NOW.getTime());
  });
  it('a late publication is that year’s update: published 2026-02-05 → next due 2027-01-31', () => {
    expect(nextDueAt(rule('每年1月31日前'), at('2026-02-05T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2027-01-31'));
  });
  it('a publication in the last minute of the due day is on time', () => {
    expect(nextDueAt(rule('每年1月31日前'), at('2026-01-31T23:59:00+08:00'), NOW, calendar)).toEqual(endOf('2027-01-31'));
    expect(nextDueAt(rule('每年1月31日前'), at('2026-01-31T16:00:00Z'), NOW, calendar)).toEqual(endOf('2027-01-31')); // 02-01 00:00 Beijing, late
  });
  it('每年1月31日、3月31日前: each publication meets the next date of its year', () => {
    const twice = rule('每年1月31日、3月31日前');
    expect(nextDueAt(twice, at('2026-01-20T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-03-31'));
    expect(nextDueAt(twice, at('2026-02-10T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2027-01-31'));
    expect(nextDueAt(twice, at('2026-05-01T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2027-01-31'));
    expect(nextDueAt(twice, at('2025-12-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-01-31'));
  });
  it('每年7月30日前更新: updated late in August 2025 → due 2026-07-30', () => {
    expect(nextDueAt(rule('每年7月30日前更新，并将信息发布时间调整为当年日期'), at('2025-08-15T10:00:00+08:00'), NOW, calendar)).toEqual(
      endOf('2026-07-30'),
    );
  });
  it('7月底前更新: the last day of July', () => {
    expect(nextDueAt(rule('7月底前更新'), at('2025-07-15T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-07-31'));
    expect(nextDueAt(rule('7月底前更新'), at('2026-07-31T20:00:00+08:00'), NOW, calendar)).toEqual(endOf('2027-07-31'));
  });
  it('2月29日 falls on 02-28 in a common year', () => {
    expect(nextDueAt(rule('每年2月29日前'), at('2025-03-01T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-28'));
    expect(nextDueAt(rule('每年2月29日前'), at('2027-03-01T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2028-02-29'));
  });
  it('never published: due at the last date that has passed', () => {
    expect(nextDueAt(rule('每年1月31日前'), null, NOW, calendar)).toEqual(endOf('2026-01-31'));
    expect(nextDueAt(rule('每年1月31日前'), null, at('2026-01-31T12:00:00+08:00'), calendar)).toEqual(endOf('2025-01-31'));
    expect(nextDueAt(rule('每年1月31日前'), null, endOf('2026-01-31'), calendar)).toEqual(endOf('2026-01-31'));
    expect(nextDueAt(rule('每年1月31日、3月31日前'), null, NOW, calendar)).toEqual(endOf('2026-03-31'));
  });
  it('does not depend on now once something was published', () => {
    const published = at('2026-01-20T10:00:00+08:00');
    const r = rule('每年1月31日前');
    expect(nextDueAt(r, published, at('2026-01-21T00:00:00+08:00'), calendar)).toEqual(nextDueAt(r, published, at('2030-01-01T00:00:00+08:00'), calendar));
  });
});

describe('monthly days: the month is the cycle', () => {
  it('每月4日前: on time, late, and across the year end', () => {
    const fourth = rule('每月4日前');
    expect(nextDueAt(fourth, at('2026-01-03T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-04'));
    expect(nextDueAt(fourth, at('2026-01-10T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-04'));
    expect(nextDueAt(fourth, at('2025-12-20T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-01-04'));
  });
  it('每月底前 and 每月31日前 end at the last day of each month', () => {
    expect(nextDueAt(rule('每月底前'), at('2026-01-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-28'));
    expect(nextDueAt(rule('每月31日前'), at('2026-01-31T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-02-28'));
    expect(nextDueAt(rule('每月31日前'), at('2026-02-28T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2026-03-31'));
  });
  it('never published: due at the last passed date', () => {
    expect(nextDueAt(rule('每月4日前'), null, at('2026-03-02T10:00:00+08:00'), calendar)).toEqual(endOf('2026-02-04'));
    expect(nextDueAt(rule('每月4日前'), null, at('2026-03-05T10:00:00+08:00'), calendar)).toEqual(endOf('2026-03-04'));
  });
});

describe('no cadence of its own', () => {
  it.each(['随时', '随时更新', ''])('%p: null, the national limit of the category applies', (text) => {
    expect(nextDueAt(rule(text), at('2025-01-10T10:00:00+08:00'), NOW, calendar)).toBeNull();
    expect(nextDueAt(rule(text), null, NOW, calendar)).toBeNull();
  });
});

describe('reply deadlines over the real calendar', () => {
  it('五日内回复 received 2025-09-30 is due 2025-10-14, counting the make-up Saturday 10-11', () => {
    expect(replyDueAt(replyRule('五日内回复'), at('2025-09-30T10:00:00+08:00'), calendar)).toEqual(endOf('2025-10-14'));
  });
  it('gives a different answer on a calendar without that make-up Saturday', () => {
    const withoutMakeUp = createWorkingDayCalendar({
      holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
      makeUpWorkdays: [],
    });
    expect(replyDueAt(replyRule('五日内回复'), at('2025-09-30T10:00:00+08:00'), withoutMakeUp)).toEqual(endOf('2025-10-15'));
  });
  it('3个工作日内: a Friday-evening error report before the 2026 Spring Festival is due 02-25', () => {
    expect(replyDueAt(replyRule('3个工作日内'), at('2026-02-13T19:30:00+08:00'), calendar)).toEqual(endOf('2026-02-25'));
  });
  it('3个工作日内: an ordinary Friday-evening report is due the next Wednesday', () => {
    expect(replyDueAt(replyRule('3个工作日内'), at('2025-11-14T18:30:00+08:00'), calendar)).toEqual(endOf('2025-11-19'));
  });
  it('5个工作日内答复 across the 2026 Spring Festival and its make-up Saturday 02-14', () => {
    // 02-13 (1), 02-14 Saturday make-up (2), 02-24 (3), 02-25 (4), 02-26 (5)
    expect(replyDueAt(replyRule('5个工作日内答复'), at('2026-02-12T10:00:00+08:00'), calendar)).toEqual(endOf('2026-02-26'));
  });
  it('15日内 (disclosure request, working days) across the 2026 Spring Festival', () => {
    expect(replyDueAt(replyRule('15日内'), at('2026-02-10T10:00:00+08:00'), calendar)).toEqual(endOf('2026-03-09'));
  });
  it('15个自然日内 counts calendar days, holidays included, without extension', () => {
    expect(replyDueAt(replyRule('15个自然日内'), at('2025-09-30T10:00:00+08:00'), calendar)).toEqual(endOf('2025-10-15'));
    expect(replyDueAt(replyRule('15个自然日内'), at('2026-02-05T10:00:00+08:00'), calendar)).toEqual(endOf('2026-02-20'));
  });
  it('48小时内 is exactly 48 hours, holiday or not', () => {
    expect(replyDueAt(replyRule('48小时内'), at('2025-09-30T10:15:00+08:00'), calendar)).toEqual(at('2025-10-02T10:15:00+08:00'));
  });
  it('nextDueAt reads the last publication of a reply rule as the receipt', () => {
    expect(nextDueAt(rule('五日内回复'), at('2025-09-30T10:00:00+08:00'), NOW, calendar)).toEqual(endOf('2025-10-14'));
    expect(nextDueAt(rule('五日内回复'), null, NOW, calendar)).toBeNull();
  });
});

describe('bad input', () => {
  it('rejects invalid instants and malformed rules', () => {
    expect(() => nextDueAt(rule('每周'), new Date('nope'), NOW, calendar)).toThrow(RangeError);
    expect(() => nextDueAt(rule('每周'), null, new Date('nope'), calendar)).toThrow(RangeError);
    expect(() => replyDueAt(replyRule('48小时内'), new Date('nope'), calendar)).toThrow(RangeError);
    expect(() => nextDueAt({ kind: 'every', unit: 'day', count: 0 }, NOW, NOW, calendar)).toThrow(RangeError);
    expect(() => nextDueAt({ kind: 'fixed-dates', dates: [] }, NOW, NOW, calendar)).toThrow(RangeError);
  });
});
