import fs from 'fs';
import path from 'path';

import type { Core } from '@strapi/strapi';

import { responsibilityApi, type UnitGroupDefinition, type UnitKind } from '@content-assurance/kit/server';

import { seedDemoAccounts } from './accounts';
import { demoContacts } from './contacts';
import { seedDemoContent, seedDemoStaff, type DemoContentResult } from './content';


export interface DemoCounts extends DemoContentResult {
  rows: number;
  columns: number;
  assignments: number;
  units: number;
  groups: number;
  accounts: number;
  duties: number;
  staff: number;
}
export type DemoSeedResult = { seeded: false } | ({ seeded: true } & DemoCounts);

const readSeedFile = (strapi: Core.Strapi, name: string): Buffer => fs.readFileSync(path.join(strapi.dirs.app.root, 'database', 'seed', name));
const readSeedJson = <T>(strapi: Core.Strapi, name: string): T => JSON.parse(readSeedFile(strapi, name).toString('utf8')) as T;

/**
 * SQLite syncs the file to disk at every commit (journal_mode=delete, synchronous=FULL): some 15 ms
 * each, and the content is a thousand small commits. A first load is not worth that: the seed writes
 * unsynced (a crash meanwhile leaves an incomplete demo, reported at the next start) and restores the
 * setting after.
 */
const withoutSync = async <T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<T> => {
  if (strapi.db.dialect.client !== 'sqlite') return fn();
  const rows = (await strapi.db.connection.raw('pragma synchronous')) as { synchronous: number }[];
  const previous = Number(rows[0]?.synchronous ?? 2);
  await strapi.db.connection.raw('pragma synchronous = OFF');
  try {
    return await fn();
  } finally {
    await strapi.db.connection.raw(`pragma synchronous = ${[0, 1, 2, 3].includes(previous) ? previous : 2}`);
  }
};

/**
 * The demo data: on a database with no columns, load the column tree, units and unit groups from the
 * real responsibility table (database/seed/responsibility-table.csv), the demo accounts, then a few
 * months of content carried through the review.
 * The table, the accounts and the units' review staff in one transaction (a failure leaves the
 * database as empty as it was); the content after it, outside, as the review runs in production (its
 * look-ups of duties are cached between transactions, not inside one). A start
 * interrupted during the content is told apart by the `demo` key of the store and reported.
 */
export const seedDemoIfEmpty = async (strapi: Core.Strapi, now = new Date()): Promise<DemoSeedResult> => {
  const store = strapi.store({ type: 'core', name: 'content-assurance' });
  if ((await strapi.documents('api::column.column').count({})) > 0) {
    if (((await store.get({ key: 'demo' })) as { state?: string } | null)?.state === 'loading') {
      strapi.log.warn('The demo content was interrupted while loading: the site is incomplete. Delete the database (.tmp/data.db) and start again. 演示数据未加载完整，请删除数据库后重新启动。');
    }
    return { seeded: false };
  }

  const tableSeed = responsibilityApi(strapi)['table-seed'];
  const started = Date.now();

  const base = await strapi.db.transaction(async () => {
    const table = await tableSeed.seed({
      table: readSeedFile(strapi, 'responsibility-table.csv'),
      groups: readSeedJson<UnitGroupDefinition[]>(strapi, 'unit-groups.json'),
      extraUnits: readSeedJson<{ name: string; kind: UnitKind }[]>(strapi, 'extra-units.json'),
      contacts: demoContacts,
    });
    const accounts = await seedDemoAccounts(strapi);
    const staff = await seedDemoStaff(strapi, now);
    await store.set({ key: 'demo', value: { state: 'loading' } });
    return {
      rows: table.import.rows,
      columns: table.import.columns.create.length,
      assignments: table.import.assignments.create.length,
      units: table.units,
      groups: table.groups,
      accounts: accounts.users,
      duties: accounts.duties,
      staff,
    };
  });
  const baseMs = Date.now() - started;
  // A few months of the site's history, every item through the review (src/demo/content.ts).
  const content = await withoutSync(strapi, () => seedDemoContent(strapi, now));
  await store.set({ key: 'demo', value: { state: 'loaded', at: now.toISOString() } });
  const result: DemoCounts = { ...base, ...content };
  strapi.log.info(
    `Demo data loaded: ${result.columns} columns, ${result.assignments} assignments, ${result.units} units, ${result.groups} unit groups ` +
      `from ${result.rows} table rows; ` +
      `${result.articles} articles (${result.published} published, ${result.inReview} in review), ${result.interpretations} interpretations, ` +
      `${result.inquiries} inquiries, ${result.replies} replies; ${result.accounts} demo accounts with ${result.duties} duties, ${result.staff} unit staff; ` +
      `in ${Date.now() - started} ms (table, accounts and staff ${baseMs} ms)`,
  );
  return { seeded: true, ...result };
};
