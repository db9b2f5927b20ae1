import fs from 'fs';
import path from 'path';

import type { Core } from '@strapi/strapi';

import { demoContacts } from './contacts';
import { seedDemoContent, type DemoContentResult } from './content';

/** What the responsibility plugin's `table-seed` service answers (see plugins/responsibility). */
interface TableSeedResult {
  rows: number;
  units: number;
  groups: number;
  columns: number;
}
interface TableSeedService {
  seed(input: Record<string, unknown>): Promise<TableSeedResult>;
}

export type DemoSeedResult = { seeded: false } | ({ seeded: true } & TableSeedResult & DemoContentResult);

const readSeedFile = (strapi: Core.Strapi, name: string): string =>
  fs.readFileSync(path.join(strapi.dirs.app.root, 'database', 'seed', name), 'utf8');
const readSeedJson = <T>(strapi: Core.Strapi, name: string): T => JSON.parse(readSeedFile(strapi, name)) as T;

/**
 * The demo data: on a database with no columns, load the column tree, units and unit groups from the
 * real responsibility table (database/seed/responsibility-table.csv), then sample content.
 * All in one transaction: a failure leaves the database as empty as it was.
 */
export const seedDemoIfEmpty = async (strapi: Core.Strapi, now = new Date()): Promise<DemoSeedResult> => {
  if ((await strapi.documents('api::column.column').count({})) > 0) return { seeded: false };

  const units = readSeedJson<{ aliases: Record<string, string>; extra: { name: string; kind: string }[] }>(strapi, 'units.json');
  const tableSeed = strapi.plugin('responsibility').service('table-seed') as TableSeedService;

  const result = await strapi.db.transaction(async () => {
    const table = await tableSeed.seed({
      csv: readSeedFile(strapi, 'responsibility-table.csv'),
      groups: readSeedJson(strapi, 'unit-groups.json'),
      unitAliases: units.aliases,
      extraUnits: units.extra,
      columns: readSeedJson(strapi, 'columns.json'),
      contacts: demoContacts,
    });
    const content = await seedDemoContent(strapi, now);
    return { ...table, ...content };
  });
  strapi.log.info(
    `Demo data loaded: ${result.columns} columns, ${result.units} units, ${result.groups} unit groups from ${result.rows} table rows; ` +
      `${result.articles} articles, ${result.inquiries} inquiries`,
  );
  return { seeded: true, ...result };
};
