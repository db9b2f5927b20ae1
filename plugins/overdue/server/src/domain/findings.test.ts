import { validateConfig, type OverdueConfig } from './config';
import { at, column, endOf, fakeDeadlines, inquiry, policyDocument, scanInput, unit } from './deadlines-fixture.test';
import type { Finding, FindingKind, Severity } from './finding';
import { computeFindings } from './findings';
import { lastWorkingDayOf } from './quota-rules';
import type { ColumnInput, FrequencyRule, ScanInput } from './types';

const config = validateConfig(undefined);
const withConfig = (partial: Record<string, unknown>): OverdueConfig => validateConfig(partial);

const scan = (input: Partial<ScanInput>, now: string, cfg: OverdueConfig = config): Finding[] =>
  computeFindings(scanInput(input), cfg, fakeDeadlines, at(now));

const weekly: FrequencyRule = { kind: 'every', unit: 'week', count: 1 };
const monthly: FrequencyRule = { kind: 'every', unit: 'month', count: 1 };

interface Expected {
  kind: FindingKind;
  key: string;
  severity: Severity;
  dueAt: Date | null;
  daysOverdue: number;
  workingDaysOverdue: number;
}

const pick = (finding: Finding): Expected => ({
  kind: finding.kind,
  key: finding.key,
  severity: finding.severity,
  dueAt: finding.dueAt,
  daysOverdue: finding.daysOverdue,
  workingDaysOverdue: finding.workingDaysOverdue,
});

