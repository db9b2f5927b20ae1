import type { Core } from '@strapi/strapi';

/** Admin RBAC actions of this plugin (Settings → Roles → Plugins → 分级审核). */
export const ACTIONS = {
  /** Take part in reviews: submit, decide, see the queue (who may do what is decided by unit duties). */
  participate: 'plugin::review.items.participate',
  /** Read records: approval sheets, history, the ledger, the audit verification. */
  records: 'plugin::review.records.read',
  /** Edit workflows and the sensitive word dictionary. */
  settings: 'plugin::review.settings.manage',
} as const;

export const registerPermissions = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.service('admin::permission').actionProvider.registerMany(
    [
      { uid: 'items.participate', displayName: '参与审核 Take part in reviews' },
      { uid: 'records.read', displayName: '查看审批单、台账与留痕 Read records' },
      { uid: 'settings.manage', displayName: '管理审核流程与错敏词 Manage workflows and the dictionary' },
    ].map((action) => ({ ...action, section: 'plugins', pluginName: 'review' })),
  );
};
