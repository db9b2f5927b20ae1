import { spawn } from 'child_process';
import path from 'path';
import readline from 'readline';

import { adminJwtFor, createApiToken } from './helpers/auth';
import { startSmtp, type TestSmtp } from './helpers/smtp';
import { startApp, usePostgres, type TestApp } from './helpers/strapi';

const WEBADMIN = 'webadmin@example.gov.cn';
const DAY = 24 * 3600 * 1000;

/**
 * 栏目更新预警与逾期提醒 on the demo data: the scan finds what is late, each unit's people get one
 * digest a day, a failing mail server loses and doubles nothing, a second instance sends nothing twice.
 */
describe('overdue notifications', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let token: string;
  let today: Date;

  const clock = () => app.strapi.plugin('overdue').service('clock') as { set(d: Date | null): void; now(): Date };
  const as = () => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const outbox = () => app.strapi.db.query('plugin::overdue.notification');

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ seed: true, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_IGNORE_TLS: 'true' } });
    token = await adminJwtFor(app.strapi, WEBADMIN);
    // A fixed morning a day after the demo was loaded: the scan's clock, never the real one.
    const local = new Date(Date.now() + DAY + 8 * 3600 * 1000).toISOString().slice(0, 10);
    today = new Date(`${local}T08:30:00+08:00`);
    clock().set(today);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('previews the findings, the veto risk and the emails without writing or sending anything', async () => {
    const response = await as().post('/overdue/preview');
    expect(response.status).toBe(200);
    const kinds = new Set(response.body.findings.map((f: { kind: string }) => f.kind));
    // the demo is a site mostly up to date: a few blank columns (those the table assigns to nobody) and a few late ones
    expect(kinds.has('column-blank')).toBe(true);
    expect(kinds.has('column-overdue')).toBe(true);
    expect(response.body.vetoRisk.items.map((i: { key: string }) => i.key)).toEqual(['news-notice-stale', 'long-stale', 'blank-columns', 'unanswered-inquiries']);
    const blank = response.body.vetoRisk.items.find((i: { key: string }) => i.key === 'blank-columns');
    expect(blank.count).toBeGreaterThanOrEqual(1);
    expect(blank.count).toBeLessThan(blank.limit);
    expect(blank.atRisk).toBe(false);
    expect(response.body.emails.length).toBeGreaterThan(0);
    expect(await outbox().count()).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('sends each unit one Chinese digest with its late columns, to its leader and officers', async () => {
    const run = await as().post('/overdue/run');
    expect(run.status).toBe(200);
    expect(run.body.ran).toBe(true);
    expect(run.body.queued).toBeGreaterThan(0);
    expect(run.body.delivery.failed).toBe(0);
    expect(run.body.delivery.retrying).toBe(0);

    // 物价信息 is weekly and the demo's last price report is 11 days old
    const office = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市发展改革委' }, populate: ['leader', 'officers'] });
    const leaderMail = smtp.to(office.leader.email);
    expect(leaderMail).toHaveLength(1);
    expect(leaderMail[0].subject).toMatch(/^【内容保障提醒】市发展改革委：/);
    expect(leaderMail[0].html).toContain('物价信息');
    expect(leaderMail[0].html).toContain('<table');
    expect(leaderMail[0].text).toContain('物价信息');
    for (const officer of office.officers) expect(smtp.to(officer.email)).toHaveLength(1);
    // a late column, named in the digest with its link in the admin
    expect(leaderMail[0].text).toMatch(/\| 政务公开 > 其他领域 > 物价信息 .*\/admin\/content-manager\/collection-types\/api::column.column\//);

    const sent = await outbox().count({ where: { status: 'sent' } });
    expect(sent).toBe(run.body.queued);
  });

  it('sends nothing twice when the same scan runs again that day', async () => {
    const before = smtp.received.length;
    const rows = await outbox().count();
    const again = await as().post('/overdue/run');
    expect(again.status).toBe(200);
    expect(again.body.queued).toBe(0);
    expect(smtp.received.length).toBe(before);
    expect(await outbox().count()).toBe(rows);
  });

  it('keeps the digests when the mail server is down and sends them once on a later run', async () => {
    const tomorrow = new Date(today.getTime() + DAY);
    clock().set(tomorrow);
    smtp.failWith(421, 'Service not available, try later');
    const before = smtp.received.length;
    const down = await as().post('/overdue/run');
    expect(down.status).toBe(200);
    expect(down.body.queued).toBeGreaterThan(0);
    expect(down.body.delivery.sent).toBe(0);
    expect(down.body.delivery.retrying).toBe(down.body.queued);
    expect(smtp.received.length).toBe(before);
    const retrying = await outbox().findMany({ where: { status: 'retrying', day: tomorrow.toISOString().slice(0, 10) }, limit: 1 });
    expect(retrying[0].lastError).toContain('421');
    expect(new Date(retrying[0].nextAttemptAt).getTime()).toBeGreaterThan(tomorrow.getTime());

    // too early for the retry: nothing goes
    smtp.failWith(null);
    clock().set(new Date(tomorrow.getTime() + 60 * 1000));
    await as().post('/overdue/run');
    expect(smtp.received.length).toBe(before);

    // after the backoff: each digest once
    clock().set(new Date(tomorrow.getTime() + 30 * 60 * 1000));
    const later = await as().post('/overdue/run');
    expect(later.body.delivery.sent).toBe(down.body.queued);
    const prices = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市发展改革委' }, populate: ['leader'] });
    expect(smtp.to(prices.leader.email)).toHaveLength(2); // today's and tomorrow's digest
    expect(await outbox().count({ where: { status: { $ne: 'sent' } } })).toBe(0);
  });

  it('marks a digest failed, with the reason, when the server refuses it for good (5xx)', async () => {
    clock().set(new Date(today.getTime() + 2 * DAY));
    smtp.failWith(550, 'Mailbox unavailable');
    const run = await as().post('/overdue/run');
    smtp.failWith(null);
    expect(run.body.delivery.failed).toBeGreaterThan(0);
    const failed = await outbox().findMany({ where: { status: 'failed' }, limit: 1 });
    expect(failed[0].lastError).toContain('550');
    const log = await as().get('/overdue/notifications?status=failed&pageSize=5');
    expect(log.status).toBe(200);
    expect(log.body.pagination.total).toBe(run.body.delivery.failed);
  });

  it('answers column health to an API token, and bad input with 400', async () => {
    const apiToken = await createApiToken(app.strapi, 'read-only');
    const health = await app.http().get('/api/overdue/column-health').set('Authorization', `Bearer ${apiToken}`);
    expect(health.status).toBe(200);
    // assigned to no unit in the table, never published
    const functions = health.body.data.find((c: { name: string }) => c.name === '机构职能');
    expect(functions).toMatchObject({ state: 'blank', lastPublishedAt: null });
    const overdue = await app.http().get('/api/overdue/column-health?state=overdue').set('Authorization', `Bearer ${apiToken}`);
    expect(overdue.body.data.every((c: { state: string }) => c.state === 'overdue')).toBe(true);
    expect((await app.http().get('/api/overdue/column-health?state=late').set('Authorization', `Bearer ${apiToken}`)).status).toBe(400);
    expect((await app.http().get('/api/overdue/column-health')).status).toBe(403);
    expect((await as().get('/overdue/notifications?status=lost')).status).toBe(400);
    expect((await as().post('/overdue/run', { force: true })).status).toBe(400);
  });

  (usePostgres ? it : it.skip)('lets exactly one of two instances scan at once on PostgreSQL: each email once', async () => {
    const day = new Date(today.getTime() + 3 * DAY);
    clock().set(day);
    const before = smtp.received.length;
    const second = spawn(process.execPath, [path.join(__dirname, 'helpers', 'second-instance.js'), day.toISOString()], {
      env: { ...process.env, LOG_LEVEL: 'error' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: second.stdout! });
    const output: string[] = [];
    const ready = new Promise<void>((resolve) => lines.on('line', (line) => (line === 'ready' ? resolve() : output.push(line))));
    const exited = new Promise<number | null>((resolve) => second.on('exit', resolve));
    await ready;
    second.stdin!.write('go\n');
    const scan = app.strapi.plugin('overdue').service('scan') as { run(o: { trigger: 'manual'; now: Date }): Promise<{ ran: boolean; queued?: number }> };
    const here = await scan.run({ trigger: 'manual', now: day });
    expect(await exited).toBe(0);
    const there = JSON.parse(output[output.length - 1]) as { ran: boolean; queued: number };

    const queued = (here.ran ? here.queued ?? 0 : 0) + (there.ran ? there.queued : 0);
    expect(queued).toBeGreaterThan(0);
    const dayKey = day.toISOString().slice(0, 10);
    // every row of the day once, and sent once: one digest per recipient and unit
    expect(await outbox().count({ where: { day: dayKey } })).toBe(queued);
    const rows = await outbox().findMany({ where: { day: dayKey }, select: ['recipientEmail', 'unitId', 'status'] });
    expect(rows.every((r: { status: string }) => r.status === 'sent')).toBe(true);
    // both runs delivered before they returned (the other process before it exited)
    expect(smtp.received.length - before).toBe(new Set(rows.map((r: { recipientEmail: string; unitId: number | null }) => `${r.recipientEmail}|${r.unitId}`)).size);
  });
});
