/**
 * Unit duties (附件3 备案表): who holds which duty in which unit. One person, one account
 * (一人一账号, seed 002 art. 8): a duty names exactly one admin user.
 */
export const DUTIES = [
  'information-officer', // 信息员
  'section-reviewer', // 科室审核
  'confidentiality-reviewer', // 保密审核
  'leader-in-charge', // 分管负责人
  'principal-leader', // 主要负责人
  'site-administrator', // 网站管理员 (whole site, no unit)
] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_LABELS: Record<Duty, { zh: string; en: string }> = {
  'information-officer': { zh: '信息员', en: 'information officer' },
  'section-reviewer': { zh: '科室审核', en: 'section reviewer' },
  'confidentiality-reviewer': { zh: '保密审核', en: 'confidentiality reviewer' },
  'leader-in-charge': { zh: '分管负责人', en: 'leader in charge' },
  'principal-leader': { zh: '主要负责人', en: 'principal leader' },
  'site-administrator': { zh: '网站管理员', en: 'site administrator' },
};

/** How many people may hold a duty in one unit: one or two officers (seed 000 二(三)), one principal leader. */
export const DUTY_LIMITS: Partial<Record<Duty, number>> = {
  'information-officer': 2,
  'principal-leader': 1,
};

export const isDuty = (value: unknown): value is Duty => typeof value === 'string' && (DUTIES as readonly string[]).includes(value);

export interface DutyHolding {
  duty: Duty;
  unitId: number | null;
  userId: number;
}

export type DutyCheck = { ok: true } | { ok: false; status: 400 | 409; message: string };

/** May `candidate` be added to the duties already held? (unit rule, no repeats, the per-unit limits.) */
export const checkNewDuty = (candidate: DutyHolding, held: readonly DutyHolding[], unitName: string | null): DutyCheck => {
  const label = DUTY_LABELS[candidate.duty];
  if (candidate.duty === 'site-administrator' && candidate.unitId !== null) {
    return { ok: false, status: 400, message: '网站管理员负责全站，不属于某个单位 (a site administrator holds the duty for the whole site, not for a unit)' };
  }
  if (candidate.duty !== 'site-administrator' && candidate.unitId === null) {
    return { ok: false, status: 400, message: `${label.zh}必须属于一个单位 (a ${label.en} must belong to a unit)` };
  }
  const sameSlot = held.filter((h) => h.duty === candidate.duty && h.unitId === candidate.unitId);
  if (sameSlot.some((h) => h.userId === candidate.userId)) {
    return { ok: false, status: 409, message: `该用户已是${unitName ?? '全站'}的${label.zh} (this user already is ${label.en} of ${unitName ?? 'the site'})` };
  }
  const limit = DUTY_LIMITS[candidate.duty];
  if (limit !== undefined && sameSlot.length >= limit) {
    return {
      ok: false,
      status: 409,
      message: `${unitName}最多设${limit}名${label.zh}，请先撤销现任人员 (${unitName} may have at most ${limit} ${label.en}${limit > 1 ? 's' : ''}: revoke one first)`,
    };
  }
  return { ok: true };
};
