import type { Core } from '@strapi/strapi';

/**
 * Content-API accounts (users-permissions) are readers: self-registration follows the configuration
 * (off unless USERS_ALLOW_REGISTER=true), applied on every start so that a deployment states it in one
 * place; and the authenticated role holds no write of items (granted by earlier versions), since
 * items are written in the admin only.
 */
export const applyContentApiAccountRules = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  const allowRegister = strapi.config.get<boolean>('plugin::users-permissions.allowRegister', false) === true;
  if (advanced.allow_register !== allowRegister) await store.set({ key: 'advanced', value: { ...advanced, allow_register: allowRegister } });

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  if (!role) return;
  const writes = ['article', 'interpretation', 'reply'].flatMap((name) => ['create', 'update', 'delete'].map((action) => `api::${name}.${name}.${action}`));
  await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { role: role.id, action: { $in: writes } } });
};
