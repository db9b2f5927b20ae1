#!/usr/bin/env node
/**
 * bench/overdue-scan — the morning scan on a large site, on PostgreSQL.
 *
 *   npm run bench:overdue      (BENCH_STAGES=5000,20000,50000 BENCH_DATABASE_URL=postgres://…)
 *
 * Creates a fresh database (dropped at the end), boots the app on it (no demo data), and grows it in
 * stages up to 50,000 columns, 5,000,000 published items (100 per column) and 500,000 inquiries
 * (10 per column), generated in SQL. At each stage it prints the time of the bare SQL aggregates the
 * scan is built on (last publication per column; open inquiries) and of the whole scan (the findings,
 * the veto risk and the digests it would send: `preview`, which writes nothing), medians of 3 runs.
 * Target: scan ≤ 2 s and ≤ 2× the bare SQL at 50,000 columns.
 */
const path = require('path');

const { Client } = require('pg');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const STAGES = (process.env.BENCH_STAGES ?? '5000,20000,50000').split(',').map(Number);
const ITEMS_PER_COLUMN = Number(process.env.BENCH_ITEMS_PER_COLUMN ?? 100);
const INQUIRIES_PER_COLUMN = Number(process.env.BENCH_INQUIRIES_PER_COLUMN ?? 10);
const UNITS = 200;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const admin = async (sql) => {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const median = async (times, fn) => {
  const samples = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
};

const RULES = [
  '{"kind":"every","unit":"week","count":1}',
  '{"kind":"every","unit":"month","count":1}',
  '{"kind":"as-needed"}',
  '{"kind":"every","unit":"day","count":1}',
  '{"kind":"fixed-dates","dates":[{"month":1,"day":31}]}',
  '{"kind":"unspecified"}',
  '{"kind":"every","unit":"month","count":3}',
  '{"kind":"every","unit":"year","count":1}',
];
const CATEGORIES = ['news', 'notice', 'policy', 'personnel-plan', 'interaction', 'topic', 'profile', 'other'];
const CHANNELS = ['consultation', 'petition', 'enterprise-complaint', 'error-report', 'disclosure-request', 'survey'];

/** Grow the site to `columns` columns with their assignments, items and inquiries (SQL only). */
const grow = async (knex, from, columns) => {
  const items = columns * ITEMS_PER_COLUMN;
  const inquiries = columns * INQUIRIES_PER_COLUMN;
  const fromItems = from * ITEMS_PER_COLUMN;
  const fromInquiries = from * INQUIRIES_PER_COLUMN;
  const categories = `(array['${CATEGORIES.join("','")}'])[(i % 8) + 1]`;
  // a channel every 1,000 columns; the others its children
  await knex.raw(`
    insert into columns (id, document_id, name, slug, category, is_homepage, target_site, opened_at, sort_order, created_at, updated_at, published_at)
    select i, 'col' || i, '栏目' || i, 'c' || i, ${categories}, i % 1000 = 1, 'city', now() - interval '5 years', i, now(), now(), now()
    from generate_series(?::int + 1, ?::int) i`, [from, columns]);
  await knex.raw(`
    insert into columns_parent_lnk (column_id, inv_column_id, column_ord)
    select i, ((i - 1) / 1000) * 1000 + 1, 1 from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);
  await knex.raw(`
    insert into responsibility_assignments (id, document_id, content, methods, frequency_text, frequency, created_at, updated_at, published_at)
    select i, 'asg' || i, '内容' || i, '["back-office"]'::jsonb, '', (array['${RULES.join("','")}'])[(i % 8) + 1]::jsonb, now(), now(), now()
    from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);
  await knex.raw(`insert into responsibility_assignments_column_lnk (assignment_id, column_id) select i, i from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);
  await knex.raw(`insert into responsibility_assignments_units_lnk (assignment_id, unit_id, unit_ord) select i, (i % ${UNITS}) + 1, 1 from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);
  // published items: item n in column (n % columns) + 1 of the new range's share, spread over 400 days
  await knex.raw(`
    insert into articles (id, document_id, title, info_type, importance, is_policy_document, needs_interpretation, created_at, updated_at, published_at)
    select n, 'art' || n, '稿件' || n, 'text', 'normal', n % 997 = 0, false, now(), now(), now() - ((n % 400) || ' days')::interval - ((n % 86400) || ' seconds')::interval
    from generate_series(?::int + 1, ?::int) n`, [fromItems, items]);
  await knex.raw(`insert into articles_column_lnk (article_id, column_id, article_ord) select n, (n % ?::int) + 1, 1 from generate_series(?::int + 1, ?::int) n`, [columns, fromItems, items]);
  await knex.raw(`insert into articles_submitting_unit_lnk (article_id, unit_id) select n, (n % ${UNITS}) + 1 from generate_series(?::int + 1, ?::int) n`, [fromItems, items]);
  await knex.raw(`
    insert into inquiries (id, document_id, channel, subject, content, received_at, status, created_at, updated_at, published_at)
    select n, 'inq' || n, (array['${CHANNELS.join("','")}'])[(n % 6) + 1], '留言' || n, '内容', now() - ((n % 200) || ' days')::interval, 'assigned', now(), now(), now()
    from generate_series(?::int + 1, ?::int) n`, [fromInquiries, inquiries]);
  await knex.raw(`insert into inquiries_assigned_unit_lnk (inquiry_id, unit_id) select n, (n % ${UNITS}) + 1 from generate_series(?::int + 1, ?::int) n`, [fromInquiries, inquiries]);
  for (const table of ['columns', 'columns_parent_lnk', 'responsibility_assignments', 'articles', 'articles_column_lnk', 'inquiries', 'inquiries_assigned_unit_lnk']) {
    await knex.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
  await knex.raw('analyze');
};

const main = async () => {
  const appDir = path.resolve(__dirname, '..');
  const name = `ca_bench_overdue_${Date.now()}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  Object.assign(process.env, { DATABASE_URL: url.toString(), SEED_DEMO: 'false', LOG_LEVEL: 'error', OVERDUE_CRON_ENABLED: 'false' });
  let strapi;
  try {
    strapi = await createStrapi({ ...(await compileStrapi({ appDir })), autoReload: false, serveAdminPanel: false }).load();
    const knex = strapi.db.connection;
    await knex.raw(`
      insert into units (id, document_id, name, kind, created_at, updated_at, published_at)
      select i, 'unit' || i, '单位' || i, case when i <= 10 then 'county' when i <= 15 then 'district' when i <= 165 then 'municipal-department' else 'stationed-unit' end, now(), now(), now()
      from generate_series(1, ${UNITS}) i`);
    await knex.raw(`select setval(pg_get_serial_sequence('units', 'id'), ${UNITS})`);
    const source = () => strapi.plugin('overdue').service('scan');
    const now = new Date();
    console.log('columns    items        inquiries  | bare SQL: per-column  open-inquiries  sum | scan (preview)  findings  scan/bare');
    let from = 0;
    let last = null;
    for (const columns of STAGES) {
      const started = performance.now();
      await grow(knex, from, columns);
      from = columns;
      const generated = ((performance.now() - started) / 1000).toFixed(0);
      strapi.plugin('responsibility').service('ownership').invalidate();
      const repo = require(path.join(appDir, 'plugins/overdue/dist/server/repositories')).repositories(strapi);
      const activity = await median(3, () => repo.source.columnActivity());
      const inquiries = await median(3, () => repo.source.openInquiries());
      let findings = 0;
      const scan = await median(3, async () => {
        strapi.plugin('responsibility').service('ownership').invalidate();
        findings = (await source().preview(now)).findings.length;
      });
      const bare = activity + inquiries;
      last = { scan, bare };
      console.log(
        `${String(columns).padStart(7)}  ${String(columns * ITEMS_PER_COLUMN).padStart(9)}  ${String(columns * INQUIRIES_PER_COLUMN).padStart(9)}  | ` +
          `${activity.toFixed(0).padStart(9)} ms  ${inquiries.toFixed(0).padStart(11)} ms  ${bare.toFixed(0).padStart(6)} ms | ` +
          `${scan.toFixed(0).padStart(10)} ms  ${String(findings).padStart(8)}  ${(scan / bare).toFixed(1).padStart(6)}×   (generated in ${generated} s)`,
      );
    }
    if (last) console.log(`target at the last stage: scan ≤ 2000 ms: ${last.scan <= 2000 ? 'met' : 'NOT met'}; scan ≤ 2× bare SQL: ${last.scan <= 2 * last.bare ? 'met' : 'NOT met'}`);
  } finally {
    if (strapi) await strapi.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
