import { adminJwtFor, createApiToken } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

const DAY = 24 * 3600 * 1000;
const WEBADMIN = 'webadmin@example.gov.cn';
const OFFICER = 'officer.sthj@example.gov.cn';
const REVIEWERS = ['reviewer.sthj@example.gov.cn', 'secrecy.sthj@example.gov.cn', 'leader.sthj@example.gov.cn', 'chief.sthj@example.gov.cn'];
const TYPES = ['api::article.article', 'api::interpretation.interpretation', 'api::reply.reply'] as const;

interface ColumnHealth {
  name: string;
  path: string[];
  state: 'ok' | 'due-soon' | 'blank' | 'overdue' | 'no-deadline';
  findings: string[];
  lastPublishedAt: string | null;
}
interface Decision {
  round: number;
  levelKey: string;
  decision: 'approve' | 'reject';
  at: string;
  actor: { id: number; name: string };
}
interface ReviewState {
  status: string;
  round: number;
  levels: { key: string }[];
  levelIndex: number | null;
  decisions: Decision[];
  submitter: { id: number; name: string } | null;
  urgent: unknown;
}

/**
 * The demo a fresh `npm run develop` brings (src/demo): a site an inspector could tour. A few months
 * of history, every published item through the review with its decisions and audit trail, most
 * columns on time and a handful late, due soon or blank, an inquiry answered late, and work waiting
 * for every reviewer.
 */
