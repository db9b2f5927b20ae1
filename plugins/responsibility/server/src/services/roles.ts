import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../permissions';

export const OFFICER_ROLE_CODE = 'content-assurance-officer';
export const REVIEWER_ROLE_CODE = 'content-assurance-reviewer';

const OWN_COLUMNS = 'plugin::responsibility.in-my-columns';
const READ_ACTION = 'plugin::content-manager.explorer.read';
const COLUMN = 'api::column.column';
/** The items of the review, in their units' columns only. */
const ITEMS = ['api::article.article', 'api::interpretation.interpretation', 'api::reply.reply'];
/** What both roles read: inquiries of their units; the column tree and the units. */
const READ = { 'api::inquiry.inquiry': [OWN_COLUMNS], 'api::column.column': [], 'api::unit.unit': [] } as Record<string, string[]>;

interface ActionDefinition {
  actionId: string;
  section: string;
  subjects?: string[];
}
interface PermissionInput {
  action: string;
  subject?: string;
  properties?: { fields?: string[] };
  conditions?: string[];
}
interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  /** Every content-manager action on the items (write), or reading them only. */
  items: 'write' | 'read';
}

const OFFICER: RoleDefinition = {
  code: OFFICER_ROLE_CODE,
  name: '信息员',
  description: '报送本单位负责栏目的稿件、解读和回复。',
  items: 'write',
};
const REVIEWER: RoleDefinition = {
  code: REVIEWER_ROLE_CODE,
  name: '审核人',
  description: '审核本单位负责栏目的稿件、解读和回复，不能修改。',
  items: 'read',
};

/**
 * The admin roles of the people who keep the columns, created once: information officers (信息员) —
 * the content-manager on articles, interpretations and replies with the "in my units' columns"
 * condition, and the column tree under the same condition so that the column picker of an item offers
 * only their units' columns — and reviewers (审核人, the review's section reviewers, confidentiality reviewers and
 * leaders) who read those items and decide on them but do not edit them. Both read their inquiries,
 * the column tree, the units and the responsibility table. Administrators may change them afterwards.
 */
const roles = ({ strapi }: { strapi: Core.Strapi }) => {
  /** `extraActions`: other plugins' actions the role needs (e.g. taking part in reviews), when registered. */
  const ensureRole = async (definition: RoleDefinition, extraActions: string[]): Promise<{ id: number; created: boolean } | null> => {
    const roleService = strapi.service('admin::role');
    const existing = await roleService.findOne({ code: definition.code });
    if (existing) return { id: existing.id, created: false };
    // The admin creates its default roles on first start; never create ours before its Super Admin.
    if (!(await roleService.getSuperAdmin())) return null;

    const actions = (strapi.service('admin::permission').actionProvider.values() as ActionDefinition[]).filter((a) => a.section === 'contentTypes');
    const withFields: PermissionInput[] = strapi.service('admin::content-type').getPermissionsWithNestedFields(actions);
    const permissions = withFields.flatMap((permission): PermissionInput[] => {
      const subject = permission.subject ?? '';
      if (ITEMS.includes(subject) && (definition.items === 'write' || permission.action === READ_ACTION)) return [{ ...permission, conditions: [OWN_COLUMNS] }];
      // Officers read (and so pick, in the item's column field) only their units' columns.
      if (subject === COLUMN && definition.items === 'write' && permission.action === READ_ACTION) return [{ ...permission, conditions: [OWN_COLUMNS] }];
      if (subject in READ && permission.action === READ_ACTION) return [{ ...permission, conditions: READ[subject] }];
      return [];
    });
    permissions.push({ action: ACTIONS.read });
    const registered = new Set((strapi.service('admin::permission').actionProvider.values() as ActionDefinition[]).map((a) => a.actionId));
    for (const action of extraActions) if (registered.has(action)) permissions.push({ action });

    const role = await roleService.create({ name: definition.name, code: definition.code, description: definition.description });
    await roleService.assignPermissions(role.id, permissions);
    return { id: role.id, created: true };
  };

  return {
    async ensureOfficerRole(extraActions: string[] = []): Promise<{ id: number; created: boolean } | null> {
      return ensureRole(OFFICER, extraActions);
    },
    async ensureReviewerRole(extraActions: string[] = []): Promise<{ id: number; created: boolean } | null> {
      return ensureRole(REVIEWER, extraActions);
    },
  };
};

export default roles;
export type RolesService = ReturnType<typeof roles>;
