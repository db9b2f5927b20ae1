import { createWorkingDayCalendar } from './calendar';
import { blankSince, columnDue } from './column-status';

const calendar = createWorkingDayCalendar({ holidays: [], makeUpWorkdays: [], years: [2026] });
const now = new Date('2026-11-22T10:00:00+08:00');
const base = { category: 'other' as const, openedAt: new Date('2021-01-01T00:00:00+08:00'), closedAt: null, lastPublishedAt: new Date('2026-11-20T09:00:00+08:00') };

describe('columnDue', () => {
  it('is ok within the period, due soon near its end, overdue after it', () => {
    expect(columnDue({ ...base, rules: [{ kind: 'every', unit: 'week', count: 1 }] }, now, calendar, 3)).toMatchObject({
      status: 'ok',
      nextDueAt: new Date('2026-11-27T23:59:59.999+08:00'),
      ruleSource: 'own',
    });
    expect(columnDue({ ...base, rules: [{ kind: 'every', unit: 'day', count: 3 }] }, now, calendar, 3).status).toBe('due-soon');
    expect(columnDue({ ...base, rules: [{ kind: 'every', unit: 'day', count: 1 }] }, now, calendar, 3).status).toBe('overdue');
  });

  it('takes the earliest deadline of several rules', () => {
    const due = columnDue({ ...base, rules: [{ kind: 'every', unit: 'month', count: 1 }, { kind: 'every', unit: 'week', count: 2 }] }, now, calendar, 0);
    expect(due.nextDueAt).toEqual(new Date('2026-12-04T23:59:59.999+08:00'));
  });

  it('judges 随时 and blank by the category\'s national limit', () => {
    const news = columnDue({ ...base, category: 'news', rules: [{ kind: 'as-needed' }] }, now, calendar, 0);
    expect(news).toMatchObject({ ruleSource: 'category', rule: { kind: 'every', unit: 'week', count: 2 } });
    const topic = columnDue({ ...base, category: 'topic', rules: [{ kind: 'unspecified' }] }, now, calendar, 0);
    expect(topic).toEqual({ status: 'no-deadline', nextDueAt: null, rule: null, ruleSource: null, blankSince: null });
    const unassigned = columnDue({ ...base, category: 'notice', rules: [] }, now, calendar, 0);
    expect(unassigned.rule).toEqual({ kind: 'every', unit: 'month', count: 6 });
  });

  it('counts a never-published column from its opening', () => {
    const due = columnDue({ ...base, lastPublishedAt: null, openedAt: new Date('2026-11-01T00:00:00+08:00'), rules: [{ kind: 'every', unit: 'week', count: 1 }] }, now, calendar, 0);
    expect(due).toMatchObject({ status: 'overdue', nextDueAt: new Date('2026-11-08T23:59:59.999+08:00') });
  });

  it('shows a late column never published since it opened as blank since its opening (开通以来未更新)', () => {
    const opened = new Date('2021-01-01T00:00:00+08:00');
    const never = columnDue({ ...base, lastPublishedAt: null, openedAt: opened, rules: [{ kind: 'every', unit: 'week', count: 1 }] }, now, calendar, 0);
    expect(never).toMatchObject({ status: 'overdue', blankSince: opened });
    // a column published once keeps its deadline; so does a never-published one not yet late, or one with no opening date
    expect(columnDue({ ...base, rules: [{ kind: 'every', unit: 'day', count: 1 }] }, now, calendar, 0)).toMatchObject({ status: 'overdue', blankSince: null });
    const fresh = columnDue({ ...base, lastPublishedAt: null, openedAt: new Date('2026-11-20T00:00:00+08:00'), rules: [{ kind: 'every', unit: 'week', count: 1 }] }, now, calendar, 0);
    expect(fresh).toMatchObject({ status: 'ok', blankSince: null });
    expect(blankSince({ openedAt: null, lastPublishedAt: null }, 'overdue')).toBeNull();
    expect(blankSince({ openedAt: opened, lastPublishedAt: null }, 'due-soon')).toBeNull();
  });

  it('has nothing due for a closed column or a reply deadline', () => {
    expect(columnDue({ ...base, closedAt: new Date('2026-11-01T00:00:00+08:00'), rules: [{ kind: 'every', unit: 'day', count: 1 }] }, now, calendar, 0).status).toBe('closed');
    expect(columnDue({ ...base, rules: [{ kind: 'reply-within', unit: 'working-day', count: 5 }] }, now, calendar, 0).status).toBe('no-deadline');
  });

  // Where the table page and the overdue scan used to disagree, both now follow the one engine (the kit's column-due).
  it('holds a column with no publication and no opening date overdue since an unknown time (not due soon)', () => {
    const due = columnDue({ ...base, lastPublishedAt: null, openedAt: null, rules: [{ kind: 'every', unit: 'week', count: 1 }] }, now, calendar, 3);
    expect(due).toMatchObject({ status: 'overdue', nextDueAt: null, ruleSource: 'own', blankSince: null });
  });

  it('judges a column whose only rule is a reply deadline by its category limit, like a blank one', () => {
    const due = columnDue({ ...base, category: 'news', rules: [{ kind: 'reply-within', unit: 'working-day', count: 5 }] }, now, calendar, 0);
    expect(due).toMatchObject({ status: 'ok', ruleSource: 'category', rule: { kind: 'every', unit: 'week', count: 2 } });
  });

  it('is due soon up to and including dueSoonDays before the deadline', () => {
    const weekly = { ...base, rules: [{ kind: 'every' as const, unit: 'week' as const, count: 1 }] };
    // Due 2026-11-27 23:59:59.999 +08:00: 5 days 14 hours after now.
    expect(columnDue(weekly, now, calendar, 5).status).toBe('ok');
    expect(columnDue(weekly, now, calendar, 6).status).toBe('due-soon');
    expect(columnDue(weekly, new Date('2026-11-24T23:59:59.999+08:00'), calendar, 3).status).toBe('due-soon');
    expect(columnDue(weekly, new Date('2026-11-28T00:00:00+08:00'), calendar, 3).status).toBe('overdue');
  });
});
