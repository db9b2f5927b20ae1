import type { Core } from '@strapi/strapi';

import { scheduled } from './bootstrap';
import { getService } from './utils';

/** Stop the scheduled scan (a live node-cron task keeps the process up) and wait for a running one. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  const task = scheduled.get(strapi);
  if (task) {
    await task.destroy();
    scheduled.delete(strapi);
  }
  // A scan started by "run now" goes on in the background: let it end before the database closes.
  await getService(strapi, 'scan').idle();
};

export default destroy;
