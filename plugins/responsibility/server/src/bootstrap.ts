import type { Core } from '@strapi/strapi';

import { registerPermissions } from './permissions';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  // Admin users made before the account rules get a password record (its age starts now).
  await getService(strapi, 'accounts').backfill();
  // Units' own contact records (from before the unit register) are filed in it: one register of people.
  const filed = await getService(strapi, 'duties').fileContactRecords();
  if (filed.units > 0) strapi.log.info(`responsibility: filed the contacts of ${filed.units} units in the unit register (${filed.created} new people, ${filed.filled} completed)`);
};

export default bootstrap;
