import type { Core } from '@strapi/strapi';

const crud = (name: string, actions: string[]) => actions.map((action) => `api::${name}.${name}.${action}`);

/**
 * What the public role (frontend teams, anonymous visitors) may do: read the published units,
 * columns, articles, interpretations and replies, and post inquiries. Private fields (contacts,
 * the asker's name and contact) are `private` in the schemas and never leave the API.
 */
export const PUBLIC_ACTIONS = [
  ...['unit', 'column', 'article', 'interpretation', 'reply'].flatMap((name) => crud(name, ['find', 'findOne'])),
  'api::inquiry.inquiry.create',
];

/**
 * What a logged-in content-API user (users-permissions JWT) may do: the same as the public. Items are
 * written in the admin by registered staff (一人一账号); a content-API account is never one of them.
 */
export const AUTHENTICATED_ACTIONS = PUBLIC_ACTIONS;

/**
 * Grants the default actions to a role on first start only (when it holds no api:: permission),
 * so an administrator who later narrows them in Settings → Roles keeps that choice.
 */
const grantOnFirstStart = async (strapi: Core.Strapi, type: string, actions: string[]): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: { action: string }[] = await permissions.findMany({ where: { role: role.id }, select: ['action'] });
  if (existing.some(({ action }) => action.startsWith('api::'))) return;
  for (const action of actions) await permissions.create({ data: { action, role: role.id } });
};

export const grantContentApiPermissionsOnFirstStart = async (strapi: Core.Strapi): Promise<void> => {
  await grantOnFirstStart(strapi, 'public', PUBLIC_ACTIONS);
  await grantOnFirstStart(strapi, 'authenticated', AUTHENTICATED_ACTIONS);
};