describe('demo site', () => {
  let app: TestApp;
  let seededAt: number;
  let health: ColumnHealth[];
  const jwt: Record<string, string> = {};
  const as = (email: string) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${jwt[email]}`),
  });

  beforeAll(async () => {
    seededAt = Date.now();
    app = await startApp({ seed: true });
    for (const email of [WEBADMIN, OFFICER, ...REVIEWERS]) jwt[email] = await adminJwtFor(app.strapi, email);
    const token = await createApiToken(app.strapi, 'read-only');
    const response = await app.http().get('/api/overdue/column-health').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    health = response.body.data;
  }, 300_000); // the demo is a few months of reviewed history: loading it takes a while on a busy machine
  afterAll(async () => {
    await app?.close();
  });

  const published = async (type: (typeof TYPES)[number]) =>
    (await app.strapi.db.query(type).findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'publishedAt'] })) as {
      documentId: string;
      publishedAt: string | Date;
    }[];
  const stateOf = async (type: string, documentId: string): Promise<ReviewState> =>
    (await app.strapi.db.query('plugin::review.review-state').findOne({ where: { subjectType: type, subjectId: documentId } }))?.state;

  it('names its people in the Chinese order wherever Strapi shows a person (username: family name first)', async () => {
    const users = (await app.strapi.db.query('admin::user').findMany({ where: { email: { $in: [OFFICER, WEBADMIN] } }, select: ['email', 'username'] })) as {
      email: string;
      username: string | null;
    }[];
    expect(Object.fromEntries(users.map((u) => [u.email, u.username]))).toEqual({ [OFFICER]: '李晓东', [WEBADMIN]: '周文斌' });
    const staff = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'section.u001@example.gov.cn' }, select: ['username', 'firstname', 'lastname'] })) as {
      username: string | null;
      firstname: string;
      lastname: string;
    } | null;
    expect(staff).not.toBeNull();
    expect(staff!.username).toBe(`${staff!.lastname}${staff!.firstname}`);
  });

  it('shows a dashboard of mostly green columns, with a few late, due soon and blank', () => {
    const leaves = health.length;
    const by = (state: ColumnHealth['state']) => health.filter((c) => c.state === state);
    expect(leaves).toBeGreaterThan(60);
    expect(by('ok').length / leaves).toBeGreaterThanOrEqual(0.75);
    expect(by('overdue').map((c) => c.name)).toEqual(expect.arrayContaining(['物价信息', '市政府大事记']));
    expect(by('due-soon').map((c) => c.name)).toEqual(expect.arrayContaining(['时政信息', '图片信息']));
    expect(by('blank').length).toBeGreaterThanOrEqual(1);
    // blank columns stay under the national veto line (5 or more blank columns)
    expect(health.filter((c) => c.findings.includes('column-blank')).length).toBeLessThan(5);
    // a consultation unanswered past its 5 working days
    expect(health.some((c) => c.findings.includes('inquiry-overdue'))).toBe(true);
  });

  it('has a few months of history, dated in the past', async () => {
    const dates = (await published('api::article.article')).map((a) => new Date(a.publishedAt).getTime());
    expect(dates.length).toBeGreaterThan(80);
    expect(Math.max(...dates)).toBeLessThanOrEqual(seededAt);
    expect(Math.min(...dates)).toBeLessThan(seededAt - 90 * DAY);
    // spread over the months, not stamped with the moment of seeding
    expect(dates.filter((d) => d > seededAt - DAY).length).toBeLessThan(dates.length / 5);
    const decisions = (await app.strapi.db.query('plugin::review.decision').findMany({ select: ['at'] })) as { at: string | Date }[];
    expect(Math.min(...decisions.map((d) => new Date(d.at).getTime()))).toBeLessThan(seededAt - 90 * DAY);
  });

  it('published every item through the review: submitted by an officer, approved at every level, in its audit trail', async () => {
    const entries = (await app.strapi.db.query('plugin::review.audit-entry').findMany({ select: ['subjectId', 'action'] })) as { subjectId: string; action: string }[];
    const actions = new Map<string, Set<string>>();
    for (const e of entries) actions.set(e.subjectId, (actions.get(e.subjectId) ?? new Set()).add(e.action));
    let checked = 0;
    for (const type of TYPES) {
      for (const { documentId } of await published(type)) {
        const state = await stateOf(type, documentId);
        expect(state).toMatchObject({ status: 'published', levelIndex: null, urgent: null });
        const approved = state.decisions.filter((d) => d.decision === 'approve' && d.round === state.round).map((d) => d.levelKey);
        expect(approved).toEqual(state.levels.map((l) => l.key));
        expect(state.levels.map((l) => l.key)).toEqual(expect.arrayContaining(['section', 'confidentiality', 'leader-in-charge']));
        expect(state.submitter).not.toBeNull();
        expect(state.decisions.every((d) => d.actor.id !== state.submitter!.id)).toBe(true);
        expect([...(actions.get(documentId) ?? [])]).toEqual(expect.arrayContaining(['submit', 'approve', 'publish']));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(80);
    const verify = await as(WEBADMIN).get('/review/audit/verify');
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true });
    expect(verify.body.count).toBe(entries.length);
  });

  it("shows a published item's review as published, with no 紧急发布 offered, and its approval sheet signed", async () => {
    const article = await app.strapi.db.query('api::article.article').findOne({
      where: { title: '双鸭山市进一步优化营商环境若干措施', publishedAt: { $notNull: true } },
      select: ['documentId'],
    });
    const view = await as(WEBADMIN).get(`/review/items/article/${article.documentId}`);
    expect(view.status).toBe(200);
    expect(view.body.state.status).toBe('published');
    expect(view.body.allowedActions).not.toContain('urgent-publish');
    expect(view.body.state.levels.map((l: { key: string }) => l.key)).toEqual(['section', 'confidentiality', 'leader-in-charge', 'principal-leader']);

    const sheet = await as(WEBADMIN).get(`/review/items/article/${article.documentId}/approval-sheet?format=json`);
    expect(sheet.status).toBe(200);
    const text = JSON.stringify(sheet.body);
    // published by the unit's officer, not by "the system"
    expect(text).not.toContain('系统 system');
    expect(text).toContain('市政府办');

    // its interpretation went out with it (同步发布)
    const interpretation = await app.strapi.db.query('api::interpretation.interpretation').findOne({
      where: { policyArticle: { documentId: article.documentId }, publishedAt: { $notNull: true } },
    });
    expect(interpretation).not.toBeNull();
  });

  it('keeps one item returned and resubmitted: two rounds, the returning opinion in its history', async () => {
    const article = await app.strapi.db.query('api::article.article').findOne({ where: { title: '市生态环境局完成年度饮用水水源地环境状况评估', publishedAt: { $notNull: true } } });
    const state = await stateOf('api::article.article', article.documentId);
    expect(state).toMatchObject({ status: 'published', round: 2 });
    const history = await as(OFFICER).get(`/review/items/article/${article.documentId}/history`);
    expect(history.status).toBe(200);
    expect(history.body.decisions.some((d: { decision: string; opinion: string }) => d.decision === 'reject' && d.opinion.includes('数据来源'))).toBe(true);
  });

  it('leaves work waiting for every reviewer of 市生态环境局, and returned and approved items for its officer', async () => {
    for (const email of REVIEWERS) {
      const waiting = await as(email).get('/review/waiting');
      expect(waiting.status).toBe(200);
      expect(waiting.body.results.length).toBeGreaterThanOrEqual(1);
    }
    const states = (await app.strapi.db.query('plugin::review.review-state').findMany({ where: { status: { $in: ['draft', 'approved'] } } })) as {
      state: ReviewState & { returned: { opinion: string } | null };
    }[];
    expect(states.some((s) => s.state.status === 'draft' && s.state.returned?.opinion)).toBe(true);
    expect(states.some((s) => s.state.status === 'approved')).toBe(true);
  });

  it('answers inquiries with replies published through the review', async () => {
    const replied = await app.strapi.db.query('api::inquiry.inquiry').count({ where: { status: 'replied' } });
    const replies = await published('api::reply.reply');
    expect(replies.length).toBe(replied);
    expect(replies.length).toBeGreaterThanOrEqual(5);
  });
});
