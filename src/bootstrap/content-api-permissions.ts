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
 * What a logged-in user (users-permissions JWT, REST and GraphQL) may do: work on articles,
 * interpretations and replies and read inquiries — within their units' columns only, which the
 * responsibility plugin enforces in the Document Service for every route.
 */
export const AUTHENTICATED_ACTIONS = [
  ...['unit', 'column'].flatMap((name) => crud(name, ['find', 'findOne'])),
  ...['article', 'interpretation', 'reply'].flatMap((name) => crud(name, ['find', 'findOne', 'create', 'update', 'delete'])),
  ...crud('inquiry', ['find', 'findOne', 'create']),
];

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
