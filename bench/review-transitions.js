#!/usr/bin/env node
/**
 * bench/review-transitions — 20 concurrent reviewers working through a queue of items on PostgreSQL.
 *
 *   npm run bench:review            (BENCH_ITEMS=300 BENCH_REVIEWERS=20 BENCH_DATABASE_URL=postgres://…)
 *
 * Boots the app in-process on a fresh PostgreSQL database (created and dropped here) with the demo data,
 * gives 市生态环境局 BENCH_REVIEWERS holders of each review duty, and takes two queues of BENCH_ITEMS
 * articles from draft to published: the officer submits each, then for each level the reviewers take
 * items from the shared queue and approve them concurrently, then one publisher publishes them. First,
 * not measured, BENCH_WARMUP (60) items go the same way, as on a server that has been running.
 *   1. through the review service, in-process: the transitions themselves (load, checks,
 *      compare-and-set, decision record, audit chain, commit, the reviewer's new view);
 *   2. over HTTP (the admin API), which adds Strapi's admin authentication and RBAC per request; first
 *      Strapi's floor: the same concurrent clients on an admin route that runs none of our code.
 * The mail server receiving the notifications and the reviewers' HTTP clients run in a worker thread, so
 * that the event loop measured is Strapi's alone.
 * Prints p50/p95/p99/max and throughput per transition, SQL statements and CPU (Strapi's process, PostgreSQL's
 * processes) per transition.
 * Target (issue #4): p99 ≤ 100 ms per transition. BENCH_HTTP=false skips part 2; BENCH_PROFILE=f.cpuprofile
 * writes a CPU profile of the measured phases (BENCH_PROFILE_PHASE=text: of those whose label contains it).
 */
const { randomUUID } = require('crypto');
const fs = require('fs');
const path = require('path');

const { isMainThread, parentPort, Worker } = require('worker_threads');

/**
 * What is not the system under test runs in a worker thread, on its own event loop: the mail server
 * that receives the notifications, and the reviewers' HTTP clients (their browsers, in real life).
 */
if (!isMainThread) {
  const { SMTPServer } = require('smtp-server');
  const smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], disableReverseLookup: true, logger: false, closeTimeout: 200, onData: (s, _x, cb) => { s.resume(); s.on('end', () => cb()); } });
  smtp.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'smtp', port: smtp.server.address().port }));
  parentPort.on('message', async (message) => {
    if (message.type === 'close') return smtp.close(() => parentPort.postMessage({ type: 'closed' }));
    // { base, tokens, ids, method, paths, body }: each token a client taking ids from the shared queue.
    const { base, tokens, ids, method, paths, body } = message;
    const queue = ids.map((id, i) => [id, paths[i]]);
    const samples = [];
    let failure = null;
    await Promise.all(
      tokens.map(async (token) => {
        for (let next = queue.shift(); next !== undefined && !failure; next = queue.shift()) {
          const started = performance.now();
          const response = await fetch(`${base}${next[1]}`, {
            method,
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: body ? JSON.stringify(body) : undefined,
          });
          const json = await response.json().catch(() => null);
          samples.push(performance.now() - started);
          if (!response.ok) failure = `${method} ${next[1]} → ${response.status} ${json?.error?.message ?? ''}`;
        }
      }),
    );
    parentPort.postMessage({ type: 'samples', samples, failure });
  });
  return;
}

const { Client } = require('pg');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 300);
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 60);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LEVELS = [
  ['section', 'section-reviewer'],
  ['confidentiality', 'confidentiality-reviewer'],
  ['leader-in-charge', 'leader-in-charge'],
];

/** Several CPU profiles as one: their trees side by side under one root, samples concatenated. */
const mergeProfiles = (profiles) => {
  const nodes = [];
  const samples = [];
  const timeDeltas = [];
  let offset = 0;
  let root = null;
  for (const profile of profiles) {
    const shift = offset;
    const localRoot = profile.nodes[0];
    for (const node of profile.nodes) {
      if (node === localRoot && root) {
        root.children.push(...(node.children ?? []).map((c) => c + shift));
        continue;
      }
      const copy = { ...node, id: node.id + shift, children: (node.children ?? []).map((c) => c + shift) };
      if (node === localRoot) root = copy;
      nodes.push(copy);
    }
    samples.push(...profile.samples.map((s) => (s === localRoot.id ? root.id : s + shift)));
    timeDeltas.push(...profile.timeDeltas);
    offset += Math.max(...profile.nodes.map((n) => n.id));
  }
  return { nodes, startTime: profiles[0].startTime, endTime: profiles[profiles.length - 1].endTime, samples, timeDeltas };
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const report = (name, samples, wallMs) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (n) => `${n.toFixed(1).padStart(7)} ms`;
  console.log(
    `${name.padEnd(26)} n=${String(sorted.length).padStart(4)}  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  ` +
      `p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted[sorted.length - 1])}  ${((sorted.length / wallMs) * 1000).toFixed(0)}/s`,
  );
  return percentile(sorted, 99);
};

