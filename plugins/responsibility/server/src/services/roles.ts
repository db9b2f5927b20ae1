import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../permissions';

export const OFFICER_ROLE_CODE = 'content-assurance-officer';

const OWN_COLUMNS = 'plugin::responsibility.in-my-columns';
/** Items an officer writes, in their units' columns only. */
const WRITTEN = ['api::article.article', 'api::interpretation.interpretation', 'api::reply.reply'];
/** What an officer reads: inquiries of their units; the column tree and the units. */
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

/**
 * The admin role of information officers (信息员), created once: the content-manager on articles,
 * interpretations and replies with the "in my units' columns" condition, reading their inquiries,
 * the column tree, the units and the responsibility table. Administrators may change it afterwards.
 */
const roles = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `extraActions`: other plugins' actions officers need (e.g. taking part in reviews), when registered. */
  async ensureOfficerRole(extraActions: string[] = []): Promise<{ id: number; created: boolean } | null> {
    const roleService = strapi.service('admin::role');
    const existing = await roleService.findOne({ code: OFFICER_ROLE_CODE });
    if (existing) return { id: existing.id, created: false };
    // The admin creates its default roles on first start; never create ours before its Super Admin.
    if (!(await roleService.getSuperAdmin())) return null;

    const actions = (strapi.service('admin::permission').actionProvider.values() as ActionDefinition[]).filter((a) => a.section === 'contentTypes');
    const withFields: PermissionInput[] = strapi.service('admin::content-type').getPermissionsWithNestedFields(actions);
    const permissions = withFields.flatMap((permission): PermissionInput[] => {
      const subject = permission.subject ?? '';
      if (WRITTEN.includes(subject)) return [{ ...permission, conditions: [OWN_COLUMNS] }];
      if (subject in READ && permission.action === 'plugin::content-manager.explorer.read') return [{ ...permission, conditions: READ[subject] }];
      return [];
    });
    permissions.push({ action: ACTIONS.read });
    const registered = new Set((strapi.service('admin::permission').actionProvider.values() as ActionDefinition[]).map((a) => a.actionId));
    for (const action of extraActions) if (registered.has(action)) permissions.push({ action });

    const role = await roleService.create({
      name: '信息员 Information officer',
      code: OFFICER_ROLE_CODE,
      description: '报送本单位负责栏目的稿件、解读和回复 (writes items in the columns of their units)',
    });
    await roleService.assignPermissions(role.id, permissions);
    return { id: role.id, created: true };
  },
});

export default roles;
export type RolesService = ReturnType<typeof roles>;
