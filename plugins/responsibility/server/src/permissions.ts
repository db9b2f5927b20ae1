import type { Core } from '@strapi/strapi';

import type { ColumnScope } from './services/ownership';
import { getService } from './utils';

/** Admin RBAC actions of this plugin (Settings → Roles → Plugins → 任务分工表). */
export const ACTIONS = {
  read: 'plugin::responsibility.table.read',
  manage: 'plugin::responsibility.table.manage',
  manageDuties: 'plugin::responsibility.duties.manage',
} as const;

const actions = [
  { uid: 'table.read', displayName: '查看任务分工表 Read the table' },
  { uid: 'table.manage', displayName: '编辑与导入任务分工表 Edit and import the table' },
  { uid: 'duties.manage', displayName: '管理单位职责 Manage unit duties' },
].map((action) => ({ ...action, section: 'plugins', pluginName: 'responsibility' }));

/** The filter a condition applies, per content type, for the columns and units in scope. */
const filterFor = (subject: string | undefined, columnIds: number[], unitIds: number[]): Record<string, unknown> | false => {
  const columns = { $in: columnIds };
  const units = { $in: unitIds };
  switch (subject) {
    case 'api::article.article':
      return { 'column.id': columns };
    case 'api::interpretation.interpretation':
      return { 'policyArticle.column.id': columns };
    case 'api::inquiry.inquiry':
      return { $or: [{ 'assignedUnit.id': units }, { 'column.id': columns }] };
    case 'api::reply.reply':
      return { $or: [{ 'inquiry.assignedUnit.id': units }, { 'inquiry.column.id': columns }] };
    case 'api::column.column':
      return { id: columns };
    default:
      return false;
  }
};

type ConditionUser = { id: number; email: string; roles?: { code: string }[]; permission?: { subject?: string } };

/** One evaluation per request and user: the condition runs once per permission of the role. */
const scopes = new WeakMap<object, Map<number, Promise<ColumnScope>>>();

const scopeFor = (strapi: Core.Strapi, user: ConditionUser): Promise<ColumnScope> => {
  const compute = () =>
    getService(strapi, 'ownership').scopeOf({ id: user.id, email: user.email, isSuperAdmin: (user.roles ?? []).some((r) => r.code === 'strapi-super-admin') });
  const ctx = strapi.requestContext.get();
  if (!ctx) return compute();
  const perUser = scopes.get(ctx) ?? new Map<number, Promise<ColumnScope>>();
  scopes.set(ctx, perUser);
  const known = perUser.get(user.id);
  if (known) return known;
  const scope = compute();
  perUser.set(user.id, scope);
  return scope;
};

const conditions = (strapi: Core.Strapi) => [
  {
    displayName: '本单位负责的栏目 In my units’ columns',
    name: 'in-my-columns',
    plugin: 'responsibility',
    async handler(user: ConditionUser) {
      const scope = await scopeFor(strapi, user);
      if (scope.all) return true;
      return filterFor(user.permission?.subject, scope.columnIds, scope.unitIds);
    },
  },
];

export const registerPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const permission = strapi.service('admin::permission');
  await permission.actionProvider.registerMany(actions);
  await permission.conditionProvider.registerMany(conditions(strapi));
};
