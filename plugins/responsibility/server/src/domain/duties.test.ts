import { checkNewDuty, type DutyHolding } from './duties';

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
    [{ duty: 'information-officer', unitId: 1, userId: 13 }, 409, '最多设2名信息员'],
    [{ duty: 'principal-leader', unitId: 1, userId: 13 }, 409, '最多设1名主要负责人'],
    [{ duty: 'information-officer', unitId: 2, userId: 20 }, 409, '已是'],
    [{ duty: 'site-administrator', unitId: 1, userId: 13 }, 400, '全站'],
    [{ duty: 'leader-in-charge', unitId: null, userId: 13 }, 400, '必须属于一个单位'],
  ] as [DutyHolding, number, string][])('refuses %j with %i', (candidate, status, message) => {
    const check = checkNewDuty(candidate, held, '单位');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.status).toBe(status);
      expect(check.message).toContain(message);
    }
  });
});
