/** Admin RBAC actions of the plugin (server/src/bootstrap.ts), in the shape useRBAC and menu links take. */
export const ACTIONS = {
  read: 'plugin::overdue.dashboard.read',
  run: 'plugin::overdue.scan.run',
} as const;

/** Module constants: useRBAC re-checks whenever it is given a different array. */
export const READ_PERMISSIONS = [{ action: ACTIONS.read, subject: null }];
export const RUN_PERMISSIONS = [{ action: ACTIONS.run, subject: null }];
