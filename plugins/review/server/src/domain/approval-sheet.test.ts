import { buildApprovalSheet, escapeHtml, formatSerialNumber, opinionBoxOf, renderApprovalSheetHtml, roundApproved, sheetYear, type ApprovalSheetInput, type SheetDecision } from './approval-sheet';
import { DEFAULT_LEVELS, snapshotLevels } from './workflow';

const IMPORTANT = snapshotLevels(DEFAULT_LEVELS, { importance: 'important' });
const NORMAL = snapshotLevels(DEFAULT_LEVELS, { importance: 'normal' });

const decision = (levelKey: string, duty: SheetDecision['duty'], id: number, name: string, opinion: string | null, at: string): SheetDecision => ({
  levelKey,
  duty,
  actor: { id, name },
  decision: 'approve',
  opinion,
  at,
});

const DECISIONS: SheetDecision[] = [
  decision('section', 'section-reviewer', 2, '王科长', '内容属实，同意。', '2025-03-10T09:05:00+08:00'),
  decision('confidentiality', 'confidentiality-reviewer', 3, '赵保密', null, '2025-03-10T10:00:00+08:00'),
  decision('leader-in-charge', 'leader-in-charge', 4, '钱分管', '同意发布', '2025-03-10T14:30:00+08:00'),
  decision('principal-leader', 'principal-leader', 5, '孙主要', '同意', '2025-03-10T16:45:00+08:00'),
];

const base: ApprovalSheetInput = {
  serialNumber: '2025-017',
  title: '关于开展春季安全生产大检查的通知',
  columnPath: ['政务公开', '通知公告'],
  unitName: '市应急管理局',
  author: { id: 1, name: '李信息' },
  decisions: DECISIONS,
  levels: IMPORTANT,
  publisher: { id: 1, name: '李信息' },
  publishedAt: '2025-03-10T17:00:00+08:00',
};

describe('buildApprovalSheet', () => {
  it('fills every box of the form from the item and its decisions', () => {
    const sheet = buildApprovalSheet(base);
    expect(sheet.title.zh).toBe('政府网站信息发布审批单');
    expect(sheet.serialNumber).toBe('2025-017');
    expect(sheet.unit).toBe('市应急管理局');
    const values = Object.fromEntries(Object.values(sheet.fields).map((f) => [f.label.zh, f.value]));
    expect(values).toEqual({
      发布时间: '2025年3月10日 17:00',
      发布单位: '市应急管理局',
      拟办人: '李信息',
      审稿人: '王科长',
      发布内容: '关于开展春季安全生产大检查的通知',
      发布栏目: '政务公开 > 通知公告',
      科室意见: '初审：内容属实，同意。（王科长，2025年3月10日 09:05）\n保密审核：审核通过（赵保密，2025年3月10日 10:00）',
      主管领导意见: '分管负责人审签：同意发布（钱分管，2025年3月10日 14:30）',
      主要领导意见: '主要负责人审签：同意（孙主要，2025年3月10日 16:45）',
      发布人: '李信息',
    });
    expect(Object.keys(sheet.fields)).toEqual([
      'publishedAt', 'unit', 'drafter', 'reviewers', 'content', 'column', 'sectionOpinion', 'leaderOpinion', 'principalOpinion', 'publisher',
    ]);
    expect(sheet.fields.sectionOpinion.opinions?.map((o) => [o.levelKey, o.signer, o.at])).toEqual([
      ['section', '王科长', '2025-03-10T01:05:00.000Z'],
      ['confidentiality', '赵保密', '2025-03-10T02:00:00.000Z'],
    ]);
    expect(sheet.notes).toEqual([]);
  });

  it('formats times in Beijing time, across midnight UTC', () => {
    const sheet = buildApprovalSheet({ ...base, publishedAt: new Date('2025-12-31T16:05:00Z') });
    expect(sheet.fields.publishedAt.value).toBe('2026年1月1日 00:05');
  });

  it('marks the principal leader box not applicable for a normal item', () => {
    const sheet = buildApprovalSheet({ ...base, levels: NORMAL, decisions: DECISIONS.slice(0, 3) });
    expect(sheet.fields.principalOpinion).toMatchObject({ value: '不适用', notApplicable: true, opinions: [] });
    expect(sheet.fields.leaderOpinion.notApplicable).toBeUndefined();
  });

  it('leaves boxes empty when the levels are not given', () => {
    const sheet = buildApprovalSheet({ ...base, levels: undefined, decisions: DECISIONS.slice(0, 3) });
    expect(sheet.fields.principalOpinion.value).toBe('');
    expect(sheet.fields.sectionOpinion.opinions?.[0].levelName).toBe('section'); // no name known: the key
  });

  it('shows the pending levels and the urgent publication of an item reviewed afterwards', () => {
    const sheet = buildApprovalSheet({
      ...base,
      decisions: DECISIONS.slice(0, 1),
      urgent: { reason: '暴雨红色预警', by: { id: 9, name: '周管理' }, at: '2025-03-10T08:00:00+08:00' },
      publisher: { id: 9, name: '周管理' },
      publishedAt: '2025-03-10T08:00:00+08:00',
    });
    expect(sheet.fields.sectionOpinion.value).toBe('初审：内容属实，同意。（王科长，2025年3月10日 09:05）\n保密审核：待审核');
    expect(sheet.fields.principalOpinion.opinions?.[0]).toMatchObject({ state: 'pending', signer: null });
    expect(sheet.notes).toEqual(['紧急发布（先发布、后补审）：暴雨红色预警。操作人：周管理，2025年3月10日 08:00']);
  });

  it('shows approvals only, and empty publication boxes before publication', () => {
    const rejected: SheetDecision = { ...DECISIONS[1], decision: 'reject', opinion: '涉密' };
    const sheet = buildApprovalSheet({ ...base, levels: null, decisions: [DECISIONS[0], rejected], publisher: null, publishedAt: null });
    expect(sheet.fields.sectionOpinion.opinions).toHaveLength(1);
    expect(sheet.fields.sectionOpinion.value).not.toContain('涉密');
    expect(sheet.fields.publishedAt.value).toBe('');
    expect(sheet.fields.publisher.value).toBe('');
  });

  it('puts levels of other duties in the section box', () => {
    expect(opinionBoxOf('information-officer')).toBe('sectionOpinion');
    expect(opinionBoxOf('site-administrator')).toBe('sectionOpinion');
    expect(opinionBoxOf('confidentiality-reviewer')).toBe('sectionOpinion');
    expect(opinionBoxOf('leader-in-charge')).toBe('leaderOpinion');
    expect(opinionBoxOf('principal-leader')).toBe('principalOpinion');
  });

  it('lists every section reviewer once', () => {
    const sheet = buildApprovalSheet({
      ...base,
      levels: null,
      decisions: [
        decision('section', 'section-reviewer', 2, '王科长', null, '2025-03-10T09:05:00+08:00'),
        decision('section-again', 'section-reviewer', 7, '陈科员', null, '2025-03-10T11:05:00+08:00'),
        decision('section-final', 'section-reviewer', 2, '王科长', null, '2025-03-10T12:05:00+08:00'),
      ],
    });
    expect(sheet.fields.reviewers.value).toBe('王科长、陈科员');
  });
});

