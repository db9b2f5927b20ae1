import { validateConfig, type OverdueConfig } from './config';
import { at, column, fakeDeadlines, inquiry, scanInput } from './deadlines-fixture.test';
import type { ColumnInput, InquiryInput } from './types';
import { vetoRisk, type VetoItem, type VetoItemKey } from './veto';

const config = validateConfig(undefined);
const NOW = at('2025-10-01T10:00:00+08:00');
const OLD = at('2025-01-01T10:00:00+08:00');
const RECENT = at('2025-09-28T10:00:00+08:00');

const risk = (columns: ColumnInput[], inquiries: InquiryInput[] = [], cfg: OverdueConfig = config) =>
  vetoRisk(scanInput({ columns, inquiries }), cfg, fakeDeadlines, NOW);
const itemOf = (columns: ColumnInput[], key: VetoItemKey, inquiries: InquiryInput[] = [], cfg: OverdueConfig = config): VetoItem => {
  const found = risk(columns, inquiries, cfg).items.find((entry) => entry.key === key);
  if (!found) throw new Error(`no veto item ${key}`);
  return found;
};
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('veto item 1: 动态要闻 2 weeks + 通知公告/政策文件 6 months, limit 5', () => {
  const staleNews = (id: number): ColumnInput => column(id, { category: 'news', lastPublishedAt: at('2025-09-16T10:00:00+08:00') });
  const staleNotice = (id: number): ColumnInput => column(id, { category: 'notice', lastPublishedAt: at('2025-03-31T10:00:00+08:00') });

  it.each([
    [4, 1, false],
    [5, 0, true],
    [6, -1, true],
  ])('%i stale columns: margin %i, at risk %s', (count, margin, atRisk) => {
    const columns = range(1, count).map((id) => (id % 2 === 0 ? staleNotice(id) : staleNews(id)));
    const entry = itemOf(columns, 'news-notice-stale');
    expect(entry).toMatchObject({ count, limit: 5, margin, atRisk, idsOf: 'column', ids: range(1, count) });
    expect(entry.breakdown).toEqual({ news: Math.ceil(count / 2), noticePolicy: Math.floor(count / 2) });
  });

  it('counts a news column from the day after its 2 weeks, and a notice column from the day after its 6 months', () => {
    const fresh = [
      column(1, { category: 'news', lastPublishedAt: at('2025-09-17T10:00:00+08:00') }), // due 10-01 end
      column(2, { category: 'policy', lastPublishedAt: at('2025-04-01T10:00:00+08:00') }), // due 10-01 end
    ];
    expect(itemOf(fresh, 'news-notice-stale').count).toBe(0);
    expect(itemOf([staleNews(1), staleNotice(2)], 'news-notice-stale').count).toBe(2);
  });

  it('judges a news column by its own national limit whatever its own rule says (每月 is no excuse)', () => {
    const monthlyNews = column(1, { category: 'news', rules: [{ kind: 'every', unit: 'month', count: 1 }], lastPublishedAt: at('2025-09-10T10:00:00+08:00') });
    expect(itemOf([monthlyNews], 'news-notice-stale').ids).toEqual([1]);
  });

  it('counts the topmost notice/policy column of a branch once, by the latest publication under it', () => {
    const parent = column(20, { category: 'policy', hasChildren: true, lastPublishedAt: null, publishedCount: 0 });
    const oldChild = column(21, { category: 'policy', parentId: 20, lastPublishedAt: OLD });
    const freshChild = column(22, { category: 'notice', parentId: 20, lastPublishedAt: RECENT });
    expect(itemOf([parent, oldChild, freshChild], 'news-notice-stale').ids).toEqual([]);
    expect(itemOf([parent, oldChild, { ...freshChild, lastPublishedAt: OLD }], 'news-notice-stale').ids).toEqual([20]);
  });

  it('skips news containers, fresh columns, other categories and closed columns', () => {
    const columns = [
      column(1, { category: 'news', hasChildren: true, lastPublishedAt: null }),
      column(2, { category: 'news', lastPublishedAt: RECENT }),
      column(3, { category: 'profile', lastPublishedAt: OLD }),
      column(4, { category: 'news', lastPublishedAt: OLD, active: false }),
    ];
    expect(itemOf(columns, 'news-notice-stale').count).toBe(0);
  });
});

