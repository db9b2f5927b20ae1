import chineseWorkingDayCalendar, { chineseDaysArrangement, createWorkingDayCalendar } from './calendar';
import {
  addCalendarDays,
  addCalendarMonths,
  dayOfWeek,
  endOfShanghaiDay,
  parseDate,
  shanghaiDateOf,
  startOfShanghaiDay,
  type CalendarDate,
} from '@content-assurance/kit/shared';

const at = (iso: string): Date => new Date(iso);
/** Noon in Beijing of a YYYY-MM-DD day: an instant unambiguously inside that day. */
const noon = (day: string): Date => at(`${day}T12:00:00+08:00`);
const calendar = chineseWorkingDayCalendar;

const eachDay = (from: string, to: string): CalendarDate[] => {
  const days: CalendarDate[] = [];
  for (let d = parseDate(from); endOfShanghaiDay(d) <= endOfShanghaiDay(parseDate(to)); d = addCalendarDays(d, 1)) days.push(d);
  return days;
};

describe('Asia/Shanghai calendar dates', () => {
  it('takes the Beijing date of an instant, not the UTC one', () => {
    expect(shanghaiDateOf(at('2025-09-30T16:00:00Z'))).toEqual({ year: 2025, month: 10, day: 1 });
    expect(shanghaiDateOf(at('2025-09-30T15:59:59.999Z'))).toEqual({ year: 2025, month: 9, day: 30 });
  });
  it('starts and ends a day at Beijing midnight', () => {
    expect(startOfShanghaiDay({ year: 2026, month: 2, day: 28 })).toEqual(at('2026-02-28T00:00:00+08:00'));
    expect(endOfShanghaiDay({ year: 2026, month: 2, day: 28 })).toEqual(at('2026-02-28T23:59:59.999+08:00'));
  });
  it('clamps month arithmetic to the end of a shorter month', () => {
    expect(addCalendarMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addCalendarMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addCalendarMonths({ year: 2025, month: 11, day: 30 }, 3)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addCalendarMonths({ year: 2026, month: 3, day: 15 }, -4)).toEqual({ year: 2025, month: 11, day: 15 });
  });
  it('rejects dates that do not exist and invalid instants', () => {
    expect(() => parseDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseDate('2025-9-1')).toThrow(RangeError);
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => shanghaiDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('chinese-days calendar: National Day 2025 (国庆节、中秋节)', () => {
  // 国办发明电〔2024〕12号: 10月1日至8日放假调休，共8天; 9月28日（周日）、10月11日（周六）上班.
  it('has 10-01 … 10-08 off, with a make-up Sunday 09-28 and Saturday 10-11', () => {
    expect(dayOfWeek(parseDate('2025-09-28'))).toBe(0); // a Sunday
    expect(dayOfWeek(parseDate('2025-10-11'))).toBe(6); // a Saturday
    expect(calendar.isWorkingDay(noon('2025-09-27'))).toBe(false); // an ordinary Saturday
    expect(calendar.isWorkingDay(noon('2025-09-28'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2025-09-30'))).toBe(true);
    for (const day of eachDay('2025-10-01', '2025-10-08')) expect(calendar.isWorkingDay(endOfShanghaiDay(day))).toBe(false);
    expect(calendar.isWorkingDay(noon('2025-10-09'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2025-10-10'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2025-10-11'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2025-10-12'))).toBe(false);
  });
  it('judges an instant by its Beijing date: 16:00 UTC on 09-30 is already the holiday', () => {
    expect(calendar.isWorkingDay(at('2025-09-30T15:59:59.999Z'))).toBe(true);
    expect(calendar.isWorkingDay(at('2025-09-30T16:00:00Z'))).toBe(false);
  });
  it('counts 5 working days from 09-30 through the make-up Saturday 10-11, to 10-14', () => {
    // 10-09 (1), 10-10 (2), 10-11 Saturday make-up (3), 10-13 (4), 10-14 (5)
    expect(calendar.addWorkingDays(at('2025-09-30T10:00:00+08:00'), 5)).toEqual(at('2025-10-14T23:59:59.999+08:00'));
    expect(calendar.addWorkingDays(at('2025-09-30T21:30:00+08:00'), 5)).toEqual(at('2025-10-14T23:59:59.999+08:00'));
  });
  it('counts a receipt on the make-up Sunday 09-28 like any working-day receipt', () => {
    // 09-29 (1), 09-30 (2), 10-09 (3), 10-10 (4), 10-11 (5)
    expect(calendar.addWorkingDays(noon('2025-09-28'), 5)).toEqual(at('2025-10-11T23:59:59.999+08:00'));
  });
  it('starts a receipt during the holiday from the first working day after it', () => {
    expect(calendar.addWorkingDays(noon('2025-10-03'), 1)).toEqual(at('2025-10-09T23:59:59.999+08:00'));
    expect(calendar.addWorkingDays(noon('2025-10-03'), 3)).toEqual(at('2025-10-11T23:59:59.999+08:00'));
  });
});

describe('chinese-days calendar: Spring Festival 2026 (春节)', () => {
  // 国务院办公厅 2026 notice: 2月15日（周日）至23日（周一）放假调休，共9天; 2月14日（周六）、2月28日（周六）上班.
  it('has 02-15 … 02-23 off, with make-up Saturdays 02-14 and 02-28', () => {
    expect(calendar.isWorkingDay(noon('2026-02-13'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2026-02-14'))).toBe(true);
    for (const day of eachDay('2026-02-15', '2026-02-23')) expect(calendar.isWorkingDay(endOfShanghaiDay(day))).toBe(false);
    expect(calendar.isWorkingDay(noon('2026-02-24'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2026-02-28'))).toBe(true);
    expect(calendar.isWorkingDay(noon('2026-03-01'))).toBe(false);
    expect(calendar.isWorkingDay(noon('2026-03-07'))).toBe(false); // an ordinary Saturday
  });
  it('counts 3 working days from a Friday evening before the festival: 02-14, 02-24, 02-25', () => {
    expect(calendar.addWorkingDays(at('2026-02-13T19:30:00+08:00'), 3)).toEqual(at('2026-02-25T23:59:59.999+08:00'));
  });
  it('counts 15 working days across the festival and the make-up Saturday 02-28', () => {
    // 02-11 … 02-14 (1–4), 02-24 … 02-28 (5–9), 03-02 … 03-06 (10–14), 03-09 (15)
    expect(calendar.addWorkingDays(noon('2026-02-10'), 15)).toEqual(at('2026-03-09T23:59:59.999+08:00'));
  });
});

describe('working-day arithmetic', () => {
  it('does not count the day of receipt; Friday evening and Saturday receipts fall due together', () => {
    const due = at('2025-11-19T23:59:59.999+08:00'); // Mon 11-17 (1), Tue (2), Wed (3)
    expect(calendar.addWorkingDays(at('2025-11-14T18:30:00+08:00'), 3)).toEqual(due);
    expect(calendar.addWorkingDays(at('2025-11-15T09:00:00+08:00'), 3)).toEqual(due);
    expect(calendar.addWorkingDays(at('2025-11-14T08:00:00+08:00'), 1)).toEqual(at('2025-11-17T23:59:59.999+08:00'));
  });
  it('takes the Beijing day of receipt: 00:30 Friday in Beijing is Thursday in UTC', () => {
    expect(calendar.addWorkingDays(at('2025-11-13T16:30:00Z'), 1)).toEqual(at('2025-11-17T23:59:59.999+08:00'));
  });
  it('reads n = 0 as the day itself when it is a working day, else the next working day', () => {
    expect(calendar.addWorkingDays(noon('2025-11-14'), 0)).toEqual(at('2025-11-14T23:59:59.999+08:00'));
    expect(calendar.addWorkingDays(noon('2025-10-05'), 0)).toEqual(at('2025-10-09T23:59:59.999+08:00'));
  });
  it('rejects negative or fractional counts', () => {
    expect(() => calendar.addWorkingDays(noon('2025-11-14'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(noon('2025-11-14'), 1.5)).toThrow(RangeError);
  });
});

describe('calendar from explicit lists', () => {
  // 2030-01-01 is a Tuesday, 2030-01-05 a Saturday.
  const custom = createWorkingDayCalendar({ holidays: ['2030-01-01'], makeUpWorkdays: ['2030-01-05'] });
  it('uses the given holidays and make-up days over the weekend rule', () => {
    expect(custom.isWorkingDay(noon('2030-01-01'))).toBe(false);
    expect(custom.isWorkingDay(noon('2030-01-02'))).toBe(true);
    expect(custom.isWorkingDay(noon('2030-01-05'))).toBe(true);
    expect(custom.isWorkingDay(noon('2030-01-06'))).toBe(false);
    expect(custom.addWorkingDays(noon('2029-12-31'), 3)).toEqual(at('2030-01-04T23:59:59.999+08:00'));
    expect(custom.addWorkingDays(noon('2029-12-31'), 5)).toEqual(at('2030-01-07T23:59:59.999+08:00'));
  });
  it('covers the years its lists mention, or those it is told', () => {
    expect(custom.coversYear(2030)).toBe(true);
    expect(custom.coversYear(2029)).toBe(false);
    expect(createWorkingDayCalendar({ holidays: [], makeUpWorkdays: [], years: [2031] }).coversYear(2031)).toBe(true);
  });
  it('refuses malformed days', () => {
    expect(() => createWorkingDayCalendar({ holidays: ['2030-1-1'], makeUpWorkdays: [] })).toThrow(RangeError);
  });
  it('never loops forever on a calendar without working days', () => {
    const key = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    const firstDays = eachDay('2030-01-01', '2030-07-19').map(key); // 200 days off
    expect(firstDays).toHaveLength(200);
    const long = createWorkingDayCalendar({ holidays: firstDays, makeUpWorkdays: [] });
    expect(long.addWorkingDays(noon('2030-01-01'), 1)).toEqual(at('2030-07-22T23:59:59.999+08:00')); // 07-20 is a Saturday
    const never = createWorkingDayCalendar({ holidays: eachDay('2030-01-01', '2031-12-31').map(key), makeUpWorkdays: [] });
    expect(() => never.addWorkingDays(noon('2030-01-01'), 1)).toThrow(/no 1 working days/);
  });
});

describe('chinese-days data', () => {
  it('covers 2025 and 2026, not years whose arrangement is unpublished', () => {
    expect(calendar.coversYear(2025)).toBe(true);
    expect(calendar.coversYear(2026)).toBe(true);
    expect(calendar.coversYear(2099)).toBe(false);
  });
  it('takes its holidays and make-up days from the package, not a list of ours', () => {
    const arrangement = chineseDaysArrangement();
    expect([...arrangement.makeUpWorkdays]).toEqual(expect.arrayContaining(['2025-09-28', '2025-10-11', '2026-02-14', '2026-02-28']));
    expect([...arrangement.holidays]).toEqual(expect.arrayContaining(['2025-10-01', '2025-10-08', '2026-02-15', '2026-02-23']));
  });
});
