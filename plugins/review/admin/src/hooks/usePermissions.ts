import { useRBAC } from '@strapi/strapi/admin';

import { PARTICIPATE_PERMISSIONS, RECORDS_PERMISSIONS, SETTINGS_PERMISSIONS } from '../permissions';

export interface ReviewPermissions {
  isLoading: boolean;
  /** plugin::review.items.participate: submit, decide, 待我审核. */
  canParticipate: boolean;
  /** plugin::review.records.read: the ledger and the audit verification. */
  canReadRecords: boolean;
  /** plugin::review.settings.manage: workflows and the dictionary. */
  canManageSettings: boolean;
}

/**
 * What the logged-in admin may do here. One useRBAC call per action: useRBAC names an action by the
 * last segment of its id, which would be ambiguous across the three.
 */
export const usePermissions = (): ReviewPermissions => {
  const participate = useRBAC(PARTICIPATE_PERMISSIONS);
  const records = useRBAC(RECORDS_PERMISSIONS);
  const settings = useRBAC(SETTINGS_PERMISSIONS);
  return {
    isLoading: participate.isLoading || records.isLoading || settings.isLoading,
    canParticipate: Boolean(participate.allowedActions.canParticipate),
    canReadRecords: Boolean(records.allowedActions.canRead),
    canManageSettings: Boolean(settings.allowedActions.canManage),
  };
};