describe('veto item 2: should be updated and not updated for long, limit 10', () => {
  // 每周, last 2025-08-01: due 08-08, 53 days late on 10-01 (≥ longOverdueDays 30).
  const longLate = (id: number): ColumnInput => column(id, { rules: [{ kind: 'every', unit: 'week', count: 1 }], lastPublishedAt: at('2025-08-01T10:00:00+08:00') });

  it.each([
    [9, 1, false],
    [10, 0, true],
    [11, -1, true],
  ])('%i columns: margin %i, at risk %s', (count, margin, atRisk) => {
    expect(itemOf(range(1, count).map(longLate), 'long-stale')).toMatchObject({ count, limit: 10, margin, atRisk });
  });

  it('counts columns late on their own rule only from longOverdueDays on', () => {
    const slightlyLate = column(1, { rules: [{ kind: 'every', unit: 'week', count: 1 }], lastPublishedAt: at('2025-09-15T10:00:00+08:00') }); // 8 days
    const borderline = column(2, { rules: [{ kind: 'every', unit: 'week', count: 1 }], lastPublishedAt: at('2025-08-24T10:00:00+08:00') }); // due 08-31, 30 days
    const justShort = column(3, { rules: [{ kind: 'every', unit: 'week', count: 1 }], lastPublishedAt: at('2025-08-25T10:00:00+08:00') }); // 29 days
    expect(itemOf([slightlyLate, borderline, justShort], 'long-stale').ids).toEqual([2]);
    expect(itemOf([slightlyLate, borderline, justShort], 'long-stale', [], validateConfig({ veto: { longOverdueDays: 0 } })).ids).toEqual([1, 2, 3]);
  });

  it("counts columns past their category's limit whatever their own rule, a blank one from its opening", () => {
    const columns = [
      column(1, { category: 'personnel-plan', rules: [{ kind: 'every', unit: 'year', count: 5 }], lastPublishedAt: at('2024-09-01T10:00:00+08:00') }),
      column(2, { category: 'news', lastPublishedAt: at('2025-09-10T10:00:00+08:00') }),
      column(3, { category: 'notice', publishedCount: 0, openedAt: at('2025-03-01T10:00:00+08:00') }),
      column(4, { category: 'notice', publishedCount: 0, openedAt: at('2025-09-01T10:00:00+08:00') }),
      column(5, { category: 'profile', lastPublishedAt: OLD }),
    ];
    expect(itemOf(columns, 'long-stale').ids).toEqual([1, 2, 3]);
  });

  it('counts a topic long past its 7 days', () => {
    const topic = (id: number, last: Date): ColumnInput => column(id, { category: 'topic', lastPublishedAt: last });
    // 7 days + 30 days after 08-20 is 09-26; after 09-01 it is 10-08.
    expect(itemOf([topic(1, at('2025-08-20T10:00:00+08:00')), topic(2, at('2025-09-01T10:00:00+08:00'))], 'long-stale').ids).toEqual([1]);
  });
});

describe('veto item 3: blank columns, limit 5', () => {
  const blank = (id: number): ColumnInput => column(id, { publishedCount: 0, openedAt: at('2025-09-30T09:00:00+08:00') });

  it.each([
    [4, 1, false],
    [5, 0, true],
    [6, -1, true],
  ])('%i blank columns: margin %i, at risk %s', (count, margin, atRisk) => {
    expect(itemOf(range(1, count).map(blank), 'blank-columns')).toMatchObject({ count, limit: 5, margin, atRisk, ids: range(1, count) });
  });

  it('counts a column opened today (no grace in the national count) but not channels, containers or closed columns', () => {
    const columns = [
      column(1, { publishedCount: 0, openedAt: NOW }),
      column(2, { publishedCount: 0, isChannel: true }),
      column(3, { publishedCount: 0, hasChildren: true }),
      column(4, { publishedCount: 0, active: false }),
    ];
    expect(itemOf(columns, 'blank-columns').ids).toEqual([1]);
  });
});

