#!/usr/bin/env node
/**
 * bench/overdue-scan — the morning scan on a large site, on PostgreSQL.
 *
 *   npm run bench:overdue
 *   BENCH_STAGES=5000 npm run bench:overdue                 # one quick stage
 *   BENCH_PROFILE=/tmp/scan.cpuprofile npm run bench:overdue # CPU profile of one scan at the last stage
 *   BENCH_KEEP=1 …                                           # keep the database (its name is printed)
 *   BENCH_DATABASE_URL=postgres://… (default TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres)
 *
 * Creates a fresh database (dropped at the end), boots the app on it (no demo data), and grows it in
 * stages (default 5,000, 20,000, 50,000 columns) up to 50,000 columns, 5,000,000 published items and
 * 500,000 inquiries, generated in SQL as Strapi 5 stores them. The generated site, exactly:
 *
 * - Columns: a channel every 1,000 columns, the others its children. Category: the 8 categories in
 *   turn (column id mod 8). Frequency (保障时限), one assignment per non-channel column, in the
 *   proportions of the real table (database/seed/responsibility-table.csv) over a cycle of 20:
 *   6 blank, 6 随时, 2 每周, 2 每年, 1 季度, 1 每月, 1 每日, 1 每年1月31日前. Owner: one of 200 units.
 * - The window W of a column: its own cadence (每日 1 day, 每周 7, 每月 28, 季度 89, 每年 365, 1月31日:
 *   the days since the last 31 January); for 随时/blank its category's national limit (动态要闻 14 days,
 *   通知公告/政策文件 181, 人事/规划计划 365, 互动交流 89) or 60 days where none applies; a 专题专栏 at
 *   most 7 (the topic-stale rule).
 * - Publication follows the window: 96.5% of the columns published last at 0–90% of W ago (on time,
 *   some of them due soon); 3% (hash of the id < 30 of 1009) last published W + 1 to W + 60 days ago
 *   (late); 0.5% of the non-channel columns (hash 30–34 of 1009) never published (blank; their items
 *   go to the next column, so the total stays 100 per column).
 * - Items: 100 published articles per column on average (5,000,000 at 50,000 columns), each column's
 *   spaced min(W, 30) × 0.6 days apart back from its last publication (a daily column's 100 items span
 *   60 days, most columns' 5 years; about 3,500 items a day site-wide at 50,000 columns). Each is a Strapi 5 document of
 *   two rows — the published version and its draft (published_at null) — each with its column link
 *   and submitting-unit link: 10,000,000 article rows and 10,000,000 column links at 50,000 columns.
 *   One in 997 is a policy document (政策文件); 98% of these have their interpretation (政策解读, draft and
 *   published, linked version to version) published 0–23 hours after them, 2% (hash) have none.
 * - Inquiries: 10 per column (500,000), received evenly over the last 200 days, the 6 channels in turn,
 *   assigned to the 200 units. Answered (a published reply, draft + published row, each linked),
 *   0.5–3.5 days after receipt: all except those received in the last 2 days (half of them with a draft
 *   reply in review), 2 in 101 (hash) of those received in the last 30 days (late), and 1 in 4,999 (hash)
 *   of any age (forgotten). So about 98.7% are answered and about 1.3% (6,500 at 500,000) open.
 * - Units: 200 (10 counties, 5 districts, 150 municipal departments, 35 stationed units), each with a
 *   leader, two officers and an alert address (附件3 备案表), and a principal leader holding the duty
 *   as an admin user; one site administrator.
 *
 * The scan does not aggregate the items: it reads two activity tables the overdue plugin keeps (per
 * column: latest publication and published items; per submitting unit and Beijing month: published
 * items), kept right by a Document Service middleware on every publication, rebuilt from the items at
 * first start or on demand. The site here is generated in SQL, past the Document Service, so each stage
 * rebuilds them (and vacuums them, as autovacuum keeps a live site's).
 *
 * At each stage it prints, medians of 5 runs (BENCH_RUNS; the items aggregates: 3):
 * - items aggregates: the full set-based aggregates over the item rows (articles × column links: last
 *   publication and count per column; articles × unit links: count per unit and month), which the
 *   scan does NOT run — what the activity tables replace; in brackets the rebuild of both tables;
 * - the bare SQL the scan is built on, the same query builders the scan runs, rows parsed by the
 *   driver and discarded: `activity` (the two activity tables), `open-inq` (inquiries without a
 *   published reply: an anti-join over the reply links), `other` (columns with parents, assignments with
 *   their column and units, group links, groups, members, units; published policy documents with their
 *   interpretations), and `together` — all of them issued at once, as the scan issues them. Not counted:
 *   the 200 units' contacts and duty holders and the open findings of earlier runs (query engine, small);
 * - the whole scan (`preview`: the findings, the veto risk and the digests it would send; nothing
 *   written), its findings, and scan / bare SQL (`together`).
 * Target (issue #5): at 50,000 columns the scan ≤ 2 s and ≤ 2× the bare SQL it is built on (`together`).
 */
