import type { Core } from '@strapi/strapi';

/**
 * What the public role (frontend teams, anonymous visitors) may do: read the published units,
 * columns, articles, interpretations and replies, and post inquiries. Private fields (contacts,
 * the asker's name and contact) are `private` in the schemas and never leave the API.
 */
export const PUBLIC_ACTIONS = [
  ...['unit', 'column', 'article', 'interpretation', 'reply'].flatMap((name) => [
    `api::${name}.${name}.find`,
    `api::${name}.${name}.findOne`,
  ]),
  'api::inquiry.inquiry.create',
];

/**
 * Grants PUBLIC_ACTIONS to the public role on first start only (when it holds no api:: permission),
 * so an administrator who later narrows them in Settings → Roles keeps that choice.
 */
export const grantPublicPermissionsOnFirstStart = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: { action: string }[] = await permissions.findMany({ where: { role: role.id }, select: ['action'] });
  if (existing.some(({ action }) => action.startsWith('api::'))) return;
  for (const action of PUBLIC_ACTIONS) {
    await permissions.create({ data: { action, role: role.id } });
  }
};
