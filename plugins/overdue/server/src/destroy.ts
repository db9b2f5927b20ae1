import type { Core } from '@strapi/strapi';

import { scheduled } from './bootstrap';

/** Stop the scheduled scan: a live node-cron task keeps the process up. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  const task = scheduled.get(strapi);
  if (task) {
    await task.destroy();
    scheduled.delete(strapi);
  }
};

export default destroy;