const fs = require('fs');
const inspector = require('inspector');
const path = require('path');

const { Client } = require('pg');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const STAGES = (process.env.BENCH_STAGES ?? '5000,20000,50000').split(',').map(Number);
const ITEMS_PER_COLUMN = 100;
const INQUIRIES_PER_COLUMN = 10;
const UNITS = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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

const RULES = {
  blank: '{"kind":"unspecified"}',
  asNeeded: '{"kind":"as-needed"}',
  weekly: '{"kind":"every","unit":"week","count":1}',
  yearly: '{"kind":"every","unit":"year","count":1}',
  quarterly: '{"kind":"every","unit":"month","count":3}',
  monthly: '{"kind":"every","unit":"month","count":1}',
  daily: '{"kind":"every","unit":"day","count":1}',
  jan31: '{"kind":"fixed-dates","dates":[{"month":1,"day":31}]}',
};
const TEXTS = { blank: '', asNeeded: '随时', weekly: '每周', yearly: '每年', quarterly: '季度', monthly: '每月', daily: '每日', jan31: '每年1月31日前' };
// A cycle of 20 in the proportions of the real table: 6 blank, 6 随时, 2 每周, 2 每年, 1 季度, 1 每月, 1 每日, 1 1月31日.
const CYCLE = ['blank', 'asNeeded', 'weekly', 'blank', 'asNeeded', 'yearly', 'blank', 'asNeeded', 'quarterly', 'blank', 'asNeeded', 'monthly', 'blank', 'asNeeded', 'weekly', 'blank', 'asNeeded', 'yearly', 'daily', 'jan31'];
const OWN_WINDOW = { weekly: 7, yearly: 365, quarterly: 89, monthly: 28, daily: 1 };
const CATEGORIES = ['news', 'notice', 'policy', 'personnel-plan', 'interaction', 'topic', 'profile', 'other'];
const CATEGORY_WINDOW = { news: 14, notice: 181, policy: 181, 'personnel-plan': 365, interaction: 89 };
const CHANNELS = ['consultation', 'petition', 'enterprise-complaint', 'error-report', 'disclosure-request', 'survey'];
const sqlArray = (values) => `(array[${values.map((v) => `'${v}'`).join(',')}])`;

/** The window W (days) of each rule × category, as a SQL CASE over the rule key and category. */
const windowSql = () => {
  const cases = [];
  for (const key of Object.keys(RULES)) {
    for (const category of CATEGORIES) {
      let days;
      if (key === 'jan31') days = `extract(epoch from (now() - make_timestamptz(extract(year from now())::int - (now() < make_timestamptz(extract(year from now())::int, 1, 31, 16, 0, 0, 'UTC'))::int, 1, 31, 16, 0, 0, 'UTC'))) / 86400`;
      else days = String(OWN_WINDOW[key] ?? CATEGORY_WINDOW[category] ?? 60);
      if (category === 'topic') days = `least(${days}, 7)`;
      cases.push(`when p.rule = '${key}' and p.category = '${category}' then ${days}`);
    }
  }
  return `case ${cases.join(' ')} end`;
};

