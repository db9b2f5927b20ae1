import type { Core } from '@strapi/strapi';

import { ADMIN_PASSWORD_RULE, passwordMessage, passwordProblems } from '@content-assurance/kit/server';

/**
 * Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD when both are set and no admin exists.
 * The password follows the admin password rule (000 二(四)): a weak one stops the start with a message
 * naming the variable — better than a site whose first admin has a guessable password, or none.
 */
export const ensureSuperAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const problems = passwordProblems(password, ADMIN_PASSWORD_RULE);
  if (problems.length > 0) throw new Error(`ADMIN_PASSWORD: ${passwordMessage(problems, ADMIN_PASSWORD_RULE)['zh-Hans']}`);
  await users.createFirstAdmin({
    email: email.toLowerCase(),
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? '网站',
    lastname: process.env.ADMIN_LASTNAME ?? '管理员',
  });
  strapi.log.info(`Created the first super admin ${email}`);
};