describe('renderApprovalSheetHtml', () => {
  const html = renderApprovalSheetHtml(buildApprovalSheet(base));

  it('is a complete printable Chinese page for A4', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('lays the boxes out like the paper form, in its order', () => {
    const labels = [...html.matchAll(/<th>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(labels).toEqual(['发布时间', '发布单位', '拟办人', '审稿人', '发布内容', '发布栏目', '科室意见', '主管领导意见', '主要领导意见', '发布人']);
    expect(html).toContain('<tr><th>发布时间</th><td>2025年3月10日 17:00</td><th>发布单位</th><td>市应急管理局</td></tr>');
    expect(html).toContain('序号：2025-017');
    expect(html).toContain('签字：钱分管　　2025年3月10日 14:30');
  });

  it('escapes every value', () => {
    const hostile = buildApprovalSheet({
      ...base,
      serialNumber: '"><img src=x onerror=alert(1)>',
      title: '<script>alert("x")</script>通知',
      unitName: 'A&B <单位>',
      columnPath: ['<b>频道</b>'],
      decisions: [{ ...DECISIONS[0], opinion: "同意</td><script>alert('o')</script>" }],
      urgent: { reason: '<i>紧急</i>', by: '<u>管理员</u>', at: '2025-03-10T08:00:00+08:00' },
    });
    const out = renderApprovalSheetHtml(hostile);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img|<b>|<i>|<u>/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;通知');
    expect(out).toContain('A&amp;B &lt;单位&gt;');
    expect(out).toContain('同意&lt;/td&gt;&lt;script&gt;alert(&#39;o&#39;)&lt;/script&gt;');
    expect(out).toContain('<title>政府网站信息发布审批单｜&lt;script&gt;');
  });

  it('keeps line breaks of an opinion and shows pending and not-applicable boxes', () => {
    const out = renderApprovalSheetHtml(
      buildApprovalSheet({ ...base, levels: NORMAL, decisions: [{ ...DECISIONS[0], opinion: '一、属实\n二、同意' }] }),
    );
    expect(out).toContain('一、属实<br>二、同意');
    expect(out).toContain('<span class="level">保密审核</span>：待审核');
    expect(out).toContain('<span class="na">不适用</span>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('sheet numbers (序号)', () => {
  it('prints the unit, the year and the number', () => {
    expect(formatSerialNumber('市生态环境局', 2026, 12)).toBe('市生态环境局 2026 年第 12 号');
    expect(formatSerialNumber('', 2026, 1)).toBe('2026 年第 1 号');
  });
  it('takes the year of the approval in Beijing time', () => {
    expect(sheetYear('2025-12-31T16:30:00Z')).toBe(2026);
    expect(sheetYear(new Date('2025-12-31T15:59:00Z'))).toBe(2025);
  });
  it('numbers only a completed round', () => {
    expect(roundApproved({ round: 1, levelIndex: null, approvedHash: 'h' })).toBe(true);
    expect(roundApproved({ round: 1, levelIndex: 2, approvedHash: null })).toBe(false);
    expect(roundApproved({ round: 2, levelIndex: null, approvedHash: null })).toBe(false);
    expect(roundApproved({ round: 0, levelIndex: null, approvedHash: 'h' })).toBe(false);
  });
});
