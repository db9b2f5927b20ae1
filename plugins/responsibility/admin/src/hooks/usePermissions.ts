import { useRBAC } from '@strapi/strapi/admin';

import { MANAGE_DUTIES_PERMISSIONS, MANAGE_PERMISSIONS, READ_PERMISSIONS } from '../permissions';

export interface PluginPermissions {
  isLoading: boolean;
  canRead: boolean;
  canManage: boolean;
  canManageDuties: boolean;
}

/**
 * What the logged-in admin may do here. One useRBAC call per action: useRBAC names an action by the
 * last segment of its id, and table.manage and duties.manage would both be "canManage".
 */
export const usePermissions = (): PluginPermissions => {
  const read = useRBAC(READ_PERMISSIONS);
  const manage = useRBAC(MANAGE_PERMISSIONS);
  const duties = useRBAC(MANAGE_DUTIES_PERMISSIONS);
  return {
    isLoading: read.isLoading || manage.isLoading || duties.isLoading,
    canRead: Boolean(read.allowedActions.canRead),
    canManage: Boolean(manage.allowedActions.canManage),
    canManageDuties: Boolean(duties.allowedActions.canManage),
  };
};