describe('column update deadlines (column-overdue, column-due-soon, fixed-date-missed, category-stale)', () => {
  const cases: { name: string; column: Partial<ColumnInput>; now: string; cfg?: OverdueConfig; expected: Expected[] }[] = [
    {
      name: '每周, last 09-20: overdue on 10-01; the make-up Sunday 09-28 counts as a working day',
      column: { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      // 09-28 (make-up Sunday), 09-29, 09-30 fully passed after the due day 09-27.
      expected: [{ kind: 'column-overdue', key: 'column-overdue:1:2025-09-27', severity: 'overdue', dueAt: endOf('2025-09-27'), daysOverdue: 3, workingDaysOverdue: 3 }],
    },
    {
      name: '每周, 2 days 14 hours before the deadline: due soon',
      column: { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') },
      now: '2025-09-25T10:00:00+08:00',
      expected: [{ kind: 'column-due-soon', key: 'column-due-soon:1:2025-09-27', severity: 'due-soon', dueAt: endOf('2025-09-27'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: '每周, more than dueSoonDays (3) before the deadline: nothing',
      column: { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') },
      now: '2025-09-24T00:00:00+08:00',
      expected: [],
    },
    {
      name: 'at the very last millisecond of the due day: still due soon, not overdue',
      column: { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') },
      now: '2025-09-27T23:59:59.999+08:00',
      expected: [{ kind: 'column-due-soon', key: 'column-due-soon:1:2025-09-27', severity: 'due-soon', dueAt: endOf('2025-09-27'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'one millisecond later: overdue, 0 whole days',
      column: { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') },
      now: '2025-09-28T00:00:00+08:00',
      expected: [{ kind: 'column-overdue', key: 'column-overdue:1:2025-09-27', severity: 'overdue', dueAt: endOf('2025-09-27'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: '每月, due 10-05 inside National Day: 7 days late on 10-13 but only 3 working days (10-09, 10-10, Saturday 10-11)',
      column: { rules: [monthly], lastPublishedAt: at('2025-09-05T09:00:00+08:00') },
      now: '2025-10-13T09:00:00+08:00',
      expected: [{ kind: 'column-overdue', key: 'column-overdue:1:2025-10-05', severity: 'overdue', dueAt: endOf('2025-10-05'), daysOverdue: 7, workingDaysOverdue: 3 }],
    },
    {
      name: '每两周, due 02-15 at the start of Spring Festival: 14 days late on 03-02, 5 working days (02-24…02-27 and Saturday 02-28)',
      column: { rules: [{ kind: 'every', unit: 'week', count: 2 }], lastPublishedAt: at('2026-02-01T09:00:00+08:00') },
      now: '2026-03-02T09:00:00+08:00',
      expected: [{ kind: 'column-overdue', key: 'column-overdue:1:2026-02-15', severity: 'overdue', dueAt: endOf('2026-02-15'), daysOverdue: 14, workingDaysOverdue: 5 }],
    },
    {
      name: 'the earliest deadline among several rules wins (每月 and 每周 → 每周)',
      column: { rules: [monthly, weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      expected: [{ kind: 'column-overdue', key: 'column-overdue:1:2025-09-27', severity: 'overdue', dueAt: endOf('2025-09-27'), daysOverdue: 3, workingDaysOverdue: 3 }],
    },
    {
      // Working days fully passed: 09-02…09-30 has 21 weekdays plus the make-up Sunday 09-28.
      name: 'never published: counted from the opening (and blank)',
      column: { rules: [weekly], openedAt: at('2025-09-01T09:00:00+08:00'), publishedCount: 0 },
      now: '2025-10-01T10:00:00+08:00',
      expected: [
        { kind: 'column-blank', key: 'column-blank:1:2025-09-01', severity: 'overdue', dueAt: endOf('2025-09-01'), daysOverdue: 29, workingDaysOverdue: 22 },
        { kind: 'column-overdue', key: 'column-overdue:1:2025-09-08', severity: 'overdue', dueAt: endOf('2025-09-08'), daysOverdue: 22, workingDaysOverdue: 17 },
      ],
    },
    {
      name: 'never published and no opening date: overdue with an unknown deadline and a stable key',
      column: { rules: [weekly], openedAt: null },
      now: '2025-10-01T10:00:00+08:00',
      expected: [{ kind: 'column-overdue', key: 'column-overdue:1:no-anchor', severity: 'overdue', dueAt: null, daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'an inactive (closed) column: nothing',
      column: { rules: [weekly], lastPublishedAt: at('2025-01-01T10:00:00+08:00'), active: false },
      now: '2025-10-01T10:00:00+08:00',
      expected: [],
    },
    {
      name: 'a container column: its sub-columns carry the duty, nothing for itself',
      column: { rules: [weekly], lastPublishedAt: at('2025-01-01T10:00:00+08:00'), hasChildren: true },
      now: '2025-10-01T10:00:00+08:00',
      expected: [],
    },
    {
      name: '每年1月31日前 (annual report), last published 2025-01-20: missed on 2026-02-03',
      column: { rules: [{ kind: 'fixed-dates', dates: [{ month: 1, day: 31 }] }], lastPublishedAt: at('2025-01-20T10:00:00+08:00') },
      now: '2026-02-03T09:00:00+08:00',
      // 02-01 Sunday, 02-02 Monday
      expected: [{ kind: 'fixed-date-missed', key: 'fixed-date-missed:1:2026-01-31', severity: 'overdue', dueAt: endOf('2026-01-31'), daysOverdue: 2, workingDaysOverdue: 1 }],
    },
    {
      name: '每年1月31日前, the day before: due soon',
      column: { rules: [{ kind: 'fixed-dates', dates: [{ month: 1, day: 31 }] }], lastPublishedAt: at('2025-01-20T10:00:00+08:00') },
      now: '2026-01-30T09:00:00+08:00',
      expected: [{ kind: 'column-due-soon', key: 'column-due-soon:1:2026-01-31', severity: 'due-soon', dueAt: endOf('2026-01-31'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: '每年1月31日前, published on time 2026-01-20: nothing until next year',
      column: { rules: [{ kind: 'fixed-dates', dates: [{ month: 1, day: 31 }] }], lastPublishedAt: at('2026-01-20T10:00:00+08:00') },
      now: '2026-02-03T09:00:00+08:00',
      expected: [],
    },
    {
      name: '每月4日前 (monthly report), missed 02-04: 20 days late on 02-25, 9 working days across Spring Festival',
      column: { rules: [{ kind: 'monthly-by-day', days: [4] }], lastPublishedAt: at('2026-01-03T10:00:00+08:00') },
      now: '2026-02-25T09:00:00+08:00',
      // 02-05, 02-06, 02-09…02-13, Saturday 02-14, 02-24
      expected: [{ kind: 'fixed-date-missed', key: 'fixed-date-missed:1:2026-02-04', severity: 'overdue', dueAt: endOf('2026-02-04'), daysOverdue: 20, workingDaysOverdue: 9 }],
    },
    {
      name: '随时 动态要闻: 2 weeks (national limit) after 09-15 → stale on 10-01',
      column: { category: 'news', rules: [{ kind: 'as-needed' }], lastPublishedAt: at('2025-09-15T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      expected: [{ kind: 'category-stale', key: 'category-stale:1:2025-09-29', severity: 'overdue', dueAt: endOf('2025-09-29'), daysOverdue: 1, workingDaysOverdue: 1 }],
    },
    {
      name: 'blank frequency 政策文件: 6 months after 03-31 is 09-30 → stale just after midnight',
      column: { category: 'policy', rules: [{ kind: 'unspecified' }], lastPublishedAt: at('2025-03-31T10:00:00+08:00') },
      now: '2025-10-01T00:00:01+08:00',
      expected: [{ kind: 'category-stale', key: 'category-stale:1:2025-09-30', severity: 'overdue', dueAt: endOf('2025-09-30'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'blank frequency 政策文件 the day before: due soon from the category limit',
      column: { category: 'policy', rules: [{ kind: 'unspecified' }], lastPublishedAt: at('2025-03-31T10:00:00+08:00') },
      now: '2025-09-30T12:00:00+08:00',
      expected: [{ kind: 'column-due-soon', key: 'column-due-soon:1:2025-09-30', severity: 'due-soon', dueAt: endOf('2025-09-30'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: '人事/规划计划 with no assignment at all: 1 year',
      column: { category: 'personnel-plan', rules: [], lastPublishedAt: at('2024-09-30T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      expected: [{ kind: 'category-stale', key: 'category-stale:1:2025-09-30', severity: 'overdue', dueAt: endOf('2025-09-30'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'an interaction column with only a reply rule (五日内回复): the 3-month limit of 003 art. 28',
      column: { category: 'interaction', rules: [{ kind: 'reply-within', unit: 'working-day', count: 5 }], lastPublishedAt: at('2025-06-01T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      expected: [{ kind: 'category-stale', key: 'category-stale:1:2025-09-01', severity: 'overdue', dueAt: endOf('2025-09-01'), daysOverdue: 29, workingDaysOverdue: 22 }],
    },
    {
      name: '随时 in a category without a limit (概况类): nothing, however old',
      column: { category: 'profile', rules: [{ kind: 'as-needed' }], lastPublishedAt: at('2020-01-01T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      expected: [],
    },
    {
      name: 'a category limit removed in the config (news: null): nothing',
      column: { category: 'news', rules: [{ kind: 'as-needed' }], lastPublishedAt: at('2025-01-01T10:00:00+08:00') },
      now: '2025-10-01T10:00:00+08:00',
      cfg: withConfig({ categoryLimits: { news: null } }),
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ column: over, now, cfg, expected }) => {
    expect(scan({ columns: [column(1, over)] }, now, cfg).map(pick)).toEqual(expected);
  });

  it('tells the digest which rule and last publication a finding comes from', () => {
    const [finding] = scan({ columns: [column(1, { category: 'news', rules: [{ kind: 'as-needed' }], lastPublishedAt: at('2025-09-15T10:00:00+08:00') })] }, '2025-10-01T10:00:00+08:00');
    expect(finding).toMatchObject({
      kind: 'category-stale',
      columnId: 1,
      columnDocumentId: 'col-1',
      columnName: '栏目1',
      columnPath: ['政务公开', '栏目1'],
      unitIds: [101],
      ownRule: { kind: 'as-needed' },
      limit: { unit: 'week', count: 2 },
      lastPublishedAt: at('2025-09-15T10:00:00+08:00'),
      ruleLabel: { zh: '随时（动态要闻类栏目时限2周）', en: 'as needed (news columns: 2 weeks)' },
    });
    const [own] = scan({ columns: [column(1, { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') })] }, '2025-10-01T10:00:00+08:00');
    expect(own).toMatchObject({ kind: 'column-overdue', rule: weekly, ruleLabel: { zh: '每周', en: 'weekly' } });
  });

  it('appends the column name to a path that stops at its parent', () => {
    const [finding] = scan({ columns: [column(1, { path: ['政务公开'], rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') })] }, '2025-10-01T10:00:00+08:00');
    expect(finding).toMatchObject({ columnPath: ['政务公开', '栏目1'] });
  });
});

describe('topic-stale (专题专栏 连续7日无更新)', () => {
  const topic = column(10, { category: 'topic', hasChildren: true, publishedCount: 0, name: '优化营商环境', path: ['专题专栏', '优化营商环境'] });
  const sub = column(11, { category: 'topic', parentId: 10, lastPublishedAt: at('2025-09-28T10:00:00+08:00') });

  it('judges the whole topic by the latest publication under it: stale on the 8th day', () => {
    const findings = scan({ columns: [topic, sub] }, '2025-10-06T09:00:00+08:00').filter((f) => f.kind === 'topic-stale');
    expect(findings.map(pick)).toEqual([
      { kind: 'topic-stale', key: 'topic-stale:10:2025-10-05', severity: 'overdue', dueAt: endOf('2025-10-05'), daysOverdue: 0, workingDaysOverdue: 0 },
    ]);
    expect(findings[0]).toMatchObject({ columnId: 10, lastPublishedAt: at('2025-09-28T10:00:00+08:00'), staleDays: 7 });
  });
  it('is not stale on the 7th day', () => {
    expect(scan({ columns: [topic, sub] }, '2025-10-05T20:00:00+08:00').filter((f) => f.kind === 'topic-stale')).toEqual([]);
  });
  it('says nothing about a closed (archived) topic', () => {
    expect(scan({ columns: [{ ...topic, active: false }, { ...sub, active: false }] }, '2025-12-01T09:00:00+08:00')).toEqual([]);
  });
  it('follows config.topicStaleDays', () => {
    const cfg = withConfig({ topicStaleDays: 14 });
    expect(scan({ columns: [topic, sub] }, '2025-10-06T09:00:00+08:00', cfg).filter((f) => f.kind === 'topic-stale')).toEqual([]);
    expect(scan({ columns: [topic, sub] }, '2025-10-13T09:00:00+08:00', cfg).map((f) => f.key)).toEqual(['topic-stale:10:2025-10-12']);
  });
});

describe('column-blank', () => {
  const blank = (over: Partial<ColumnInput> = {}): ColumnInput =>
    column(1, { publishedCount: 0, openedAt: at('2025-09-30T15:00:00+08:00'), ...over });

  it('reports an active leaf with nothing published once its opening day is over', () => {
    expect(scan({ columns: [blank()] }, '2025-09-30T20:00:00+08:00')).toEqual([]);
    expect(scan({ columns: [blank()] }, '2025-10-01T08:00:00+08:00').map(pick)).toEqual([
      { kind: 'column-blank', key: 'column-blank:1:2025-09-30', severity: 'overdue', dueAt: endOf('2025-09-30'), daysOverdue: 0, workingDaysOverdue: 0 },
    ]);
  });
  it.each([
    ['a channel', { isChannel: true }],
    ['a container', { hasChildren: true }],
    ['an inactive column', { active: false }],
    ['a column with items', { publishedCount: 1 }],
  ])('skips %s', (_name, over) => {
    expect(scan({ columns: [blank(over)] }, '2025-12-01T08:00:00+08:00').filter((f) => f.kind === 'column-blank')).toEqual([]);
  });
  it('gives config.blankGraceDays before reporting', () => {
    const cfg = withConfig({ blankGraceDays: 7 });
    expect(scan({ columns: [blank()] }, '2025-10-07T20:00:00+08:00', cfg)).toEqual([]);
    expect(scan({ columns: [blank()] }, '2025-10-08T08:00:00+08:00', cfg).map((f) => [f.key, f.dueAt])).toEqual([
      ['column-blank:1:2025-09-30', endOf('2025-10-07')],
    ]);
  });
  it('reports a blank column without an opening date, with an unknown deadline', () => {
    expect(scan({ columns: [blank({ openedAt: null })] }, '2025-10-01T08:00:00+08:00').map((f) => [f.key, f.dueAt])).toEqual([
      ['column-blank:1:unknown', null],
    ]);
  });
});

describe('inquiries (inquiry-overdue, inquiry-stale)', () => {
  const cases: { name: string; inquiry: Parameters<typeof inquiry>[1]; now: string; expected: Expected[] }[] = [
    {
      name: 'consultation (5 working days) received 09-30: due 10-14 after National Day; not yet on 10-14 evening',
      inquiry: { receivedAt: at('2025-09-30T10:00:00+08:00') },
      now: '2025-10-14T20:00:00+08:00',
      expected: [],
    },
    {
      name: 'consultation received 09-30: overdue on 10-15',
      inquiry: { receivedAt: at('2025-09-30T10:00:00+08:00') },
      now: '2025-10-15T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2025-10-14', severity: 'overdue', dueAt: endOf('2025-10-14'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'consultation received 09-30: 5 days, 3 working days late on Monday 10-20',
      inquiry: { receivedAt: at('2025-09-30T10:00:00+08:00') },
      now: '2025-10-20T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2025-10-14', severity: 'overdue', dueAt: endOf('2025-10-14'), daysOverdue: 5, workingDaysOverdue: 3 }],
    },
    {
      name: 'consultation received Friday 09-26: the make-up Sunday 09-28 is day 1, due 10-10',
      inquiry: { receivedAt: at('2025-09-26T18:00:00+08:00') },
      now: '2025-10-11T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2025-10-10', severity: 'overdue', dueAt: endOf('2025-10-10'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'error report (3 working days) received Friday 2026-02-13: Saturday 02-14, 02-24, 02-25',
      inquiry: { channel: 'error-report', receivedAt: at('2026-02-13T16:00:00+08:00') },
      now: '2026-02-26T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2026-02-25', severity: 'overdue', dueAt: endOf('2026-02-25'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'error report received 2026-02-13: not yet due on 02-24',
      inquiry: { channel: 'error-report', receivedAt: at('2026-02-13T16:00:00+08:00') },
      now: '2026-02-24T09:00:00+08:00',
      expected: [],
    },
    {
      name: 'disclosure request (15 working days) received 09-30: due 10-28',
      inquiry: { channel: 'disclosure-request', receivedAt: at('2025-09-30T10:00:00+08:00') },
      now: '2025-10-29T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2025-10-28', severity: 'overdue', dueAt: endOf('2025-10-28'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'enterprise complaint (7 working days) received 2026-02-12: both make-up Saturdays count, due 02-28',
      inquiry: { channel: 'enterprise-complaint', receivedAt: at('2026-02-12T10:00:00+08:00') },
      now: '2026-03-01T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2026-02-28', severity: 'overdue', dueAt: endOf('2026-02-28'), daysOverdue: 0, workingDaysOverdue: 0 }],
    },
    {
      name: 'survey: no reply deadline, but stale after 3 months like every channel',
      inquiry: { channel: 'survey', receivedAt: at('2025-06-10T10:00:00+08:00') },
      now: '2025-10-01T09:00:00+08:00',
      expected: [{ kind: 'inquiry-stale', key: 'inquiry-stale:5:2025-09-10', severity: 'overdue', dueAt: endOf('2025-09-10'), daysOverdue: 20, workingDaysOverdue: 15 }],
    },
    {
      name: 'a consultation unanswered since June: overdue and stale (3 months, the national veto)',
      inquiry: { receivedAt: at('2025-06-10T10:00:00+08:00') },
      now: '2025-10-01T09:00:00+08:00',
      expected: [
        { kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2025-06-17', severity: 'overdue', dueAt: endOf('2025-06-17'), daysOverdue: 105, workingDaysOverdue: 76 },
        { kind: 'inquiry-stale', key: 'inquiry-stale:5:2025-09-10', severity: 'overdue', dueAt: endOf('2025-09-10'), daysOverdue: 20, workingDaysOverdue: 15 },
      ],
    },
    {
      name: 'answered (a published reply, even a late one): nothing',
      inquiry: { receivedAt: at('2025-06-10T10:00:00+08:00'), repliedAt: at('2025-09-20T10:00:00+08:00'), status: 'replied' },
      now: '2025-10-01T09:00:00+08:00',
      expected: [],
    },
    {
      name: 'a reply dated after now is no answer yet',
      inquiry: { receivedAt: at('2025-09-01T10:00:00+08:00'), repliedAt: at('2025-10-02T10:00:00+08:00') },
      now: '2025-10-01T09:00:00+08:00',
      expected: [{ kind: 'inquiry-overdue', key: 'inquiry-overdue:5:2025-09-08', severity: 'overdue', dueAt: endOf('2025-09-08'), daysOverdue: 22, workingDaysOverdue: 17 }],
    },
    {
      name: 'an invalid message: nothing',
      inquiry: { receivedAt: at('2025-06-10T10:00:00+08:00'), status: 'invalid' },
      now: '2025-10-01T09:00:00+08:00',
      expected: [],
    },
    {
      name: 'received after now (clock skew): nothing',
      inquiry: { receivedAt: at('2025-10-02T10:00:00+08:00') },
      now: '2025-10-01T09:00:00+08:00',
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ inquiry: over, now, expected }) => {
    expect(scan({ inquiries: [inquiry(5, over)] }, now).map(pick)).toEqual(expected);
  });

  it("uses the column's reply rule when it is stricter, with the Beijing date in the key (48小时 from 07:00 on 10-01)", () => {
    const consultationColumn = column(3, { category: 'interaction', rules: [{ kind: 'reply-within', unit: 'hour', count: 48 }], lastPublishedAt: at('2025-09-30T10:00:00+08:00') });
    const findings = scan(
      { columns: [consultationColumn], inquiries: [inquiry(5, { columnId: 3, receivedAt: at('2025-10-01T07:00:00+08:00') })] },
      '2025-10-04T09:00:00+08:00',
    );
    // 10-03 07:00 +08:00 is still 10-02 in UTC: the key must carry the Beijing date.
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'inquiry-overdue',
        key: 'inquiry-overdue:5:2025-10-03',
        dueAt: at('2025-10-03T07:00:00+08:00'),
        daysOverdue: 1,
        deadline: { unit: 'hour', count: 48 },
        deadlineSource: 'column',
        ruleLabel: { zh: '48小时内', en: 'within 48 hours' },
      }),
    ]);
  });

  it('keeps the channel deadline when the column rule is looser', () => {
    const slowColumn = column(3, { category: 'interaction', rules: [{ kind: 'reply-within', unit: 'working-day', count: 15 }], lastPublishedAt: at('2025-09-30T10:00:00+08:00') });
    const [finding] = scan({ columns: [slowColumn], inquiries: [inquiry(5, { columnId: 3 })] }, '2025-10-15T09:00:00+08:00');
    expect(finding).toMatchObject({ kind: 'inquiry-overdue', deadlineSource: 'channel', deadline: { unit: 'working-day', count: 5 } });
  });

  it("names the assigned unit, else the column's units, else nobody", () => {
    const owned = column(3, { unitIds: [201, 202], lastPublishedAt: at('2025-09-30T10:00:00+08:00') });
    const findings = scan(
      {
        columns: [owned],
        inquiries: [
          inquiry(5, { assignedUnitId: 301, columnId: 3 }),
          inquiry(6, { assignedUnitId: null, columnId: 3 }),
          inquiry(7, { assignedUnitId: null, columnId: null }),
        ],
      },
      '2025-10-15T09:00:00+08:00',
    );
    expect(findings.map((f) => [f.key, f.unitIds])).toEqual([
      ['inquiry-overdue:5:2025-10-14', [301]],
      ['inquiry-overdue:6:2025-10-14', [201, 202]],
      ['inquiry-overdue:7:2025-10-14', []],
    ]);
  });

  it('follows configured deadlines and statuses', () => {
    const cfg = withConfig({ inquiryDeadlines: { consultation: { unit: 'day', count: 3 } }, ignoredInquiryStatuses: ['invalid', 'closed'] });
    const findings = scan({ inquiries: [inquiry(5), inquiry(6, { status: 'closed' })] }, '2025-10-04T09:00:00+08:00', cfg);
    // 3 calendar days from 09-30: 10-03, holidays included.
    expect(findings.map((f) => [f.key, f.dueAt])).toEqual([['inquiry-overdue:5:2025-10-03', endOf('2025-10-03')]]);
  });
});

describe('interpretation-missing', () => {
  it('is due 3 working days after the document (10-09, 10-10, Saturday 10-11)', () => {
    expect(scan({ policyDocuments: [policyDocument(7)] }, '2025-10-11T20:00:00+08:00')).toEqual([]);
    const [finding] = scan({ policyDocuments: [policyDocument(7, { unitId: 205 })] }, '2025-10-12T09:00:00+08:00');
    expect(pick(finding)).toEqual({
      kind: 'interpretation-missing',
      key: 'interpretation-missing:7:2025-10-11',
      severity: 'overdue',
      dueAt: endOf('2025-10-11'),
      daysOverdue: 0,
      workingDaysOverdue: 0,
    });
    expect(finding).toMatchObject({ unitIds: [205], title: '政策文件7', articleDocumentId: 'art-7', workingDays: 3 });
  });
  it.each([
    ['an interpretation already published (even late)', { interpretationPublishedAt: at('2025-10-20T10:00:00+08:00') }, '2025-10-21T09:00:00+08:00', 0],
    ['an interpretation dated after now', { interpretationPublishedAt: at('2025-10-22T10:00:00+08:00') }, '2025-10-21T09:00:00+08:00', 1],
    ['a document that needs none', { needsInterpretation: false }, '2025-10-21T09:00:00+08:00', 0],
    ['a document older than the lookback (365 days)', { publishedAt: at('2024-01-01T10:00:00+08:00') }, '2025-10-21T09:00:00+08:00', 0],
    ['a document published after now', { publishedAt: at('2025-10-22T10:00:00+08:00') }, '2025-10-21T09:00:00+08:00', 0],
  ])('with %s: %#', (_name, over, now, count) => {
    expect(scan({ policyDocuments: [policyDocument(7, over)] }, now)).toHaveLength(count);
  });
  it('follows interpretationLookbackDays: null and interpretationWorkingDays: 0 (同步发布)', () => {
    const all = withConfig({ interpretationLookbackDays: null });
    expect(scan({ policyDocuments: [policyDocument(7, { publishedAt: at('2024-01-01T10:00:00+08:00') })] }, '2025-10-21T09:00:00+08:00', all)).toHaveLength(1);
    const same = withConfig({ interpretationWorkingDays: 0 });
    // Published on a holiday: due the end of the next working day, 10-09.
    const doc = policyDocument(7, { publishedAt: at('2025-10-04T10:00:00+08:00') });
    expect(scan({ policyDocuments: [doc] }, '2025-10-09T20:00:00+08:00', same)).toEqual([]);
    expect(scan({ policyDocuments: [doc] }, '2025-10-10T09:00:00+08:00', same).map((f) => [f.key, f.ruleLabel.zh])).toEqual([
      ['interpretation-missing:7:2025-10-09', '解读与政策文件同步发布'],
    ]);
  });
});

describe('quota-shortfall (county 20, municipal department 5 a month)', () => {
  const units = [
    unit(1, { name: '甲县', kind: 'county' }),
    unit(2, { name: '乙区', kind: 'district' }),
    unit(3, { name: '市财政局', kind: 'municipal-department' }),
    unit(4, { name: '驻市单位', kind: 'stationed-unit' }),
    unit(5, { name: '其他单位', kind: 'other' }),
  ];
  const monthlyCounts = [
    { unitId: 1, month: '2025-09', count: 7 },
    { unitId: 1, month: '2025-09', count: 5 },
    { unitId: 2, month: '2025-09', count: 20 },
    { unitId: 3, month: '2025-09', count: 4 },
    { unitId: 3, month: '2025-08', count: 50 },
  ];
  const quota = (now: string, cfg: OverdueConfig = config, counts = monthlyCounts) =>
    scan({ units, monthlyCounts: counts }, now, cfg).map((f) => (f.kind === 'quota-shortfall' ? [f.key, f.severity, f.count, f.quota, f.shortfall] : [f.key]));

  it('reports the month just ended on the first days of the next (rows of a unit add up)', () => {
    expect(quota('2025-10-01T09:00:00+08:00')).toEqual([
      ['quota-shortfall:1:2025-09', 'overdue', 12, 20, 8],
      ['quota-shortfall:3:2025-09', 'overdue', 4, 5, 1],
    ]);
    const [finding] = scan({ units, monthlyCounts }, '2025-10-05T09:00:00+08:00');
    expect(finding).toMatchObject({ dueAt: endOf('2025-09-30'), daysOverdue: 4, unitIds: [1], month: '2025-09', phase: 'after-month', unitName: '甲县' });
  });
  it('stops after quota.reportUntilDay (5)', () => {
    expect(quota('2025-10-06T09:00:00+08:00')).toEqual([]);
  });
  it("warns from the month's last working day (Tuesday 09-30), not before", () => {
    expect(quota('2025-09-29T09:00:00+08:00')).toEqual([]);
    expect(quota('2025-09-30T09:00:00+08:00')).toEqual([
      ['quota-shortfall:1:2025-09:month-end', 'due-soon', 12, 20, 8],
      ['quota-shortfall:3:2025-09:month-end', 'due-soon', 4, 5, 1],
    ]);
  });
  it('knows the last working day of February 2026 is the make-up Saturday 02-28', () => {
    const counts = [{ unitId: 2, month: '2026-02', count: 3 }];
    expect(lastWorkingDayOf(2026, 2, fakeDeadlines)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(quota('2026-02-27T09:00:00+08:00', config, counts)).toEqual([]);
    expect(quota('2026-02-28T09:00:00+08:00', config, counts).map(([key]) => key)).toEqual([
      'quota-shortfall:1:2026-02:month-end',
      'quota-shortfall:2:2026-02:month-end',
      'quota-shortfall:3:2026-02:month-end',
    ]);
  });
  it('takes Friday 01-30 as the last working day of January 2026 and keeps warning on Saturday 01-31', () => {
    expect(lastWorkingDayOf(2026, 1, fakeDeadlines)).toEqual({ year: 2026, month: 1, day: 30 });
    expect(quota('2026-01-29T09:00:00+08:00', config, [])).toEqual([]);
    expect(quota('2026-01-30T09:00:00+08:00', config, [])).toHaveLength(3);
    expect(quota('2026-01-31T09:00:00+08:00', config, [])).toHaveLength(3);
  });
  it('reports December in the first days of January', () => {
    expect(quota('2026-01-02T09:00:00+08:00', config, []).map(([key]) => key)).toEqual([
      'quota-shortfall:1:2025-12',
      'quota-shortfall:2:2025-12',
      'quota-shortfall:3:2025-12',
    ]);
  });
  it('follows the config: reportUntilDay 0 turns the after-month report off; a kind can lose its quota', () => {
    expect(quota('2025-10-01T09:00:00+08:00', withConfig({ quota: { reportUntilDay: 0 } }))).toEqual([]);
    expect(quota('2025-10-01T09:00:00+08:00', withConfig({ quota: { perKind: { county: null, 'stationed-unit': 1 } } }))).toEqual([
      ['quota-shortfall:3:2025-09', 'overdue', 4, 5, 1],
      ['quota-shortfall:4:2025-09', 'overdue', 0, 1, 1],
    ]);
  });
});

describe('computeFindings as a whole', () => {
  const input: Partial<ScanInput> = {
    columns: [
      column(1, { rules: [weekly], lastPublishedAt: at('2025-09-20T10:00:00+08:00') }),
      column(2, { rules: [monthly], lastPublishedAt: at('2025-09-05T10:00:00+08:00') }),
      column(3, { rules: [weekly], lastPublishedAt: at('2025-09-29T10:00:00+08:00') }),
    ],
    inquiries: [inquiry(5, { receivedAt: at('2025-09-01T10:00:00+08:00') })],
    units: [unit(1)],
  };
  const now = '2025-10-03T10:00:00+08:00';

  it('orders overdue before due soon, oldest deadline first', () => {
    expect(scan(input, now).map((f) => [f.severity, f.key])).toEqual([
      ['overdue', 'inquiry-overdue:5:2025-09-08'],
      ['overdue', 'column-overdue:1:2025-09-27'],
      ['overdue', 'quota-shortfall:1:2025-09'],
      ['due-soon', 'column-due-soon:2:2025-10-05'],
    ]);
  });
  it('is deterministic: the same scan gives the same findings', () => {
    expect(scan(input, now)).toEqual(scan(input, now));
  });
  it('rejects an invalid now', () => {
    expect(() => computeFindings(scanInput(), config, fakeDeadlines, new Date('nope'))).toThrow(RangeError);
  });
});
