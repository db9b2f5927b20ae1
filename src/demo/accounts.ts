import type { Core } from '@strapi/strapi';

import { ADMIN_PASSWORD_RULE, passwordMessage, passwordProblems, responsibilityApi } from '@content-assurance/kit/server';
import { ensureOfficerRole, ensureReviewerRole } from '../bootstrap/roles';


/**
 * Demo people (fictional) for the demo units: the four review levels (审核人 role) and an officer of 市生态环境局,
 * an officer of 集贤县政府, and a site administrator — one person, one account (一人一账号). They are the people
 * of their units in the unit register (附件3 备案表): 李晓东 is 市生态环境局's 信息员 and 刘振华 its 责任领导 (分管负责人),
 * so they get its overdue digests; the demo contacts (./contacts) leave these places to them.
 * They log in with DEMO_PASSWORD (default Demo2026!; it must pass the admin password rule) and, when
 * SEEDED_ACCOUNTS_MUST_CHANGE_PASSWORD is true (default in production), change it at first login. Never loaded outside the demo.
 */
export const DEMO_PEOPLE = [
  { email: 'officer.sthj@example.gov.cn', lastname: '李', firstname: '晓东', unit: '市生态环境局', duty: 'information-officer', role: 'officer', title: '信息员', mobile: '13904601001' },
  { email: 'reviewer.sthj@example.gov.cn', lastname: '王', firstname: '海燕', unit: '市生态环境局', duty: 'section-reviewer', role: 'reviewer', title: '办公室主任', mobile: '13904601002' },
  { email: 'secrecy.sthj@example.gov.cn', lastname: '张', firstname: '立新', unit: '市生态环境局', duty: 'confidentiality-reviewer', role: 'reviewer', title: '保密员', mobile: '13904601003' },
  { email: 'leader.sthj@example.gov.cn', lastname: '刘', firstname: '振华', unit: '市生态环境局', duty: 'leader-in-charge', role: 'reviewer', title: '副局长', mobile: '13904601004' },
  { email: 'chief.sthj@example.gov.cn', lastname: '陈', firstname: '国庆', unit: '市生态环境局', duty: 'principal-leader', role: 'reviewer', title: '局长', mobile: '13904601005' },
  { email: 'officer.jx@example.gov.cn', lastname: '赵', firstname: '春梅', unit: '集贤县政府', duty: 'information-officer', role: 'officer', title: '信息员', mobile: '13904602001' },
  { email: 'webadmin@example.gov.cn', lastname: '周', firstname: '文斌', unit: null, duty: 'site-administrator', role: 'super-admin', title: '网站管理员', mobile: '13904600001' },
] as const;
const PEOPLE = DEMO_PEOPLE;

export const DEMO_PASSWORD_DEFAULT = 'Demo2026!';

export const seedDemoAccounts = async (strapi: Core.Strapi): Promise<{ users: number; duties: number }> => {
  const duties = responsibilityApi(strapi).duties;
  const officerRole = await ensureOfficerRole(strapi);
  const reviewerRole = await ensureReviewerRole(strapi);
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!officerRole || !reviewerRole || !superAdmin) return { users: 0, duties: 0 };
  const roleOf = { officer: officerRole.id, reviewer: reviewerRole.id, 'super-admin': superAdmin.id };

  const password = process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;
  // The demo accounts follow the admin password rule like every other (000 二(四)).
  const problems = passwordProblems(password, ADMIN_PASSWORD_RULE);
  if (problems.length > 0) throw new Error(`DEMO_PASSWORD: ${passwordMessage(problems, ADMIN_PASSWORD_RULE)['zh-Hans']}`);
  const system = { email: 'system@content-assurance', firstname: '演示数据', lastname: '' };
  let users = 0;
  let assigned = 0;
  for (const person of PEOPLE) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: person.email } })) continue;
    const user = await strapi.service('admin::user').create({
      email: person.email,
      firstname: person.firstname,
      lastname: person.lastname,
      // Strapi names a person by `username` first, else "firstname lastname" (晓东 李): the Chinese order.
      username: `${person.lastname}${person.firstname}`,
      password,
      isActive: true,
      registrationToken: null,
      roles: [roleOf[person.role]],
    });
    users += 1;
    const unit = person.unit ? await strapi.db.query('api::unit.unit').findOne({ where: { name: person.unit }, select: ['id'] }) : null;
    await duties.assign({ duty: person.duty, unitId: unit?.id ?? null, userId: user.id, title: person.title, mobile: person.mobile }, system);
    assigned += 1;
  }
  return { users, duties: assigned };
};
