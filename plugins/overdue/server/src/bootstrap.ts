import type { Core } from '@strapi/strapi';
import { createTask, type ScheduledTask } from 'node-cron';

import type { OverduePluginConfig } from './config';
import { rebuildColumnActivityIfEmpty } from './middlewares/column-activity';
import { PLUGIN_ID } from './plugin-id';
import { repositories } from './repositories';
import { getService } from './utils';

/** The scheduled scan of this instance, stopped in destroy(). */
export const scheduled = new WeakMap<object, ScheduledTask>();

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(
    [
      { uid: 'dashboard.read', displayName: '查看逾期提醒 Read the overdue dashboard' },
      { uid: 'scan.run', displayName: '立即扫描 Run the scan' },
    ].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID })),
  );

  await rebuildColumnActivityIfEmpty(strapi, repositories(strapi).activity);

  const { cron } = strapi.config.get(`plugin::${PLUGIN_ID}`) as OverduePluginConfig;
  if (!cron.enabled) return;
  // node-cron 4: schedule() would start at once; create, then start. noOverlap skips a tick while the
  // previous scan runs; the scan's own lock keeps other instances out.
  const task = createTask(
    cron.expression,
    async () => {
      try {
        const result = await getService(strapi, 'scan').run({ trigger: 'cron', now: getService(strapi, 'clock').now() });
        if (!result.ran) strapi.log.info('overdue: another instance is scanning; this one skips');
      } catch (error) {
        strapi.log.error(`overdue: the scheduled scan failed: ${(error as Error).message}`);
      }
    },
    { name: 'overdue-scan', timezone: cron.timezone, noOverlap: true },
  );
  task.start();
  scheduled.set(strapi, task);
};

export default bootstrap;
