/** Admin RBAC actions of the plugin (server/src/permissions.ts), in the shape useRBAC and menu links take. */
export const ACTIONS = {
  participate: 'plugin::review.items.participate',
  records: 'plugin::review.records.read',
  settings: 'plugin::review.settings.manage',
} as const;

/** Module constants: useRBAC re-checks whenever it is given a different array. */
export const PARTICIPATE_PERMISSIONS = [{ action: ACTIONS.participate, subject: null }];
export const RECORDS_PERMISSIONS = [{ action: ACTIONS.records, subject: null }];
export const SETTINGS_PERMISSIONS = [{ action: ACTIONS.settings, subject: null }];
/** Any of the three opens the plugin's pages (the menu link shows when one is held). */
export const ANY_PERMISSIONS = [...PARTICIPATE_PERMISSIONS, ...RECORDS_PERMISSIONS, ...SETTINGS_PERMISSIONS];
