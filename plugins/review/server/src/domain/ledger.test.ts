import { INFO_TYPE_LABELS, LEDGER_COLUMNS, ledgerRounds, ledgerRows, roundRemarks, type LedgerItem, type TrailEntry } from './ledger';

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

describe('ledgerRounds', () => {
  const officer = { id: 1, name: '李信息' };
  const section = { id: 2, name: '王科长' };
  const secrecy = { id: 3, name: '赵保密' };
  const leader = { id: 4, name: '钱分管' };
  const system = { id: 0, name: '系统 system' };
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 1, minute)).toISOString();
  const decision = (action: 'approve' | 'reject', actor: typeof section, round: number, duty: string, levelKey: string, minute: number, opinion: string | null = null): TrailEntry => ({
    action,
    at: at(minute),
    actor,
    data: { round, duty, levelKey, opinion },
  });

  it('records the approved round after a restart: its restart time and every signer of that round', () => {
    const trail: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: officer, data: { round: 1, levels: ['section', 'confidentiality', 'leader-in-charge'] } },
      decision('approve', section, 1, 'section-reviewer', 'section', 5),
      decision('approve', secrecy, 1, 'confidentiality-reviewer', 'confidentiality', 6),
      { action: 'review-restart', at: at(10), actor: system, data: { fromRound: 1, fromStatus: 'in-review', fromLevelKey: 'leader-in-charge', round: 2 } },
      decision('approve', section, 2, 'section-reviewer', 'section', 11),
      decision('approve', secrecy, 2, 'confidentiality-reviewer', 'confidentiality', 12),
      decision('approve', leader, 2, 'leader-in-charge', 'leader-in-charge', 13),
      { action: 'publish', at: at(14), actor: officer, data: { round: 2 } },
    ];
    const rounds = ledgerRounds(trail, { round: 2, completed: true });
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ round: 2, submittedAt: at(10), submitter: officer, outcome: 'approved' });
    expect(rounds[0].signatures.map((s) => s.actor.name)).toEqual(['王科长', '赵保密', '钱分管']);
    const [row] = ledgerRows([{ title: 't', infoType: 'text', submittedAt: rounds[0].submittedAt, decisions: rounds[0].signatures, remarks: roundRemarks(rounds[0]) }]);
    expect(row).toMatchObject({ confidentialityReviewer: '赵保密', leaderInCharge: '钱分管', submittedAt: '2026-03-10 09:10', remarks: '' });
  });

  it('records a returned round with who returned it, when and why, and its signers so far', () => {
    const trail: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: officer, data: { round: 1 } },
      decision('approve', section, 1, 'section-reviewer', 'section', 5),
      decision('reject', secrecy, 1, 'confidentiality-reviewer', 'confidentiality', 7, '涉及内部数据'),
    ];
    const [round] = ledgerRounds(trail, { round: 1, completed: false });
    expect(round).toMatchObject({ outcome: 'returned', returned: { by: secrecy, opinion: '涉及内部数据' } });
    expect(roundRemarks(round)).toBe('退回：赵保密（保密审核）于 2026-03-10 09:07 退回，意见：涉及内部数据');
    expect(roundRemarks(round, (key) => (key === 'confidentiality' ? '保密审查' : null))).toContain('赵保密（保密审查）');
  });

  it('keeps a returned round and the approved resubmission as two rows', () => {
    const trail: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: officer, data: { round: 1 } },
      decision('reject', section, 1, 'section-reviewer', 'section', 2, '请补充数据'),
      { action: 'submit', at: at(20), actor: officer, data: { round: 2 } },
      decision('approve', section, 2, 'section-reviewer', 'section', 21),
      decision('approve', secrecy, 2, 'confidentiality-reviewer', 'confidentiality', 22),
      decision('approve', leader, 2, 'leader-in-charge', 'leader-in-charge', 23),
    ];
    expect(ledgerRounds(trail, { round: 2, completed: true }).map((r) => [r.round, r.outcome, r.submittedAt])).toEqual([
      [1, 'returned', at(0)],
      [2, 'approved', at(20)],
    ]);
  });

  it('leaves out withdrawn and voided rounds, and shows the current round in review', () => {
    const trail: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: officer, data: { round: 1 } },
      { action: 'withdraw', at: at(1), actor: officer, data: { round: 1 } },
      { action: 'submit', at: at(2), actor: officer, data: { round: 2 } },
      decision('approve', section, 2, 'section-reviewer', 'section', 3),
      { action: 'review-restart', at: at(4), actor: system, data: { fromRound: 2, fromLevelKey: 'confidentiality', round: 3 } },
    ];
    const rounds = ledgerRounds(trail, { round: 3, completed: false });
    expect(rounds.map((r) => [r.round, r.outcome, r.submitter?.name])).toEqual([[3, 'in-review', '李信息']]);
    expect(roundRemarks(rounds[0])).toBe('审核中');
    // a withdrawn current round is no row at all
    expect(ledgerRounds(trail.slice(0, 2), { round: 1, completed: false })).toEqual([]);
  });

  it('counts a round approved before an edit restarted it, and a published version before a new one', () => {
    const approvedThenEdited: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: officer, data: { round: 1 } },
      decision('approve', leader, 1, 'leader-in-charge', 'leader-in-charge', 1),
      { action: 'review-restart', at: at(5), actor: system, data: { fromRound: 1, fromStatus: 'approved', fromLevelKey: null, round: 2 } },
    ];
    expect(ledgerRounds(approvedThenEdited, { round: 2, completed: false }).map((r) => [r.round, r.outcome])).toEqual([
      [1, 'approved'],
      [2, 'in-review'],
    ]);
    const publishedThenNewVersion: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: officer, data: { round: 1 } },
      decision('approve', leader, 1, 'leader-in-charge', 'leader-in-charge', 1),
      { action: 'publish', at: at(2), actor: officer, data: { round: 1 } },
      { action: 'new-version', at: at(3), actor: system, data: {} },
    ];
    expect(ledgerRounds(publishedThenNewVersion, { round: 1, completed: false }).map((r) => r.outcome)).toEqual(['approved']);
  });

  it('notes an urgent publication on its round', () => {
    const trail: TrailEntry[] = [
      { action: 'submit', at: at(0), actor: { id: 9, name: '管理员' }, data: { round: 1, urgent: true } },
      { action: 'urgent-publish', at: at(0), actor: { id: 9, name: '管理员' }, data: { round: 1, reason: '突发事件' } },
      decision('approve', leader, 1, 'leader-in-charge', 'leader-in-charge', 1),
      { action: 'urgent-cleared', at: at(1), actor: leader, data: { how: 'review-completed', round: 1 } },
    ];
    const [round] = ledgerRounds(trail, { round: 1, completed: false });
    expect(round.outcome).toBe('approved');
    expect(roundRemarks(round)).toBe('紧急发布：突发事件');
  });
});