/** Grow the site from `from` to `columns` columns with their assignments, items and inquiries (SQL only). */
const grow = async (knex, from, columns) => {
  const fromItems = from * ITEMS_PER_COLUMN;
  const items = columns * ITEMS_PER_COLUMN;
  const fromInquiries = from * INQUIRIES_PER_COLUMN;
  const inquiries = columns * INQUIRIES_PER_COLUMN;
  const span = columns - from;
  // The plan of each new column: category, rule, window, state (on-time / late / blank), last publication age.
  await knex.raw(`create table if not exists bench_plan (id int primary key, category text, rule text, w float8, state text, last_age float8)`);
  await knex.raw(`
    insert into bench_plan (id, category, rule, state)
    select i, ${sqlArray(CATEGORIES)}[(i % 8) + 1], ${sqlArray(CYCLE)}[((i / 8) % 20) + 1],
      case when (i::bigint * 7919) % 1009 < 30 then 'late' when (i::bigint * 7919) % 1009 < 35 and i % 1000 <> 1 then 'blank' else 'on-time' end
    from generate_series(?::int + 1, ?::int) i`, [from, columns]);
  await knex.raw(`update bench_plan p set w = ${windowSql()} where p.id > ?`, [from]);
  await knex.raw(`
    update bench_plan set last_age = case state when 'late' then w + 1 + (id % 60) else w * 0.9 * ((id::bigint * 104729) % 1000) / 1000.0 end
    where id > ?`, [from]);

  await knex.raw(`
    insert into columns (id, document_id, name, slug, category, is_homepage, target_site, opened_at, sort_order, created_at, updated_at, published_at)
    select p.id, 'col' || p.id, '栏目' || p.id, 'c' || p.id, p.category, p.id % 1000 = 1, 'city', now() - interval '5 years', p.id, now(), now(), now()
    from bench_plan p where p.id > ?`, [from]);
  await knex.raw(`
    insert into columns_parent_lnk (column_id, inv_column_id, column_ord)
    select i, ((i - 1) / 1000) * 1000 + 1, 1 from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);
  const rules = `case p.rule ${Object.entries(RULES).map(([key, json]) => `when '${key}' then '${json}'`).join(' ')} end`;
  const texts = `case p.rule ${Object.entries(TEXTS).map(([key, text]) => `when '${key}' then '${text}'`).join(' ')} end`;
  await knex.raw(`
    insert into responsibility_assignments (id, document_id, content, methods, frequency_text, frequency, created_at, updated_at, published_at)
    select p.id, 'asg' || p.id, '内容' || p.id, '["back-office"]'::jsonb, ${texts}, (${rules})::jsonb, now(), now(), now()
    from bench_plan p where p.id > ? and p.id % 1000 <> 1`, [from]);
  await knex.raw(`insert into responsibility_assignments_column_lnk (assignment_id, column_id) select i, i from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);
  await knex.raw(`insert into responsibility_assignments_units_lnk (assignment_id, unit_id, unit_ord) select i, (i % ${UNITS}) + 1, 1 from generate_series(?::int + 1, ?::int) i where i % 1000 <> 1`, [from, columns]);

  // Items: item m of the new range is rank k = m / span (0 = latest) of column c = from + 1 + m % span
  // (a blank column's items go to the next column). Published row id 2n - 1, its draft 2n.
  await knex.raw(`
    create unlogged table bench_items as
    select n, case when p.state = 'blank' then case when p.id = ?::int then p.id - 1 else p.id + 1 end else p.id end as column_id,
      now() - ((p.last_age + ((n - ?::int - 1) / ?::int) * least(p.w, 30) * 0.6) * interval '1 day') as published_at
    from generate_series(?::int + 1, ?::int) n join bench_plan p on p.id = ?::int + 1 + (n - ?::int - 1) % ?::int`,
    [columns, fromItems, span, fromItems, items, from, fromItems, span]);
  await knex.raw(`
    insert into articles (id, document_id, title, info_type, importance, is_policy_document, needs_interpretation, created_at, updated_at, published_at)
    select 2 * n - 1 + v, 'art' || n, '稿件' || n, 'text', 'normal', n % 997 = 0, n % 997 = 0, published_at, published_at, case when v = 0 then published_at end
    from bench_items, (values (0), (1)) versions(v)`);
  await knex.raw(`insert into articles_column_lnk (article_id, column_id, article_ord) select 2 * n - 1 + v, column_id, 1 from bench_items, (values (0), (1)) versions(v)`);
  await knex.raw(`insert into articles_submitting_unit_lnk (article_id, unit_id) select 2 * n - 1 + v, (column_id % ${UNITS}) + 1 from bench_items, (values (0), (1)) versions(v)`);
  // Policy documents (1 in 997 items): 98% interpreted (同步发布), the interpretation published 0–1 day after
  // the document; each version of the interpretation linked to the same version of the document.
  await knex.raw(`
    insert into interpretations (id, document_id, title, body, created_at, updated_at, published_at)
    select 2 * n - 1 + v, 'int' || n, '解读' || n, '解读', at, at, case when v = 0 then at end
    from (select n, least(published_at + ((n % 24) * interval '1 hour'), now()) as at from bench_items where n % 997 = 0 and (n::bigint * 7919) % 53 <> 0) i,
      (values (0), (1)) versions(v)`);
  await knex.raw(`
    insert into interpretations_policy_article_lnk (interpretation_id, article_id, interpretation_ord)
    select i.id, i.id, 1 from interpretations i where i.id > ?::int * 2`, [fromItems]);
  await knex.raw(`insert into interpretations_drafting_unit_lnk (interpretation_id, unit_id) select n.id, (b.column_id % ${UNITS}) + 1 from interpretations n join bench_items b on (n.id + 1) / 2 = b.n where n.id > ?::int * 2`, [fromItems]);
  await knex.raw(`drop table bench_items`);

  // Inquiries, and their replies (published row 2n - 1, draft 2n; a reply in review has only its draft).
  await knex.raw(`
    create unlogged table bench_inquiries as
    select n, ((n % 200) + (n % 86400) / 86400.0) as age,
      not ((n % 200) + (n % 86400) / 86400.0 < 2 or ((n % 200) < 30 and (n::bigint * 7919) % 101 < 2) or (n::bigint * 7919) % 4999 = 0) as answered
    from generate_series(?::int + 1, ?::int) n`, [fromInquiries, inquiries]);
  await knex.raw(`
    insert into inquiries (id, document_id, channel, subject, content, received_at, status, created_at, updated_at, published_at)
    select n, 'inq' || n, ${sqlArray(CHANNELS)}[(n % 6) + 1], '留言' || n, '内容', now() - age * interval '1 day',
      case when answered then 'replied' else 'assigned' end, now() - age * interval '1 day', now(), now()
    from bench_inquiries`);
  await knex.raw(`insert into inquiries_assigned_unit_lnk (inquiry_id, unit_id) select n, ((n / 200) % ${UNITS}) + 1 from bench_inquiries`);
  await knex.raw(`
    insert into replies (id, document_id, body, created_at, updated_at, published_at)
    select 2 * n - 1 + v, 'rep' || n, '答复', r.at, r.at, case when v = 0 then r.at end
    from (select n, answered, now() - (age - least(age, 0.5 + (n % 7) * 0.5)) * interval '1 day' as at from bench_inquiries
          where answered or (age < 2 and (n / 200) % 2 = 0)) r, (values (0), (1)) versions(v)
    where r.answered or v = 1`);
  await knex.raw(`
    insert into replies_inquiry_lnk (reply_id, inquiry_id, reply_ord)
    select r.id, (r.id + 1) / 2, 1 from replies r where r.id > ?::int * 2`, [fromInquiries]);
  await knex.raw(`drop table bench_inquiries`);

  for (const table of ['columns', 'columns_parent_lnk', 'responsibility_assignments', 'articles', 'articles_column_lnk', 'articles_submitting_unit_lnk', 'interpretations', 'interpretations_policy_article_lnk', 'interpretations_drafting_unit_lnk', 'inquiries', 'inquiries_assigned_unit_lnk', 'replies', 'replies_inquiry_lnk']) {
    await knex.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
  await knex.raw('vacuum analyze');
};

/** Units with their 备案表 contacts, a principal leader each (an admin user), one site administrator. */
const createUnits = async (knex) => {
  await knex.raw(`
    insert into units (id, document_id, name, kind, alert_email, created_at, updated_at, published_at)
    select i, 'unit' || i, '单位' || i, case when i <= 10 then 'county' when i <= 15 then 'district' when i <= 165 then 'municipal-department' else 'stationed-unit' end,
      'alert' || i || '@bench.gov.cn', now(), now(), now()
    from generate_series(1, ${UNITS}) i`);
  await knex.raw(`
    insert into components_contact_people (id, name, title, mobile, email)
    select 3 * i - 2 + k, case k when 0 then '领导' else '信息员' end || i || '-' || k, case k when 0 then '副局长' else '科员' end, '1390000' || lpad(i::text, 4, '0'), 'p' || i || '-' || k || '@bench.gov.cn'
    from generate_series(1, ${UNITS}) i, generate_series(0, 2) k`);
  await knex.raw(`
    insert into units_cmps (entity_id, cmp_id, component_type, field, "order")
    select i, 3 * i - 2 + k, 'contact.person', case k when 0 then 'leader' else 'officers' end, greatest(k, 1)
    from generate_series(1, ${UNITS}) i, generate_series(0, 2) k`);
  await knex.raw(`
    insert into admin_users (id, document_id, firstname, lastname, email, is_active, blocked, created_at, updated_at, published_at)
    select i, 'adm' || i, '负责人' || i, '王', 'chief' || i || '@bench.gov.cn', true, false, now(), now(), now() from generate_series(1, ${UNITS + 1}) i`);
  await knex.raw(`
    insert into responsibility_unit_duties (id, document_id, duty, created_at, updated_at, published_at)
    select i, 'duty' || i, case when i <= ${UNITS} then 'principal-leader' else 'site-administrator' end, now(), now(), now() from generate_series(1, ${UNITS + 1}) i`);
  await knex.raw(`insert into responsibility_unit_duties_unit_lnk (unit_duty_id, unit_id) select i, i from generate_series(1, ${UNITS}) i`);
  await knex.raw(`insert into responsibility_unit_duties_user_lnk (unit_duty_id, user_id) select i, i from generate_series(1, ${UNITS + 1}) i`);
  for (const table of ['units', 'components_contact_people', 'units_cmps', 'admin_users', 'responsibility_unit_duties']) {
    await knex.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
};

/** One CPU profile of `fn`, written to `file`; prints the functions with the most self time. */
const profile = async (file, fn) => {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  await fn();
  const { profile: result } = await post('Profiler.stop');
  session.disconnect();
  fs.writeFileSync(file, JSON.stringify(result));
  const deltas = result.timeDeltas;
  const selfById = new Map();
  result.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byFunction = new Map();
  for (const node of result.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|plugins)\//, '$1/')}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfById.get(node.id) ?? 0));
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU profile written to ${file}; self time (total ${(total / 1000).toFixed(0)} ms):`);
  for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
};

const main = async () => {
  const appDir = path.resolve(__dirname, '..');
  // BENCH_REUSE=<database kept by BENCH_KEEP>: measure it again as it is, without generating anything.
  const reuse = process.env.BENCH_REUSE;
  const name = reuse ?? `ca_bench_overdue_${Date.now()}`;
  if (!reuse) await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  Object.assign(process.env, { DATABASE_URL: url.toString(), SEED_DEMO: 'false', LOG_LEVEL: 'error', OVERDUE_CRON_ENABLED: 'false' });
  let strapi;
  try {
    strapi = await createStrapi({ ...(await compileStrapi({ appDir })), autoReload: false, serveAdminPanel: false }).load();
    const knex = strapi.db.connection;
    if (!reuse) await createUnits(knex);
    const scan = () => strapi.plugin('overdue').service('scan');
    const { repositories } = require(path.join(appDir, 'plugins/overdue/dist/server/src/repositories'));
    const repo = repositories(strapi);
    const table = require(path.join(appDir, 'plugins/responsibility/dist/server/src/repositories')).repositories(strapi).scanReads;
    const now = new Date();
    // The bare SQL of the scan: the same query builders the scan runs, rows discarded (no mapping, no rules).
    const local = new Date(now.getTime() + 8 * 3600 * 1000);
    const [year, month] = [local.getUTCFullYear(), local.getUTCMonth() + 1];
    const label = (y, m) => `${y}-${String(m).padStart(2, '0')}`;
    const months = [label(year, month), month === 1 ? label(year - 1, 12) : label(year, month - 1)];
    const bare = {
      activity: () => Promise.all([repo.activity.readQuery(), repo.activity.unitMonthsQuery(months)]),
      openInquiries: () => repo.source.queries.openInquiries(),
      other: () => Promise.all([...Object.values(table.queries()).map((query) => query()), repo.source.queries.policyDocuments()]),
    };
    bare.all = () => Promise.all([bare.activity(), bare.openInquiries(), bare.other()]);
    console.log(`database ${name}; medians of ${RUNS} runs`);
    console.log(
      'columns    items  inquiries | items aggregates (rebuild)  | bare SQL: activity open-inq   other   together | scan (preview) findings | scan/bare',
    );
    let from = 0;
    let last = null;
    const stages = reuse ? [Number((await knex('columns').count({ n: '*' }))[0].n)] : STAGES;
    for (const columns of stages) {
      const started = performance.now();
      if (!reuse) await grow(knex, from, columns);
      from = columns;
      const generated = ((performance.now() - started) / 1000).toFixed(0);
      // The site was generated in SQL, past the Document Service: rebuild the activity table (as at first start).
      const rebuild = await median(1, () => repo.activity.rebuild());
      await knex.raw('vacuum analyze overdue_column_activity, overdue_unit_activity');
      const aggregate = await median(Math.min(RUNS, 3), () => Promise.all([repo.activity.aggregate(), repo.activity.unitAggregateRows()]));
      const activity = await median(RUNS, bare.activity);
      const open = await median(RUNS, bare.openInquiries);
      const other = await median(RUNS, bare.other);
      const together = await median(RUNS, bare.all);
      let result = null;
      const scanned = await median(RUNS, async () => {
        result = await scan().preview(now);
      });
      last = { scan: scanned, bare: together };
      console.log(
        `${String(columns).padStart(7)} ${String(columns * ITEMS_PER_COLUMN).padStart(8)} ${String(columns * INQUIRIES_PER_COLUMN).padStart(10)} | ` +
          `${aggregate.toFixed(0).padStart(8)} ms (${rebuild.toFixed(0).padStart(6)} ms)          | ` +
          `${activity.toFixed(0).padStart(8)} ms ${open.toFixed(0).padStart(5)} ms ${other.toFixed(0).padStart(5)} ms ${together.toFixed(0).padStart(7)} ms | ` +
          `${scanned.toFixed(0).padStart(11)} ms ${String(result.findings.length).padStart(8)} | ${(scanned / together).toFixed(2).padStart(6)}×` +
          `   (generated in ${generated} s)`,
      );
      console.log(`         findings by kind: ${JSON.stringify(result.counts)}; emails: ${result.emails.length}`);
    }
    if (last) {
      console.log(`target at the last stage (${from} columns): scan ≤ 2000 ms: ${last.scan <= 2000 ? 'met' : 'NOT met'}; scan ≤ 2× bare SQL: ${last.scan <= 2 * last.bare ? 'met' : 'NOT met'}`);
    }
    if (process.env.BENCH_PROFILE) {
      await profile(process.env.BENCH_PROFILE, () => scan().preview(now));
    }
  } finally {
    if (strapi) await strapi.destroy();
    if (process.env.BENCH_KEEP || reuse) console.log(`kept database ${name}`);
    else await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
