import { useRBAC } from '@strapi/strapi/admin';

import { READ_PERMISSIONS, RUN_PERMISSIONS } from '../permissions';

export interface OverduePermissions {
  isLoading: boolean;
  /** plugin::overdue.dashboard.read: the dashboard, the log and the preview. */
  canRead: boolean;
  /** plugin::overdue.scan.run: 立即扫描. */
  canRun: boolean;
}

/** What the logged-in admin may do here: one useRBAC call per action (useRBAC names an action by its last segment). */
export const usePermissions = (): OverduePermissions => {
  const read = useRBAC(READ_PERMISSIONS);
  const run = useRBAC(RUN_PERMISSIONS);
  return {
    isLoading: read.isLoading || run.isLoading,
    canRead: Boolean(read.allowedActions.canRead),
    canRun: Boolean(run.allowedActions.canRun),
  };
};
