/**
 * The unit register (附件3 备案表): the people of each unit and their duty — 责任领导 (the leader in
 * charge of information work, 分管负责人), 信息员, the reviewers, the principal leader — one entry per
 * person and duty. An entry names a person (name, title, mobile, email) and, when the person has an
 * admin account, links it (一人一账号, seed 002 art. 8); a person without an account is an entry
 * without a user. The duties, the review emails and the overdue digests all read this one register.
 */
import { DUTY_LABELS, type Duty } from '@content-assurance/kit/shared';
import type { Messages } from '@content-assurance/kit/shared';

/** The duties and their labels are the kit's. */
export { DUTIES, DUTY_LABELS, isDuty, type Duty } from '@content-assurance/kit/shared';

/** How many people may hold a duty in one unit: one or two officers (seed 000 二(三)), one principal leader. */
export const DUTY_LIMITS: Partial<Record<Duty, number>> = {
  'information-officer': 2,
  'principal-leader': 1,
};

export interface DutyHolding {
  duty: Duty;
  unitId: number | null;
  /** The linked admin account; null for a person without one. */
  userId: number | null;
  /** The person's email (the register's, else the account's), to tell people without accounts apart. */
  email?: string | null;
}

const sameAddress = (a: string | null | undefined, b: string | null | undefined): boolean =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** Whether two holdings name the same person: the same account, or the same email. */
const samePerson = (a: DutyHolding, b: DutyHolding): boolean =>
  (a.userId !== null && a.userId === b.userId) || sameAddress(a.email, b.email);

/** Why a duty may not be added: `reason` says which rule (a repeat, the per-unit limit, the unit rule). */
export type DutyCheck = { ok: true } | { ok: false; status: 400 | 409; reason: 'unit' | 'repeat' | 'limit'; message: Messages };

/** May `candidate` be added to the duties already held? (unit rule, no repeats, the per-unit limits.) */
export const checkNewDuty = (candidate: DutyHolding, held: readonly DutyHolding[], unitName: string | null): DutyCheck => {
  const label = DUTY_LABELS[candidate.duty];
  if (candidate.duty === 'site-administrator' && candidate.unitId !== null) {
    return { ok: false, status: 400, reason: 'unit', message: { 'zh-Hans': '网站管理员负责全站，不属于某个单位', en: 'A site administrator holds the duty for the whole site, not for a unit' } };
  }
  if (candidate.duty !== 'site-administrator' && candidate.unitId === null) {
    return { ok: false, status: 400, reason: 'unit', message: { 'zh-Hans': `${label.zh}必须属于一个单位`, en: `A ${label.en} must belong to a unit` } };
  }
  const sameSlot = held.filter((h) => h.duty === candidate.duty && h.unitId === candidate.unitId);
  if (sameSlot.some((h) => samePerson(h, candidate))) {
    return {
      ok: false,
      status: 409,
      reason: 'repeat',
      message: { 'zh-Hans': `此人已是${unitName ?? '全站'}的${label.zh}`, en: `This person already is ${label.en} of ${unitName ?? 'the site'}` },
    };
  }
  const limit = DUTY_LIMITS[candidate.duty];
  if (limit !== undefined && sameSlot.length >= limit) {
    return {
      ok: false,
      status: 409,
      reason: 'limit',
      message: {
        'zh-Hans': `${unitName}最多设${limit}名${label.zh}，请先撤销现任人员`,
        en: `${unitName} may have at most ${limit} ${label.en}${limit > 1 ? 's' : ''}: revoke one first`,
      },
    };
  }
  return { ok: true };
};

/** A person of the register as the 备案表 names them (no account needed). */
export interface RegisterPerson {
  name: string;
  title?: string | null;
  mobile?: string | null;
  email?: string | null;
}

/** A register entry as the filing below sees it: its duty, unit, account and person fields. */
export interface RegisterEntry {
  id: number;
  duty: Duty;
  unitId: number | null;
  userId: number | null;
  /** The entry's own name, else its account's name. */
  name: string | null;
  title: string | null;
  mobile: string | null;
  /** The entry's own email, else its account's. */
  email: string | null;
}

/** The contact records a unit kept before the register (unit.leader, unit.officers). */
export interface UnitContactRecords {
  unitId: number;
  leader: RegisterPerson | null;
  officers: readonly RegisterPerson[];
}

export interface ContactFiling {
  create: { duty: Duty; unitId: number; person: RegisterPerson }[];
  /** Entries of the same person that lack a field the contact record has: the missing fields only. */
  fill: { id: number; patch: Partial<Omit<RegisterPerson, 'name'>> & { name?: string } }[];
}

const blankToNull = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null);

/**
 * Filing a unit's old contact records in the register (a database from before it): the leader is the
 * unit's 责任领导 (leader-in-charge), the officers its 信息员. A contact that is already in the
 * register — same unit and duty, same email, or same name when either has no email — only fills the
 * fields the entry lacks; any other becomes a new entry without an account. Nothing is dropped: a
 * unit that already has two officers with accounts still gets its recorded third one (the page shows
 * it over the limit, for an administrator to settle). Filing the same records twice adds nothing.
 */
export const planContactFiling = (units: readonly UnitContactRecords[], entries: readonly RegisterEntry[]): ContactFiling => {
  const plan: ContactFiling = { create: [], fill: [] };
  const known = entries.map((e) => ({ ...e }));
  for (const unit of units) {
    const contacts: { duty: Duty; person: RegisterPerson }[] = [
      ...(unit.leader && blankToNull(unit.leader.name) ? [{ duty: 'leader-in-charge' as const, person: unit.leader }] : []),
      ...unit.officers.filter((o) => blankToNull(o.name)).map((person) => ({ duty: 'information-officer' as const, person })),
    ];
    for (const { duty, person } of contacts) {
      const name = blankToNull(person.name)!;
      const email = blankToNull(person.email);
      const slot = known.filter((e) => e.duty === duty && e.unitId === unit.unitId);
      const match =
        (email ? slot.find((e) => sameAddress(e.email, email)) : undefined) ??
        slot.find((e) => (!email || !e.email) && blankToNull(e.name) === name);
      const fields = { name, title: blankToNull(person.title), mobile: blankToNull(person.mobile), email };
      if (!match) {
        plan.create.push({ duty, unitId: unit.unitId, person: fields });
        known.push({ id: -1, duty, unitId: unit.unitId, userId: null, ...fields });
        continue;
      }
      const patch: ContactFiling['fill'][number]['patch'] = {};
      if (!match.name) patch.name = name;
      if (!match.title && fields.title) patch.title = fields.title;
      if (!match.mobile && fields.mobile) patch.mobile = fields.mobile;
      if (!match.email && fields.email) patch.email = fields.email;
      if (Object.keys(patch).length > 0 && match.id > 0) {
        plan.fill.push({ id: match.id, patch });
        Object.assign(match, patch);
      }
    }
  }
  return plan;
};

/** The duties whose holders get a unit's overdue digest (附件3: the 责任领导 and the 信息员). */
export const DIGEST_DUTIES: readonly Duty[] = ['leader-in-charge', 'information-officer'];
