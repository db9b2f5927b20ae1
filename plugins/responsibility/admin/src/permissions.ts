/** Admin RBAC actions of the plugin (server/src/permissions.ts), in the shape useRBAC and menu links take. */
export const ACTIONS = {
  read: 'plugin::responsibility.table.read',
  manage: 'plugin::responsibility.table.manage',
  manageDuties: 'plugin::responsibility.duties.manage',
} as const;

/** Module constants: useRBAC re-checks whenever it is given a different array. */
export const READ_PERMISSIONS = [{ action: ACTIONS.read, subject: null }];
export const MANAGE_PERMISSIONS = [{ action: ACTIONS.manage, subject: null }];
export const MANAGE_DUTIES_PERMISSIONS = [{ action: ACTIONS.manageDuties, subject: null }];
