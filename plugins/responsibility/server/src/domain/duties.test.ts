import { checkNewDuty, planContactFiling, type DutyHolding, type RegisterEntry } from './duties';

const held: DutyHolding[] = [
  { duty: 'information-officer', unitId: 1, userId: 10 },
  { duty: 'information-officer', unitId: 1, userId: 11 },
  { duty: 'principal-leader', unitId: 1, userId: 12 },
  { duty: 'information-officer', unitId: 2, userId: 20 },
];

describe('checkNewDuty', () => {
  it.each([
    [{ duty: 'section-reviewer', unitId: 1, userId: 13 }, true],
    [{ duty: 'information-officer', unitId: 2, userId: 21 }, true],
    [{ duty: 'site-administrator', unitId: null, userId: 13 }, true],
  ] as [DutyHolding, boolean][])('allows %j', (candidate) => {
    expect(checkNewDuty(candidate, held, '单位')).toEqual({ ok: true });
  });

  it.each([
    [{ duty: 'information-officer', unitId: 1, userId: 13 }, 409, 'limit', '最多设2名信息员'],
    [{ duty: 'principal-leader', unitId: 1, userId: 13 }, 409, 'limit', '最多设1名主要负责人'],
    [{ duty: 'information-officer', unitId: 2, userId: 20 }, 409, 'repeat', '已是'],
    [{ duty: 'site-administrator', unitId: 1, userId: 13 }, 400, 'unit', '全站'],
    [{ duty: 'leader-in-charge', unitId: null, userId: 13 }, 400, 'unit', '必须属于一个单位'],
  ] as [DutyHolding, number, string, string][])('refuses %j with %i (%s)', (candidate, status, reason, message) => {
    const check = checkNewDuty(candidate, held, '单位');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.status).toBe(status);
      expect(check.reason).toBe(reason);
      expect(check.message['zh-Hans']).toContain(message);
      expect(check.message.en).not.toContain(message); // its own English sentence
    }
  });
});

describe('checkNewDuty for people without an account', () => {
  it('refuses the same person twice by email, and counts them against the limit', () => {
    const withContacts: DutyHolding[] = [{ duty: 'information-officer', unitId: 3, userId: null, email: 'Xu@example.gov.cn' }];
    const again = checkNewDuty({ duty: 'information-officer', unitId: 3, userId: null, email: 'xu@example.gov.cn' }, withContacts, '市财政局');
    expect(again).toMatchObject({ ok: false, status: 409 });
    expect(checkNewDuty({ duty: 'information-officer', unitId: 3, userId: 30, email: 'li@example.gov.cn' }, withContacts, '市财政局')).toEqual({ ok: true });
    const full = [...withContacts, { duty: 'information-officer' as const, unitId: 3, userId: 30 }];
    expect(checkNewDuty({ duty: 'information-officer', unitId: 3, userId: null, email: 'wu@example.gov.cn' }, full, '市财政局')).toMatchObject({ ok: false, status: 409 });
  });
});

describe('planContactFiling (old unit contacts into the register)', () => {
  const leader = { name: '徐春梅', title: '副局长', mobile: '13904690001', email: 'leader001@example.gov.cn' };
  const officer = { name: '吴海燕', title: '信息员', mobile: '13904691001', email: 'officer001a@example.gov.cn' };

  it('files the leader as 责任领导 (leader-in-charge) and the officers as 信息员, without accounts', () => {
    const plan = planContactFiling([{ unitId: 1, leader, officers: [officer] }], []);
    expect(plan.fill).toEqual([]);
    expect(plan.create).toEqual([
      { duty: 'leader-in-charge', unitId: 1, person: leader },
      { duty: 'information-officer', unitId: 1, person: officer },
    ]);
  });

  it('adds nothing when filed twice, and only fills the fields an entry of the same person lacks', () => {
    const entries: RegisterEntry[] = [
      { id: 7, duty: 'leader-in-charge', unitId: 1, userId: null, ...leader },
      { id: 8, duty: 'information-officer', unitId: 1, userId: 42, name: '吴海燕', title: null, mobile: null, email: 'OFFICER001A@example.gov.cn' },
    ];
    const plan = planContactFiling([{ unitId: 1, leader, officers: [officer] }], entries);
    expect(plan.create).toEqual([]);
    expect(plan.fill).toEqual([{ id: 8, patch: { title: '信息员', mobile: '13904691001' } }]);
  });

  it('matches by name when either side has no email; keeps a contact of the same name in another unit or duty apart', () => {
    const entries: RegisterEntry[] = [{ id: 9, duty: 'information-officer', unitId: 1, userId: null, name: '吴海燕', title: null, mobile: null, email: null }];
    const plan = planContactFiling([{ unitId: 1, leader: { name: '吴海燕' }, officers: [officer] }, { unitId: 2, leader: null, officers: [officer] }], entries);
    expect(plan.fill).toEqual([{ id: 9, patch: { title: '信息员', mobile: '13904691001', email: 'officer001a@example.gov.cn' } }]);
    expect(plan.create.map((c) => [c.unitId, c.duty])).toEqual([
      [1, 'leader-in-charge'],
      [2, 'information-officer'],
    ]);
  });

  it('keeps every recorded officer, even past the limit of two, and skips nameless records', () => {
    const entries: RegisterEntry[] = [10, 11].map((id) => ({ id, duty: 'information-officer' as const, unitId: 1, userId: id, name: `账号${id}`, title: null, mobile: null, email: `u${id}@example.gov.cn` }));
    const plan = planContactFiling([{ unitId: 1, leader: { name: '  ' }, officers: [officer, officer] }], entries);
    expect(plan.create).toHaveLength(1);
  });
});
