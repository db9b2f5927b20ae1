import { validateConfig } from './config';
import { at, column, fakeDeadlines, inquiry, policyDocument, scanInput, unit } from './deadlines-fixture.test';
import { digestRows, escapeHtml, renderDigest, type DigestRow } from './digest';
import { computeFindings } from './findings';
import type { ScanInput } from './types';

const config = validateConfig(undefined);
const UNIT = 301;
const RUN = at('2026-11-22T07:00:00+08:00'); // still 2026-11-21 in UTC
const weekly = { kind: 'every', unit: 'week', count: 1 } as const;

/** 市财政局 answers for 3 late columns (one of them also blank), 1 inquiry (overdue and stale), 1 column due soon. */
const input: ScanInput = scanInput({
  columns: [
    column(1, { name: '财政动态', path: ['政务公开', '财政动态'], unitIds: [UNIT], rules: [weekly], lastPublishedAt: at('2026-11-01T10:00:00+08:00') }),
    column(2, { name: '<script>alert("x")</script>', path: ['政务公开'], unitIds: [UNIT, 302], rules: [weekly], lastPublishedAt: at('2026-11-10T10:00:00+08:00') }),
    column(3, { name: '预决算公开', path: ['政务公开', '预决算公开'], unitIds: [UNIT], rules: [weekly], publishedCount: 0, openedAt: at('2026-10-01T10:00:00+08:00') }),
    column(4, { name: '财政资金', path: ['政务公开', '财政资金'], unitIds: [UNIT], rules: [weekly], lastPublishedAt: at('2026-11-17T10:00:00+08:00') }),
    column(5, { name: '别的栏目', unitIds: [302], rules: [weekly], lastPublishedAt: at('2026-11-01T10:00:00+08:00') }),
  ],
  inquiries: [inquiry(9, { subject: '关于补贴发放的咨询', assignedUnitId: UNIT, receivedAt: at('2026-08-03T10:00:00+08:00') })],
});
const findings = computeFindings(input, config, fakeDeadlines, RUN);
const rows = digestRows(findings, UNIT);

describe('digestRows', () => {
  it("keeps only the unit's findings, overdue (most late first) before due soon", () => {
    expect(rows.map((row) => [row.kind, row.subjectId, row.daysOverdue, row.daysLeft])).toEqual([
      ['inquiry-overdue', 9, 103, null], // due Monday 08-10
      ['column-blank', 3, 51, null], // opened 10-01
      ['column-overdue', 3, 44, null], // due 10-08, a week after opening
      ['inquiry-stale', 9, 18, null], // 3 months: 11-03
      ['column-overdue', 1, 13, null], // due 11-08
      ['column-overdue', 2, 4, null], // due 11-17
      ['column-due-soon', 4, 0, 2], // due 11-24
    ]);
    expect(digestRows(findings, 302).map((row) => row.subjectId)).toEqual([5, 2]);
    expect(digestRows(findings, 999)).toEqual([]);
  });

  it('gives a column row its path, rule, Beijing due date, lateness and admin link', () => {
    const row = rows.find((r) => r.kind === 'column-overdue' && r.subjectId === 1);
    expect(row).toEqual<DigestRow>({
      key: 'column-overdue:1:2026-11-08',
      kind: 'column-overdue',
      kindLabel: { zh: '栏目逾期未更新', en: 'column overdue' },
      severity: 'overdue',
      subjectType: 'column',
      subjectId: 1,
      subject: '政务公开 > 财政动态',
      rule: '每周',
      dueDate: '2026-11-08',
      daysOverdue: 13,
      workingDaysOverdue: 10, // 11-09…11-13, 11-16…11-20
      daysLeft: null,
      blankSince: null,
      detail: '最近发布：2026-11-01',
      link: '/admin/content-manager/collection-types/api::column.column/col-1',
    });
  });

  it('shows a late column never published since it opened as blank since its opening, not by a deadline counted from it', () => {
    const blank = rows.filter((r) => r.subjectId === 3);
    expect(blank.map((r) => [r.kind, r.dueDate, r.blankSince, r.detail])).toEqual([
      ['column-blank', null, '2026-10-01', '2026-10-01开通以来未更新'],
      ['column-overdue', null, '2026-10-01', '2026-10-01开通以来未更新'],
    ]);
    const text = renderDigest({ unitName: '市财政局', rows: blank, runDate: RUN, adminUrl: 'https://cms.example.gov.cn' }).text;
    expect(text).toContain('开通以来未更新');
    expect(text).not.toMatch(/逾期\d+天/);
    // a column published once, and a column not yet late, keep their deadline
    expect(rows.find((r) => r.subjectId === 1)).toMatchObject({ blankSince: null, dueDate: '2026-11-08' });
    expect(rows.find((r) => r.kind === 'column-due-soon')).toMatchObject({ blankSince: null, dueDate: '2026-11-24' });
  });

  it('describes inquiry, interpretation and quota rows', () => {
    const more = computeFindings(
      scanInput({
        inquiries: [inquiry(9, { subject: '咨询', assignedUnitId: UNIT, receivedAt: at('2025-10-01T07:00:00+08:00') })],
        policyDocuments: [policyDocument(7, { title: '关于印发某办法的通知' })],
        units: [unit(UNIT, { name: '市财政局', kind: 'municipal-department' })],
        monthlyCounts: [{ unitId: UNIT, month: '2025-09', count: 2 }],
      }),
      validateConfig({ inquiryDeadlines: { consultation: { unit: 'hour', count: 48 } } }),
      fakeDeadlines,
      at('2025-10-03T09:00:00+08:00'),
    );
    const byKind = Object.fromEntries(digestRows(more, UNIT).map((row) => [row.kind, row]));
    // 48 hours after 10-01 07:00 +08:00 is 10-03 07:00 +08:00 — 10-02 in UTC; the row shows the Beijing date.
    expect(byKind['inquiry-overdue']).toMatchObject({
      subject: '咨询',
      rule: '48小时内',
      dueDate: '2025-10-03',
      detail: '网上咨询，2025-10-01收到',
      link: '/admin/content-manager/collection-types/api::inquiry.inquiry/inq-9',
    });
    expect(byKind['quota-shortfall']).toMatchObject({
      subject: '市财政局 2025年9月信息报送',
      rule: '每月报送信息不少于5条',
      dueDate: '2025-09-30',
      detail: '已报送2条，差3条',
      link: '/admin/content-manager/collection-types/api::unit.unit/unit-301',
    });
    const late = computeFindings(scanInput({ policyDocuments: [policyDocument(7, { title: '关于印发某办法的通知' })] }), config, fakeDeadlines, at('2025-10-20T09:00:00+08:00'));
    expect(digestRows(late, 101)).toEqual([
      expect.objectContaining({
        subject: '关于印发某办法的通知',
        rule: '政策文件发布后3个工作日内发布解读',
        dueDate: '2025-10-11',
        detail: '2025-09-30发布，尚无解读',
        link: '/admin/content-manager/collection-types/api::article.article/art-7',
      }),
    ]);
  });
});

