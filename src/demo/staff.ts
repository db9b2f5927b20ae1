import type { Core } from '@strapi/strapi';

import { personName, responsibilityApi, type DutyEntry } from '@content-assurance/kit/server';

import { DEMO_PASSWORD_DEFAULT } from './accounts';
import { ensureOfficerRole, ensureReviewerRole } from '../bootstrap/roles';

/** The duties an item's review needs in its unit: who submits, and who signs each level. */
export const REVIEW_DUTIES = ['information-officer', 'section-reviewer', 'confidentiality-reviewer', 'leader-in-charge', 'principal-leader'] as const;
export type ReviewDuty = (typeof REVIEW_DUTIES)[number];

/** A person as the review service takes them (its `Actor`). */
export interface StaffMember {
  id: number;
  email: string;
  name: string;
  isSuperAdmin: boolean;
}

export type Roster = Map<number, Partial<Record<ReviewDuty, StaffMember>>>;

interface AdminUserRef {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
}
interface ContactPerson {
  name?: string | null;
  email?: string | null;
}
interface UnitRow {
  id: number;
  name: string;
  leader?: ContactPerson | null;
  officers?: ContactPerson[] | null;
}

const SYSTEM = { email: 'system@content-assurance', firstname: '演示数据', lastname: '' };

// Names for the section and confidentiality reviewers the register (附件3 备案表) does not list.
const SURNAMES = ['孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭'];
const GIVEN = ['淑芬', '永刚', '桂英', '德明', '雪梅', '广平', '丽娟', '宏伟', '晓光', '凤霞', '长江', '秋菊', '玉梅', '建军', '春燕', '国华', '素珍'];
const invented = (seed: number) => `${SURNAMES[seed % SURNAMES.length]}${GIVEN[(seed * 5 + 3) % GIVEN.length]}`;

const member = (user: AdminUserRef): StaffMember => ({ id: user.id, email: user.email, name: personName(user), isSuperAdmin: false });
const heldBy = (view: DutyEntry): StaffMember | null => (view.user ? { id: view.user.id, email: view.user.email, name: view.user.name, isSuperAdmin: false } : null);

/** Split a two- or three-character Chinese name into surname (first character) and given name. */
// Strapi shows `username` before "firstname lastname" (which reads 晓东 李): the full Chinese name, family name first.
const splitName = (name: string) => ({ lastname: name.slice(0, 1), firstname: name.slice(1) });

/**
 * The review staff of the units the demo content is written in. Whoever already holds a duty (the
 * demo accounts of src/demo/accounts.ts, or anyone assigned since) is used as they are; a duty nobody
 * holds is given to a staff account: the unit's registered information officer and responsible
 * leader (附件3 备案表, the unit's contact records) as 信息员 and 分管负责人, and a section and a
 * confidentiality reviewer named here. They log in with the demo password like the demo accounts
 * (one bcrypt hash for all of them: a seed of a few seconds, not a minute).
 */
export const ensureReviewStaff = async (strapi: Core.Strapi, needs: Map<number, Set<ReviewDuty>>): Promise<Roster> => {
  const duties = responsibilityApi(strapi).duties;
  const officerRole = await ensureOfficerRole(strapi);
  const reviewerRole = await ensureReviewerRole(strapi);
  if (!officerRole || !reviewerRole) throw new Error('Demo staff: the 信息员 and 审核人 roles are missing');
  const units = (await strapi.db.query('api::unit.unit').findMany({
    where: { id: { $in: [...needs.keys()] } },
    populate: ['leader', 'officers'],
  })) as UnitRow[];
  let hash: string | null = null;
  const passwordHash = async () => {
    hash ??= (await strapi.service('admin::auth').hashPassword(process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT)) as string;
    return hash;
  };

  const users = strapi.db.query('admin::user');
  const account = async (email: string, name: string, roleId: number): Promise<AdminUserRef> => {
    const existing = (await users.findOne({ where: { email }, select: ['id', 'email', 'firstname', 'lastname'] })) as AdminUserRef | null;
    if (existing) return existing;
    return (await users.create({
      data: { email, ...splitName(name), username: name, password: await passwordHash(), isActive: true, blocked: false, registrationToken: null, roles: [roleId] },
      select: ['id', 'email', 'firstname', 'lastname'],
    })) as AdminUserRef;
  };

  // Who holds what already, read once (the roster is not cached inside the seed's transaction).
  const held = new Map<string, StaffMember>();
  // People of the unit register (附件3 备案表) without an account yet: the demo gives them one.
  const unlinked = new Map<string, DutyEntry>();
  for (const view of await duties.list()) {
    const holder = heldBy(view);
    const key = `${view.unit?.id ?? ''}:${view.duty}`;
    if (holder && view.unit && !held.has(key)) held.set(key, holder);
    if (!holder && view.unit && view.person.email && !unlinked.has(key)) unlinked.set(key, view);
  }

  const roster: Roster = new Map();
  for (const unit of units) {
    const wanted = needs.get(unit.id) ?? new Set<ReviewDuty>();
    const people: Partial<Record<ReviewDuty, StaffMember>> = {};
    for (const duty of REVIEW_DUTIES) {
      if (!wanted.has(duty)) continue;
      const holder = held.get(`${unit.id}:${duty}`);
      if (holder) {
        people[duty] = holder;
        continue;
      }
      const n = String(unit.id).padStart(3, '0');
      const registered = duty === 'information-officer' ? unit.officers?.[0] : duty === 'leader-in-charge' ? unit.leader : null;
      const fallback: Record<ReviewDuty, { email: string; name: string }> = {
        'information-officer': { email: `officer.u${n}@example.gov.cn`, name: invented(unit.id * 4) },
        'section-reviewer': { email: `section.u${n}@example.gov.cn`, name: invented(unit.id * 4 + 1) },
        'confidentiality-reviewer': { email: `secrecy.u${n}@example.gov.cn`, name: invented(unit.id * 4 + 2) },
        'leader-in-charge': { email: `leader.u${n}@example.gov.cn`, name: invented(unit.id * 4 + 3) },
        'principal-leader': { email: `chief.u${n}@example.gov.cn`, name: invented(unit.id * 4 + 5) },
      };
      const entry = unlinked.get(`${unit.id}:${duty}`);
      const who = entry?.person.email
        ? { email: entry.person.email.toLowerCase(), name: entry.person.name }
        : registered?.email && registered.name
          ? { email: registered.email.toLowerCase(), name: registered.name }
          : fallback[duty];
      const user = await account(who.email, who.name, duty === 'information-officer' ? officerRole.id : reviewerRole.id);
      if (entry) await duties.update(entry.id, { userId: user.id }, SYSTEM);
      else await duties.assign({ duty, unitId: unit.id, userId: user.id }, SYSTEM);
      people[duty] = member(user);
    }
    roster.set(unit.id, people);
  }
  return roster;
};
