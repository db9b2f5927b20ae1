import type { Core } from '@strapi/strapi';

/** Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD when both are set and no admin exists. */
export const ensureSuperAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  await users.createFirstAdmin({
    email: email.toLowerCase(),
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? '网站',
    lastname: process.env.ADMIN_LASTNAME ?? '管理员',
  });
  strapi.log.info(`Created the first super admin ${email}`);
};