describe('renderDigest', () => {
  const digest = renderDigest({ unitName: '市财政局', rows, runDate: RUN, adminUrl: 'https://cms.example.gov.cn/admin/' });

  it('writes the Chinese subject with distinct counts and the Beijing date', () => {
    expect(digest.subject).toBe('【内容保障提醒】市财政局：3个栏目逾期、1个栏目即将到期、1条留言超期未复（2026年11月22日）');
    const onlyLate = rows.filter((row) => row.severity === 'overdue');
    expect(renderDigest({ unitName: '市财政局', rows: onlyLate, runDate: RUN, adminUrl: '' }).subject).toBe(
      '【内容保障提醒】市财政局：3个栏目逾期、1条留言超期未复（2026年11月22日）',
    );
  });

  it('escapes every text from the data in the HTML', () => {
    expect(digest.html).not.toContain('<script');
    expect(digest.html).toContain('政务公开 &gt; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(digest.html).toContain('<title>【内容保障提醒】市财政局');
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('renders an HTML table and a plain-text table with the same rows', () => {
    expect(digest.html.match(/<tr>/g)).toHaveLength(rows.length + 1);
    expect(digest.html).toContain('<a href="https://cms.example.gov.cn/admin/content-manager/collection-types/api::column.column/col-1">查看</a>');
    const lines = digest.text.split('\n');
    expect(lines[0]).toBe('市财政局：');
    expect(lines).toContain('序号 | 类型 | 栏目/事项 | 时限要求 | 截止日期 | 逾期情况 | 说明 | 链接');
    expect(lines).toContain(
      '5 | 栏目逾期未更新 | 政务公开 > 财政动态 | 每周 | 2026-11-08 | 逾期13天（10个工作日） | 最近发布：2026-11-01 | https://cms.example.gov.cn/admin/content-manager/collection-types/api::column.column/col-1',
    );
    expect(lines.filter((line) => /^\d+ \| /.test(line))).toHaveLength(rows.length);
    expect(digest.text).toContain('还剩2天');
    expect(digest.text).toContain('截至2026年11月22日，贵单位负责的以下7项内容保障事项需要处理：');
  });

  it('says 逾期不足1天 on the first day after a deadline', () => {
    const row = { ...rows[0], severity: 'overdue' as const, dueDate: '2026-11-21', daysOverdue: 0, workingDaysOverdue: 0 };
    expect(renderDigest({ unitName: 'x', rows: [row], runDate: RUN, adminUrl: '' }).text).toContain('| 逾期不足1天 |');
  });

  it('never links outside http(s), keeps one-line headers, and handles an empty digest', () => {
    const bad = renderDigest({ unitName: '市财政局\r\nBcc: x@example.com', rows, runDate: RUN, adminUrl: 'javascript:alert(1)' });
    expect(bad.html).not.toContain('javascript:');
    expect(bad.html).toContain('<a href="/admin/content-manager/collection-types/api::column.column/col-1">');
    expect(bad.subject).not.toMatch(/[\r\n]/);
    const empty = renderDigest({ unitName: '市财政局', rows: [], runDate: RUN, adminUrl: '' });
    expect(empty.subject).toBe('【内容保障提醒】市财政局：暂无待办事项（2026年11月22日）');
    expect(empty.html).not.toContain('<table');
  });

  it('shows Beijing dates: the run instant is 2026-11-21 in UTC but 11-22 in Beijing', () => {
    expect(RUN.toISOString().slice(0, 10)).toBe('2026-11-21');
    expect(digest.subject).toContain('（2026年11月22日）');
    expect(digest.text).toContain('截至2026年11月22日');
  });
});