const admin = async (sql) => {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const main = async () => {
  const appDir = path.resolve(__dirname, '..');
  const name = `ca_bench_${Date.now()}`;
  const worker = new Worker(__filename);
  const fromWorker = (type) => new Promise((resolve) => worker.once('message', (m) => m.type === type && resolve(m)));
  const smtpPort = (await fromWorker('smtp')).port;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  Object.assign(process.env, {
    DATABASE_URL: url.toString(),
    DATABASE_POOL_MAX: String(Math.max(10, REVIEWERS + 2)),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'error',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_IGNORE_TLS: 'true',
  });

  let strapi;
  try {
    const ctx = await compileStrapi({ appDir });
    strapi = await createStrapi({ ...ctx, autoReload: false, serveAdminPanel: false }).load();
    strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;

    const jwtFor = async (userId) => {
      const manager = strapi.sessionManager('admin');
      const { token } = await manager.generateRefreshToken(String(userId), randomUUID(), { type: 'session' });
      return (await manager.generateAccessToken(token)).token;
    };

    // People: the demo officer, and REVIEWERS holders of each level's duty in 市生态环境局.
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } });
    const column = await strapi.db.query('api::column.column').findOne({ where: { name: '环保专栏' } });
    const reviewerRole = await strapi.db.query('admin::role').findOne({ where: { code: 'content-assurance-reviewer' } });
    const officer = await strapi.db.query('admin::user').findOne({ where: { email: 'officer.sthj@example.gov.cn' } });
    const officerJwt = await jwtFor(officer.id);
    const duties = strapi.plugin('responsibility').service('duties');
    const reviewers = {};
    for (const [, duty] of LEVELS) {
      reviewers[duty] = [];
      for (let i = 0; i < REVIEWERS; i += 1) {
        const user = await strapi.service('admin::user').create({
          email: `bench-${duty}-${i}@example.gov.cn`, firstname: `${i}`, lastname: duty, password: 'Bench2026!', isActive: true, registrationToken: null, roles: [reviewerRole.id],
        });
        await duties.assign({ duty, unitId: unit.id, userId: user.id }, { email: 'bench@example.gov.cn' });
        reviewers[duty].push({ jwt: await jwtFor(user.id), actor: { id: user.id, email: user.email, name: `${duty}${i}`, isSuperAdmin: false } });
      }
    }

    // Two queues of ITEMS drafts written by the officer (through the Document Service, outside the measure):
    // one taken through the review service in-process, one over HTTP.
    const draft = async (label, count = ITEMS) => {
      const ids = [];
      for (let i = 0; i < count; i += 1) {
        const doc = await strapi.documents('api::article.article').create({
          data: { title: `压测稿件 ${label} ${i}`, body: `正文 ${i}`, column: column.documentId, submittingUnit: unit.documentId, importance: 'normal' },
        });
        ids.push(doc.documentId);
      }
      return ids;
    };
    const warmupIds = await draft('warm-up', WARMUP);
    const serviceIds = await draft('service');
    const httpIds = await draft('http');
    console.log(`PostgreSQL ${name}: ${ITEMS} items per queue, ${REVIEWERS} reviewers per level, ${LEVELS.length} levels; ${WARMUP} items to warm up`);

    // Each phase: REVIEWERS workers take items from a shared queue.
    let queries = 0;
    strapi.db.connection.on('query', () => (queries += 1));
    // CPU spent per transition by this process (Strapi) and by PostgreSQL's processes (Linux /proc).
    const postgresCpuMs = () => {
      let ticks = 0;
      for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          if (stat.includes('(postgres)')) ticks += Number(fields[11]) + Number(fields[12]);
        } catch {
          // the process ended meanwhile
        }
      }
      return (ticks * 1000) / 100;
    };
    const cpu = () => ({ node: process.cpuUsage(), postgres: fs.existsSync('/proc/self/stat') ? postgresCpuMs() : NaN });
    const cpuReport = (before, count) => {
      const used = process.cpuUsage(before.node);
      const nodeMs = (used.user + used.system) / 1000 / count;
      const pgMs = (cpu().postgres - before.postgres) / count;
      console.log(`${''.padEnd(26)} SQL statements per transition: ${(queries / count).toFixed(1)}; CPU per transition: Strapi ${nodeMs.toFixed(2)} ms, PostgreSQL ${pgMs.toFixed(2)} ms`);
    };
    // BENCH_PROFILE=file.cpuprofile: a CPU profile of the measured phases (BENCH_PROFILE_PHASE=text: those whose label has it).
    const inspector = process.env.BENCH_PROFILE ? new (require('inspector').Session)() : null;
    const post = (method, params) => new Promise((resolve, reject) => inspector.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
    if (inspector) {
      inspector.connect();
      await post('Profiler.enable');
    }
    const profiled = (label) => inspector && label.includes(process.env.BENCH_PROFILE_PHASE ?? '');
    /** The workers take the ids from one shared queue; returns each request's time. */
    const drive = async (ids, workers, request) => {
      const queue = [...ids];
      const samples = [];
      await Promise.all(
        workers.map(async (worker) => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            const begun = performance.now();
            await request(worker, id);
            samples.push(performance.now() - begun);
          }
        }),
      );
      return samples;
    };
    const phase = async (label, ids, workers, request) => {
      queries = 0;
      if (profiled(label)) await post('Profiler.start');
      const before = cpu();
      const started = performance.now();
      const samples = await drive(ids, workers, request);
      const p99 = report(label, samples, performance.now() - started);
      cpuReport(before, samples.length);
      if (profiled(label)) profiles.push((await post('Profiler.stop')).profile);
      return p99;
    };
    const profiles = [];

    // 1. The transitions themselves: the review service called by 20 concurrent reviewers in-process
    //    (load, check, compare-and-set, decision, audit chain, commit, the reviewer's new view).
    const review = strapi.plugin('review').service('review');
    const ref = (documentId) => ({ type: 'api::article.article', documentId });
    const officerActor = { id: officer.id, email: officer.email, name: '信息员', isSuperAdmin: false };
    const submit = (actor, id) => review.submit(ref(id), actor);
    const approve = (levelKey) => (actor, id) => review.decide(ref(id), actor, { levelKey, decision: 'approve', opinion: '同意' });
    const publish = (_actor, id) => strapi.documents('api::article.article').publish({ documentId: id });
    // Warm-up, not measured: BENCH_WARMUP items through the same transitions first, as a running server
    // would have done (V8 compiles the hot paths, each pooled connection prepares its statements).
    await drive(warmupIds, [officerActor], submit);
    for (const [levelKey, duty] of LEVELS) await drive(warmupIds, reviewers[duty].map((r) => r.actor), approve(levelKey));
    await drive(warmupIds, [officerActor], publish);

    console.log('— transitions (review service, in-process) —');
    const transitionP99s = [];
    transitionP99s.push(await phase('submit (1 officer)', serviceIds, [officerActor], submit));
    for (const [levelKey, duty] of LEVELS) transitionP99s.push(await phase(`approve ${levelKey}`, serviceIds, reviewers[duty].map((r) => r.actor), approve(levelKey)));
    transitionP99s.push(await phase('publish (1 publisher)', serviceIds, [officerActor], publish));

    // 2. The same over HTTP: Strapi's admin authentication and permission checks, routing, JSON.
    const httpP99s = [];
    if (process.env.BENCH_HTTP !== 'false') {
    console.log('— over HTTP (admin API, with Strapi authentication and RBAC) —');
    // HTTP phases: the clients run in the worker thread; Strapi answers on this one.
    const overHttp = async (label, ids, tokens, method, url, body) => {
      queries = 0;
      if (profiled(`HTTP ${label}`)) await post('Profiler.start');
      const before = cpu();
      const started = performance.now();
      worker.postMessage({ base, tokens, ids, method, paths: ids.map(url), body });
      const { samples, failure } = await fromWorker('samples');
      if (failure) throw new Error(failure);
      const p99 = report(label, samples, performance.now() - started);
      cpuReport(before, samples.length);
      if (profiled(`HTTP ${label}`)) profiles.push((await post('Profiler.stop')).profile);
      return p99;
    };
    // Strapi's own floor: the same 20 concurrent clients on an admin route with none of our code
    // (authentication, session, permissions, koa): what any admin request costs here before ours runs.
    await overHttp('floor: GET /admin/users/me', httpIds, reviewers[LEVELS[0][1]].map((r) => r.jwt), 'GET', () => '/admin/users/me');
    httpP99s.push(await overHttp('submit (1 officer)', httpIds, [officerJwt], 'POST', (id) => `/review/items/article/${id}/submit`));
    for (const [levelKey, duty] of LEVELS) {
      httpP99s.push(
        await overHttp(`approve ${levelKey}`, httpIds, reviewers[duty].map((r) => r.jwt), 'POST', (id) => `/review/items/article/${id}/decisions`, { levelKey, decision: 'approve', opinion: '同意' }),
      );
    }
    httpP99s.push(await overHttp('publish (1 publisher)', httpIds, [officerJwt], 'POST', (id) => `/review/items/article/${id}/publish`));
    }

    // The profiles of the phases, one after the other (each starts where the previous one ended).
    if (profiles.length) fs.writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(mergeProfiles(profiles)));
    const published = await strapi.db.query('api::article.article').count({ where: { title: { $startsWith: '压测稿件' }, publishedAt: { $notNull: true } } });
    const worst = (p99s) => Math.max(...p99s);
    console.log(`published: ${published}/${2 * ITEMS + WARMUP}`);
    console.log(`transitions: worst p99 ${worst(transitionP99s).toFixed(1)} ms — target p99 ≤ 100 ms: ${worst(transitionP99s) <= 100 ? 'met' : 'NOT met'}`);
    if (httpP99s.length) console.log(`over HTTP:   worst p99 ${worst(httpP99s).toFixed(1)} ms (${worst(httpP99s) <= 100 ? 'within' : 'above'} 100 ms)`);
    await strapi.plugin('review').service('review').flush();
  } finally {
    if (strapi) await strapi.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    worker.postMessage({ type: 'close' });
    await fromWorker('closed');
    await worker.terminate();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
