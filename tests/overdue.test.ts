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

  interface RunView {
    id: number;
    status: string;
    findings: number;
    queued: number;
    progress: { digests: number; digestsDone: number; digestsSent: number } | null;
    delivery: { digests: number; sent: number; retrying: number; failed: number } | null;
    error: string | null;
  }
  const scan = () => app.strapi.plugin('overdue').service('scan') as { nextChange(): Promise<void> };
  /**
   * Follow a run as the page does, asking for it until `until` holds: a bounded loop of requests, each
   * after the run's next change (the scan service tells; no timer).
   */
  const followRun = async (id: number, until: (run: RunView) => boolean = (run) => run.status === 'done' || run.status === 'failed'): Promise<RunView> => {
    for (let asked = 0; asked < 10_000; asked += 1) {
      const next = scan().nextChange();
      const response = await as().get(`/overdue/runs/${id}`);
      expect(response.status).toBe(200);
      if (until(response.body.run)) return response.body.run;
      await next;
    }
    throw new Error(`run #${id} did not reach the expected state`);
  };
  /** "Run now": 202 with the queued run at once, then followed to its end; answers what the scan answered before it ran in the background. */
  const runNow = async () => {
    const started = await as().post('/overdue/run');
    expect(started.status).toBe(202);
    expect(['queued', 'running']).toContain(started.body.run.status);
    const run = await followRun(started.body.run.id);
    expect(run.status).toBe('done');
    return { status: 200, body: { ran: true, ...run, delivery: run.delivery! } };
  };
  /** The people of a unit in the unit register (附件3 备案表), as the duty page lists them. */
  const registerOf = async (unitName: string) => {
    const unit = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: unitName } });
    const response = await as().get(`/responsibility/duties?unit=${unit.id}`);
    expect(response.status).toBe(200);
    return response.body.results as { duty: string; user: { email: string } | null; person: { name: string; email: string | null } }[];
  };
  const emailsOf = async (unitName: string, duty: string) =>
    (await registerOf(unitName)).filter((p) => p.duty === duty).map((p) => p.person.email!);

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

  it('sends each unit one Chinese digest with its late columns, to its leader and officers in the unit register', async () => {
    const run = await runNow();
    expect(run.status).toBe(200);
    expect(run.body.ran).toBe(true);
    expect(run.body.queued).toBeGreaterThan(0);
    expect(run.body.delivery.failed).toBe(0);
    expect(run.body.delivery.retrying).toBe(0);

    // 物价信息 is weekly and the demo's last price report is 11 days old; the digest goes to the unit register's people
    const [leader] = await emailsOf('市发展改革委', 'leader-in-charge');
    const officers = await emailsOf('市发展改革委', 'information-officer');
    expect(officers.length).toBeGreaterThan(0);
    const leaderMail = smtp.to(leader);
    expect(leaderMail).toHaveLength(1);
    expect(leaderMail[0].subject).toMatch(/^【内容保障提醒】市发展改革委：/);
    expect(leaderMail[0].html).toContain('物价信息');
    expect(leaderMail[0].html).toContain('<table');
    expect(leaderMail[0].text).toContain('物价信息');
    for (const officer of officers) expect(smtp.to(officer)).toHaveLength(1);
    // a late column, named in the digest with its link in the admin
    expect(leaderMail[0].text).toMatch(/\| 政务公开 > 其他领域 > 物价信息 .*\/admin\/content-manager\/collection-types\/api::column.column\//);

    const sent = await outbox().count({ where: { status: 'sent' } });
    expect(sent).toBe(run.body.queued);
  });

  it("sends 市生态环境局's digest to the demo people of its register: 信息员 李晓东 and 责任领导 刘振华", async () => {
    const people = await registerOf('市生态环境局');
    expect(people.filter((p) => p.duty === 'information-officer').map((p) => p.person.name)).toEqual(['李晓东']);
    expect(people.filter((p) => p.duty === 'leader-in-charge').map((p) => p.person.name)).toEqual(['刘振华']);
    const officerMail = smtp.to('officer.sthj@example.gov.cn');
    expect(officerMail).toHaveLength(1);
    expect(officerMail[0].subject).toMatch(/^【内容保障提醒】市生态环境局：/);
    expect(smtp.to('leader.sthj@example.gov.cn')).toHaveLength(1);
    // the reviewers review; the digest is the 备案表's leader and officers'
    expect(smtp.to('reviewer.sthj@example.gov.cn')).toHaveLength(0);
    const rows = await outbox().findMany({ where: { recipientEmail: 'officer.sthj@example.gov.cn' }, select: ['recipientName', 'role'], limit: 1 });
    expect(rows[0]).toMatchObject({ recipientName: '李晓东', role: 'officer' });
  });

  it('sends nothing twice when the same scan runs again that day', async () => {
    const before = smtp.received.length;
    const rows = await outbox().count();
    const again = await runNow();
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
    const down = await runNow();
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
    await runNow();
    expect(smtp.received.length).toBe(before);

    // after the backoff: each digest once
    clock().set(new Date(tomorrow.getTime() + 30 * 60 * 1000));
    const later = await runNow();
    expect(later.body.delivery.sent).toBe(down.body.queued);
    const [pricesLeader] = await emailsOf('市发展改革委', 'leader-in-charge');
    expect(smtp.to(pricesLeader)).toHaveLength(2); // today's and tomorrow's digest
    expect(await outbox().count({ where: { status: { $ne: 'sent' } } })).toBe(0);
  });

  it('marks a digest failed, with the reason, when the server refuses it for good (5xx)', async () => {
    clock().set(new Date(today.getTime() + 2 * DAY));
    smtp.failWith(550, 'Mailbox unavailable');
    const run = await runNow();
    smtp.failWith(null);
    expect(run.body.delivery.failed).toBeGreaterThan(0);
    const failed = await outbox().findMany({ where: { status: 'failed' }, limit: 1 });
    expect(failed[0].lastError).toContain('550');
    const log = await as().get('/overdue/notifications?status=failed&pageSize=5');
    expect(log.status).toBe(200);
    expect(log.body.pagination.total).toBe(run.body.delivery.failed);
  });

  it('answers "run now" at once with the queued run, refuses a second with 409 and that run, and shows sending n of m until the mail goes', async () => {
    clock().set(new Date(today.getTime() + 4 * DAY));
    const before = smtp.received.length;
    const release = smtp.hold(); // a mail server that does not answer: the request must not wait for it
    let released = false;
    try {
      const started = await as().post('/overdue/run');
      expect(started.status).toBe(202);
      expect(['queued', 'running']).toContain(started.body.run.status);
      const id: number = started.body.run.id;

      const second = await as().post('/overdue/run');
      expect(second.status).toBe(409);
      expect(second.body.error.message).toContain('另一次扫描正在进行');
      expect(second.body.error.details.run.id).toBe(id);

      const sending = await followRun(id, (run) => run.status === 'sending' && (run.progress?.digests ?? 0) > 0);
      expect(sending.progress!.digestsSent).toBe(0);
      expect(sending.queued).toBeGreaterThan(0);
      expect(smtp.received.length).toBe(before);

      release();
      released = true;
      const done = await followRun(id);
      expect(done.status).toBe('done');
      expect(done.progress).toMatchObject({ digests: sending.progress!.digests, digestsDone: sending.progress!.digests, digestsSent: sending.progress!.digests });
      expect(done.delivery).toMatchObject({ sent: done.queued, retrying: 0, failed: 0 });
      expect(smtp.received.length - before).toBe(sending.progress!.digests);
    } finally {
      if (!released) release();
    }
    // the lock is free again: the next click starts a run (nothing new to send that day)
    const next = await runNow();
    expect(next.body.queued).toBe(0);
    expect((await as().get('/overdue/runs/999999')).status).toBe(404);
    expect((await as().get('/overdue/runs/abc')).status).toBe(400);
  });

  it('sends the digest to a person of the register without an admin account', async () => {
    clock().set(new Date(today.getTime() + 5 * DAY));
    const weather = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市气象局' } });
    const added = await as().post('/responsibility/duties', {
      duty: 'leader-in-charge',
      unitId: weather.id,
      name: '孙明辉',
      title: '副局长',
      mobile: '13904699999',
      email: 'sun.minghui@example.gov.cn',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ user: null, person: { name: '孙明辉', email: 'sun.minghui@example.gov.cn' } });
    await runNow();
    const mail = smtp.to('sun.minghui@example.gov.cn');
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toMatch(/^【内容保障提醒】市气象局：/);
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