describe('veto item 4: inquiries unanswered for over 3 months, limit 1', () => {
  const old = (id: number, over: Partial<InquiryInput> = {}): InquiryInput => inquiry(id, { receivedAt: at('2025-06-01T10:00:00+08:00'), ...over });

  it.each([
    [0, 1, false],
    [1, 0, true],
    [2, -1, true],
  ])('%i such inquiries: margin %i, at risk %s', (count, margin, atRisk) => {
    expect(itemOf([], 'unanswered-inquiries', range(1, count).map((id) => old(id)))).toMatchObject({ count, limit: 1, margin, atRisk, idsOf: 'inquiry' });
  });

  it('counts late replies within the year and every still-open inquiry, not timely replies or other channels', () => {
    const inquiries = [
      old(1), // open since June
      old(2, { repliedAt: at('2025-09-15T10:00:00+08:00') }), // answered after 3 months (due 09-01)
      old(3, { repliedAt: at('2025-08-15T10:00:00+08:00') }), // answered in time
      inquiry(4, { receivedAt: at('2024-06-01T10:00:00+08:00'), repliedAt: at('2024-12-01T10:00:00+08:00') }), // late, but more than a year ago
      inquiry(5, { receivedAt: at('2024-06-01T10:00:00+08:00') }), // still open after 16 months
      old(6, { channel: 'survey' }),
      old(7, { channel: 'error-report' }),
      old(8, { status: 'invalid' }),
      inquiry(9, { receivedAt: at('2025-07-02T10:00:00+08:00') }), // 3 months end 10-02
    ];
    expect(itemOf([], 'unanswered-inquiries', inquiries).ids).toEqual([1, 2, 5]);
  });
});

describe('homepage veto: no update in 2 weeks', () => {
  it('is at risk when no homepage column (nor a column under one) published in 2 weeks', () => {
    const home = column(1, { isHomepage: true, hasChildren: true, lastPublishedAt: at('2025-09-10T10:00:00+08:00') });
    const child = column(2, { parentId: 1, lastPublishedAt: at('2025-09-12T10:00:00+08:00') });
    const result = risk([home, child]);
    expect(result.homepage).toMatchObject({
      judged: true,
      atRisk: true,
      lastPublishedAt: at('2025-09-12T10:00:00+08:00'),
      staleAt: at('2025-09-26T23:59:59.999+08:00'),
      columnIds: [1],
    });
    expect(result.atRisk).toBe(true);
    expect(risk([home, { ...child, lastPublishedAt: at('2025-09-20T10:00:00+08:00') }]).homepage.atRisk).toBe(false);
  });
  it('is not judged without homepage columns', () => {
    expect(risk([column(1, { lastPublishedAt: OLD })]).homepage).toMatchObject({ judged: false, atRisk: false, columnIds: [] });
  });
});

describe('vetoRisk as a whole', () => {
  it('is not at risk for a healthy site, and lists the four items in a fixed order', () => {
    const result = risk([column(1, { category: 'news', isHomepage: true, lastPublishedAt: RECENT })]);
    expect(result.items.map((entry) => [entry.key, entry.count, entry.margin])).toEqual([
      ['news-notice-stale', 0, 5],
      ['long-stale', 0, 10],
      ['blank-columns', 0, 5],
      ['unanswered-inquiries', 0, 1],
    ]);
    expect(result.items[0].label.zh).toBe('动态要闻类栏目2周未更新、通知公告/政策文件类栏目6个月未更新（合计）');
    expect(result.atRisk).toBe(false);
    expect(result.evaluatedAt).toEqual(NOW);
  });
  it('follows configured limits', () => {
    const cfg = validateConfig({ veto: { blankLimit: 2 } });
    const blanks = [1, 2].map((id) => column(id, { publishedCount: 0 }));
    expect(itemOf(blanks, 'blank-columns', [], cfg)).toMatchObject({ count: 2, limit: 2, margin: 0, atRisk: true });
    expect(risk(blanks, [], cfg).atRisk).toBe(true);
  });
});
