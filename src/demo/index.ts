import fs from 'fs';
import path from 'path';

import type { Core } from '@strapi/strapi';

import { seedDemoAccounts } from './accounts';
import { demoContacts } from './contacts';
import { seedDemoContent, type DemoContentResult } from './content';

/** What the responsibility plugin's `table-seed` service answers (see plugins/responsibility). */
interface TableSeedResult {
  units: number;
  groups: number;
  import: { rows: number; columns: { create: unknown[] }; assignments: { create: unknown[] } };
}
interface TableSeedService {
  seed(input: Record<string, unknown>): Promise<TableSeedResult>;
}

export interface DemoCounts extends DemoContentResult {
  rows: number;
  columns: number;
  assignments: number;
  units: number;
  groups: number;
  accounts: number;
  duties: number;
}
export type DemoSeedResult = { seeded: false } | ({ seeded: true } & DemoCounts);

const readSeedFile = (strapi: Core.Strapi, name: string): Buffer => fs.readFileSync(path.join(strapi.dirs.app.root, 'database', 'seed', name));
const readSeedJson = <T>(strapi: Core.Strapi, name: string): T => JSON.parse(readSeedFile(strapi, name).toString('utf8')) as T;

/**
 * The demo data: on a database with no columns, load the column tree, units and unit groups from the
 * real responsibility table (database/seed/responsibility-table.csv), the demo accounts, then a few
 * months of content carried through the review.
 * All in one transaction: a failure leaves the database as empty as it was.
 */
export const seedDemoIfEmpty = async (strapi: Core.Strapi, now = new Date()): Promise<DemoSeedResult> => {
  if ((await strapi.documents('api::column.column').count({})) > 0) return { seeded: false };

  const tableSeed = strapi.plugin('responsibility').service('table-seed') as TableSeedService;
  const started = Date.now();

  const result = await strapi.db.transaction(async () => {
    const table = await tableSeed.seed({
      table: readSeedFile(strapi, 'responsibility-table.csv'),
      groups: readSeedJson(strapi, 'unit-groups.json'),
      extraUnits: readSeedJson(strapi, 'extra-units.json'),
      contacts: demoContacts,
    });
    const accounts = await seedDemoAccounts(strapi);
    // A few months of the site's history, every item through the review (src/demo/content.ts).
    const content = await seedDemoContent(strapi, now);
    const counts: DemoCounts = {
      rows: table.import.rows,
      columns: table.import.columns.create.length,
      assignments: table.import.assignments.create.length,
      units: table.units,
      groups: table.groups,
      accounts: accounts.users,
      duties: accounts.duties,
      ...content,
    };
    return counts;
  });
  strapi.log.info(
    `Demo data loaded: ${result.columns} columns, ${result.assignments} assignments, ${result.units} units, ${result.groups} unit groups ` +
      `from ${result.rows} table rows; ` +
      `${result.articles} articles (${result.published} published, ${result.inReview} in review), ${result.interpretations} interpretations, ` +
      `${result.inquiries} inquiries, ${result.replies} replies; ${result.accounts} demo accounts with ${result.duties} duties, ${result.staff} unit staff; ` +
      `${Date.now() - started} ms`,
  );
  return { seeded: true, ...result };
};
