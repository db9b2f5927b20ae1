import { INFO_TYPE_LABELS, LEDGER_COLUMNS, ledgerRows, type LedgerItem } from './ledger';

describe('LEDGER_COLUMNS', () => {
  it('are the columns of seed 003 art. 20, in order', () => {
    expect(LEDGER_COLUMNS.map((c) => c.label.zh)).toEqual([
      '序号', '信息名称', '信息来源(作者)', '写作时间', '保密审核人', '分管负责人', '报送时间', '信息类型', '备注',
    ]);
    expect(LEDGER_COLUMNS.every((c) => c.label.en.length > 0)).toBe(true);
  });
});

describe('ledgerRows', () => {
  const approvals: LedgerItem['decisions'] = [
    { duty: 'section-reviewer', actor: { id: 2, name: '王科长' }, decision: 'approve' },
    { duty: 'confidentiality-reviewer', actor: { id: 3, name: '赵保密' }, decision: 'approve' },
    { duty: 'leader-in-charge', actor: { id: 4, name: '钱分管' }, decision: 'approve' },
  ];

  it('fills one numbered row per item, in Beijing time', () => {
    const rows = ledgerRows([
      {
        title: '春季安全检查通知',
        source: '市应急管理局',
        author: '李信息',
        writtenAt: '2025-03-07',
        submittedAt: '2025-03-10T00:30:00+08:00',
        infoType: 'text',
        decisions: approvals,
        remarks: ' 紧急发布 ',
      },
      { title: '检查现场图集', author: '李信息', submittedAt: new Date('2025-03-10T16:30:00Z'), infoType: 'image' },
    ]);
    expect(rows).toEqual([
      {
        seq: 1,
        title: '春季安全检查通知',
        source: '市应急管理局（李信息）',
        writtenAt: '2025-03-07',
        confidentialityReviewer: '赵保密',
        leaderInCharge: '钱分管',
        submittedAt: '2025-03-10 00:30',
        infoType: '文',
        remarks: '紧急发布',
      },
      {
        seq: 2,
        title: '检查现场图集',
        source: '李信息',
        writtenAt: '',
        confidentialityReviewer: '',
        leaderInCharge: '',
        submittedAt: '2025-03-11 00:30',
        infoType: '图',
        remarks: '',
      },
    ]);
  });

  it('maps the information types to 文/图/表/音视频', () => {
    expect(INFO_TYPE_LABELS).toEqual({ text: '文', image: '图', table: '表', 'audio-video': '音视频' });
    const rows = ledgerRows((['text', 'image', 'table', 'audio-video'] as const).map((infoType) => ({ title: 't', infoType })));
    expect(rows.map((r) => r.infoType)).toEqual(['文', '图', '表', '音视频']);
  });

  it('takes reviewers from approvals only, each name once', () => {
    const [row] = ledgerRows([
      {
        title: 't',
        infoType: 'table',
        decisions: [
          { duty: 'confidentiality-reviewer', actor: { id: 8, name: '甲' }, decision: 'reject' },
          { duty: 'confidentiality-reviewer', actor: { id: 3, name: '赵保密' }, decision: 'approve' },
          { duty: 'confidentiality-reviewer', actor: { id: 6, name: '吴兼任' }, decision: 'approve' },
          { duty: 'confidentiality-reviewer', actor: { id: 3, name: '赵保密' }, decision: 'approve' },
        ],
      },
    ]);
    expect(row.confidentialityReviewer).toBe('赵保密、吴兼任');
  });

  it('shows a written-at instant as its Beijing date and refuses an impossible date', () => {
    expect(ledgerRows([{ title: 't', infoType: 'text', writtenAt: new Date('2025-03-06T16:00:00Z') }])[0].writtenAt).toBe('2025-03-07');
    expect(() => ledgerRows([{ title: 't', infoType: 'text', writtenAt: '2025-02-29' }])).toThrow(RangeError);
  });

  it('gives no rows for no items', () => {
    expect(ledgerRows([])).toEqual([]);
  });
});
