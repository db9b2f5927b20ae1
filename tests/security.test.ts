import { adminJwtFor, apiUserJwt, createApiToken } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * The trust boundary as a table: actor × action × path → status, on REST, GraphQL, the
 * content-manager and our admin routes. A stranger, a signed-up user, API tokens, a reviewer, an
 * officer of another unit, the item's officer and the site administrator each get exactly what their
 * role allows. Rows run in order (the last ones publish).
 */
const OFFICER = 'officer.sthj@example.gov.cn'; // 信息员, 市生态环境局
const SECTION = 'reviewer.sthj@example.gov.cn'; // 科室审核, 市生态环境局
const SECRECY = 'secrecy.sthj@example.gov.cn';
const LEADER = 'leader.sthj@example.gov.cn';
const COUNTY_OFFICER = 'officer.jx@example.gov.cn'; // 信息员, 集贤县政府
const COUNTY_REVIEWER = 'reviewer.jx@example.gov.cn'; // 科室审核, 集贤县政府 (made here)
const WEBADMIN = 'webadmin@example.gov.cn';
const ARTICLE = 'api::article.article';

type Actor = 'stranger' | 'signedUp' | 'readToken' | 'fullToken' | 'reviewer' | 'countyReviewer' | 'countyOfficer' | 'officer' | 'siteAdmin';
interface Fixtures {
  draft: string; // 环保专栏, 市生态环境局, never published
  published: string; // 环保专栏, published through the demo's import
  interpretation: string; // draft
  reply: string; // draft
  countyShared: string; // 通知公告 (shared by counties and departments), 集贤县政府's draft
  approved: string; // 环保专栏, approved by all levels, not yet published
  columnIds: Record<string, number>;
  unitIds: Record<string, number>;
}
/** [actor, method, path (with {fixture} placeholders; a GraphQL query for GQL), body, expected status or GraphQL error code]. */
type Row = [Actor, 'GET' | 'POST' | 'PUT' | 'DELETE' | 'GQL', string, ((f: Fixtures) => object) | null, number | 'FORBIDDEN'];
const fill = (template: string, f: Fixtures): string =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => String((f as unknown as Record<string, unknown>)[key]));

describe('security matrix', () => {
  let app: TestApp;
  const auth: Partial<Record<Actor, string>> = {};
  const f = { columnIds: {}, unitIds: {} } as unknown as Fixtures;

  const as = (actor: Actor) => {
    const token = auth[actor];
    const withAuth = <T extends { set(name: string, value: string): T }>(request: T): T => (token ? request.set('Authorization', `Bearer ${token}`) : request);
    return {
      get: (url: string) => withAuth(app.http().get(url)),
      post: (url: string, body: object = {}) => withAuth(app.http().post(url)).send(body),
      put: (url: string, body: object = {}) => withAuth(app.http().put(url)).send(body),
      delete: (url: string) => withAuth(app.http().delete(url)),
    };
  };
  const articleDraft = async (actor: Actor, title: string, column: string, unit: string | null) => {
    const response = await as(actor).post(`/content-manager/collection-types/${ARTICLE}`, {
      title,
      body: `${title}的正文。`,
      column: { connect: [{ id: f.columnIds[column] }] },
      ...(unit ? { submittingUnit: { connect: [{ id: f.unitIds[unit] }] } } : {}),
      infoType: 'text',
      importance: 'normal',
      isPolicyDocument: false,
      needsInterpretation: false,
    });
    expect(response.status).toBe(201);
    return response.body.data.documentId as string;
  };

  beforeAll(async () => {
    app = await startApp({ seed: true });
    const { strapi } = app;
    for (const name of ['环保专栏', '财政局专栏', '通知公告']) f.columnIds[name] = (await strapi.db.query('api::column.column').findOne({ where: { name } })).id;
    for (const name of ['市生态环境局', '集贤县政府', '市财政局']) f.unitIds[name] = (await strapi.db.query('api::unit.unit').findOne({ where: { name } })).id;

    // a reviewer of another unit
    const reviewerRole = await strapi.service('admin::role').findOne({ code: 'content-assurance-reviewer' });
    const countyReviewer = await strapi.service('admin::user').create({
      email: COUNTY_REVIEWER,
      firstname: '审核',
      lastname: '县',
      password: 'Review2026!',
      isActive: true,
      registrationToken: null,
      roles: [reviewerRole.id],
    });
    await strapi.plugin('responsibility').service('duties').assign(
      { duty: 'section-reviewer', unitId: f.unitIds['集贤县政府'], userId: countyReviewer.id },
      { email: 'test@example.gov.cn' },
    );

    auth.signedUp = await apiUserJwt(strapi, WEBADMIN); // a content-API account with the site administrator's email
    auth.readToken = await createApiToken(strapi, 'read-only');
    auth.fullToken = await createApiToken(strapi, 'full-access');
    const admins: [Actor, string][] = [
      ['reviewer', SECTION],
      ['countyReviewer', COUNTY_REVIEWER],
      ['countyOfficer', COUNTY_OFFICER],
      ['officer', OFFICER],
      ['siteAdmin', WEBADMIN],
    ];
    for (const [actor, email] of admins) auth[actor] = await adminJwtFor(strapi, email);

    f.draft = await articleDraft('officer', '未审核的环保稿件', '环保专栏', '市生态环境局');
    f.countyShared = await articleDraft('countyOfficer', '集贤县通知草稿', '通知公告', '集贤县政府');
    f.approved = await articleDraft('officer', '已审核待发布的环保稿件', '环保专栏', '市生态环境局');
    const review = (email: string, path: string, body: object = {}) =>
      adminJwtFor(strapi, email).then((jwt) => app.http().post(`/review/items/article/${f.approved}${path}`).set('Authorization', `Bearer ${jwt}`).send(body));
    expect((await review(OFFICER, '/submit')).status).toBe(200);
    for (const [email, levelKey] of [
      [SECTION, 'section'],
      [SECRECY, 'confidentiality'],
      [LEADER, 'leader-in-charge'],
    ]) {
      expect((await review(email, '/decisions', { levelKey, decision: 'approve', opinion: '同意' })).status).toBe(200);
    }

    const published = await strapi.db.query(ARTICLE).findOne({ where: { publishedAt: { $notNull: true } } });
    f.published = published.documentId;
    const policy = await strapi.db.query(ARTICLE).findOne({ where: { publishedAt: { $notNull: true }, isPolicyDocument: true } });
    f.interpretation = (
      await strapi.documents('api::interpretation.interpretation').create({ data: { title: '未审核的解读', format: 'text', policyArticle: policy.documentId } as never })
    ).documentId;
    const inquiry = await strapi.documents('api::inquiry.inquiry').create({ data: { channel: 'consultation', subject: '未答复的咨询', content: '内容' } as never });
    f.reply = (await strapi.documents('api::reply.reply').create({ data: { inquiry: inquiry.documentId, body: '未审核的答复' } as never })).documentId;
  });
  afterAll(async () => {
    await app?.close();
  });

  const CM = `/content-manager/collection-types/${ARTICLE}`;

  const rows: Row[] = [
    // ── drafts never leave the admin (REST) ──
    ['stranger', 'GET', '/api/articles?status=draft', null, 403],
    ['signedUp', 'GET', '/api/articles?status=draft', null, 403],
    ['readToken', 'GET', '/api/articles?status=draft', null, 403],
    ['fullToken', 'GET', '/api/articles?status=draft', null, 403],
    ['stranger', 'GET', `/api/articles/{draft}?status=draft`, null, 403],
    ['signedUp', 'GET', `/api/articles/{draft}?status=draft`, null, 403],
    ['stranger', 'GET', `/api/articles/{draft}`, null, 404],
    ['fullToken', 'GET', `/api/articles/{draft}`, null, 404],
    ['stranger', 'GET', `/api/articles/{published}`, null, 200],
    ['stranger', 'GET', '/api/interpretations?status=draft', null, 403],
    ['stranger', 'GET', `/api/interpretations/{interpretation}?status=draft`, null, 403],
    ['stranger', 'GET', `/api/interpretations/{interpretation}`, null, 404],
    ['stranger', 'GET', '/api/replies?status=draft', null, 403],
    ['signedUp', 'GET', `/api/replies/{reply}?status=draft`, null, 403],
    ['stranger', 'GET', `/api/replies/{reply}`, null, 404],
    // ── and not over GraphQL ──
    ['stranger', 'GQL', '{ articles(status: DRAFT) { documentId title } }', null, 'FORBIDDEN'],
    ['signedUp', 'GQL', '{ articles(status: DRAFT) { documentId title } }', null, 'FORBIDDEN'],
    ['stranger', 'GQL', `{ article(documentId: "{draft}", status: DRAFT) { title } }`, null, 'FORBIDDEN'],
    ['stranger', 'GQL', '{ replies(status: DRAFT) { documentId body } }', null, 'FORBIDDEN'],
    ['readToken', 'GQL', '{ interpretations(status: DRAFT) { documentId } }', null, 'FORBIDDEN'],
    // ── nobody becomes staff through the content API ──
    ['stranger', 'POST', '/api/auth/local/register', () => ({ username: 'webadmin', email: WEBADMIN, password: 'aaaaaa' }), 400],
    ['signedUp', 'POST', `/api/articles?status=draft`, (x) => ({ data: { title: '冒名稿件', column: String(x.columnIds['环保专栏']) } }), 403],
    ['signedUp', 'PUT', `/api/articles/{published}?status=draft`, () => ({ data: { title: '冒名修改' } }), 403],
    ['signedUp', 'DELETE', `/api/articles/{published}`, null, 403],
    ['fullToken', 'POST', '/api/articles?status=draft', () => ({ data: { title: '令牌稿件' } }), 403],
    ['fullToken', 'DELETE', `/api/articles/{published}`, null, 403],
    ['signedUp', 'GQL', `mutation { deleteArticle(documentId: "{published}") { documentId } }`, null, 'FORBIDDEN'],
    ['stranger', 'GQL', `mutation { updateArticle(documentId: "{published}", data: { title: "改" }) { documentId } }`, null, 'FORBIDDEN'],
    // ── reviewers decide; they never edit or publish ──
    ['reviewer', 'GET', `${CM}/{draft}`, null, 200],
    ['reviewer', 'PUT', `${CM}/{draft}`, () => ({ title: '审核人改稿' }), 403],
    ['reviewer', 'DELETE', `${CM}/{draft}`, null, 403],
    ['reviewer', 'POST', `/review/items/article/{approved}/publish`, null, 403],
    ['reviewer', 'POST', `${CM}/{approved}/actions/publish`, null, 403],
    ['countyReviewer', 'POST', `/review/items/article/{approved}/publish`, null, 403],
    // ── units stay in their own items ──
    ['countyOfficer', 'POST', `${CM}/clone/{draft}`, () => ({ title: '克隆别人的稿件' }), 403],
    ['officer', 'POST', `${CM}/clone/{draft}`, (x) => ({ column: { connect: [{ id: x.columnIds['财政局专栏'] }] } }), 403],
    ['officer', 'POST', `${CM}/clone/{countyShared}`, () => ({ title: '克隆县里的通知' }), 403],
    ['officer', 'GET', `${CM}/{countyShared}`, null, 200],
    ['officer', 'PUT', `${CM}/{countyShared}`, () => ({ title: '改县里的通知' }), 403],
    ['officer', 'DELETE', `${CM}/{countyShared}`, null, 403],
    ['officer', 'POST', `${CM}/{countyShared}/actions/publish`, null, 403],
    ['officer', 'POST', CM, (x) => ({
      title: '冒用县里名义',
      column: { connect: [{ id: x.columnIds['通知公告'] }] },
      submittingUnit: { connect: [{ id: x.unitIds['集贤县政府'] }] },
    }), 403],
    ['countyOfficer', 'PUT', `${CM}/{draft}`, () => ({ title: '县里改环保稿' }), 403],
    ['countyOfficer', 'GET', `${CM}/{draft}`, null, 403],
    // ── a review is its unit's ──
    ['countyReviewer', 'GET', `/review/items/article/{approved}`, null, 403],
    ['countyReviewer', 'GET', `/review/items/article/{approved}/history`, null, 403],
    ['countyReviewer', 'GET', `/review/items/article/{approved}/approval-sheet`, null, 403],
    ['countyOfficer', 'GET', `/review/items/article/{approved}/history`, null, 403],
    ['countyOfficer', 'GET', `/review/items/article/{countyShared}`, null, 200],
    ['reviewer', 'GET', `/review/items/article/{approved}`, null, 200],
    ['reviewer', 'GET', `/review/items/article/{approved}/history`, null, 200],
    ['siteAdmin', 'GET', `/review/items/article/{approved}/approval-sheet`, null, 200],
    // ── our plugins' admin routes: every route by a stranger, a signed-up user, the officers, a reviewer, the site admin ──
    ['stranger', 'GET', '/responsibility/assignments', null, 401],
    ['signedUp', 'GET', '/responsibility/assignments', null, 401],
    ['countyOfficer', 'GET', '/responsibility/assignments', null, 200],
    ['officer', 'POST', '/responsibility/assignments', () => ({}), 403],
    ['reviewer', 'PUT', '/responsibility/assignments/1', () => ({}), 403],
    ['countyOfficer', 'DELETE', '/responsibility/assignments/1', null, 403],
    ['siteAdmin', 'POST', '/responsibility/assignments', () => ({}), 400],
    ['siteAdmin', 'PUT', '/responsibility/assignments/abc', () => ({}), 400],
    ['siteAdmin', 'DELETE', '/responsibility/assignments/99999999', null, 404],
    ['stranger', 'GET', '/responsibility/columns', null, 401],
    ['reviewer', 'GET', '/responsibility/columns', null, 200],
    ['signedUp', 'GET', '/responsibility/columns/1/duty', null, 401],
    ['stranger', 'GET', '/responsibility/my-columns', null, 401],
    ['signedUp', 'GET', '/responsibility/owners', null, 401],
    ['officer', 'POST', '/responsibility/import', () => ({}), 403],
    ['reviewer', 'POST', '/responsibility/import', () => ({}), 403],
    ['stranger', 'POST', '/responsibility/import', () => ({}), 401],
    ['stranger', 'GET', '/responsibility/export', null, 401],
    ['stranger', 'GET', '/responsibility/duties', null, 401],
    ['officer', 'POST', '/responsibility/duties', () => ({ duty: 'information-officer', unitId: 1, userId: 1 }), 403],
    ['stranger', 'PUT', '/responsibility/duties/1', () => ({ name: '冒名' }), 401],
    ['signedUp', 'PUT', '/responsibility/duties/1', () => ({ name: '冒名' }), 401],
    ['countyOfficer', 'PUT', '/responsibility/duties/1', () => ({ name: '冒名' }), 403],
    ['reviewer', 'PUT', '/responsibility/duties/1', () => ({ name: '冒名' }), 403],
    ['officer', 'DELETE', '/responsibility/duties/1', null, 403],
    ['siteAdmin', 'PUT', '/responsibility/duties/99999999', () => ({ name: '无此人' }), 404],
    ['siteAdmin', 'PUT', '/responsibility/duties/abc', () => ({ name: '无此人' }), 400],
    ['officer', 'GET', '/responsibility/duties/changes', null, 200],
    ['stranger', 'GET', '/responsibility/duties/changes', null, 401],
    ['officer', 'GET', '/responsibility/admin-users', null, 403],
    ['siteAdmin', 'GET', '/responsibility/admin-users', null, 200],
    ['stranger', 'GET', '/responsibility/account/password-status', null, 401],
    ['signedUp', 'GET', '/responsibility/account/password-status', null, 401],
    ['readToken', 'GET', '/responsibility/account/password-status', null, 401],
    ['reviewer', 'GET', '/responsibility/account/password-status', null, 200],
    ['countyOfficer', 'GET', '/responsibility/account/password-status', null, 200],
    ['stranger', 'GET', '/review/waiting', null, 401],
    ['signedUp', 'GET', '/review/waiting', null, 401],
    ['stranger', 'POST', `/review/items/article/{approved}/decisions`, () => ({ levelKey: 'section', decision: 'approve' }), 401],
    ['countyOfficer', 'POST', `/review/items/article/{approved}/withdraw`, null, 403],
    ['countyReviewer', 'POST', `/review/items/article/{approved}/urgent-publish`, () => ({ reason: '紧急' }), 403],
    ['officer', 'GET', '/review/audit/verify', null, 403],
    ['reviewer', 'GET', '/review/ledger', null, 403],
    ['siteAdmin', 'GET', '/review/ledger?from=2026-01-01&to=2026-12-31', null, 200],
    ['officer', 'POST', '/review/workflows', () => ({}), 403],
    ['reviewer', 'PUT', '/review/workflows/1', () => ({}), 403],
    ['countyOfficer', 'DELETE', '/review/workflows/1', null, 403],
    ['siteAdmin', 'POST', '/review/workflows', () => ({}), 400],
    ['officer', 'POST', '/review/words', () => ({ word: '敏感' }), 403],
    ['reviewer', 'PUT', '/review/words/1', () => ({ word: '敏感' }), 403],
    ['countyOfficer', 'DELETE', '/review/words/1', null, 403],
    ['stranger', 'GET', '/review/words', null, 401],
    ['stranger', 'GET', '/overdue/findings', null, 401],
    ['signedUp', 'GET', '/overdue/notifications', null, 401],
    ['officer', 'GET', '/overdue/findings', null, 403],
    ['reviewer', 'POST', '/overdue/preview', () => ({}), 403],
    ['officer', 'POST', '/overdue/run', () => ({}), 403],
    ['countyOfficer', 'POST', '/overdue/activity/rebuild', null, 403],
    ['stranger', 'GET', '/overdue/runs/1', null, 401],
    ['signedUp', 'GET', '/overdue/runs/1', null, 401],
    ['officer', 'GET', '/overdue/runs/1', null, 403],
    ['reviewer', 'GET', '/overdue/runs/1', null, 403],
    ['siteAdmin', 'GET', '/overdue/runs/99999999', null, 404],
    ['siteAdmin', 'GET', '/overdue/runs/abc', null, 400],
    ['stranger', 'GET', '/api/overdue/column-health', null, 403],
    ['stranger', 'GET', '/api/overdue/health', null, 200],
    ['signedUp', 'GET', '/api/overdue/column-health', null, 403],
    // ── the item's officer publishes ──
    ['officer', 'POST', `/review/items/article/{approved}/publish`, null, 200],
    ['stranger', 'GET', `/api/articles/{approved}`, null, 200],
  ];

  const table = rows.map(([actor, method, path, body, expected]) => ({ actor, method, path, body, expected }));
  it.each(table)('$actor $method $path → $expected', async ({ actor, method, path, body, expected }) => {
    const url = fill(path, f);
    if (method === 'GQL') {
      const response = await as(actor).post('/graphql', { query: url });
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions?.code).toBe(expected);
      return;
    }
    const request = as(actor);
    const payload = body ? body(f) : {};
    const response =
      method === 'GET' ? await request.get(url) : method === 'DELETE' ? await request.delete(url) : method === 'POST' ? await request.post(url, payload) : await request.put(url, payload);
    expect({ status: response.status, message: response.status >= 400 ? response.body?.error?.message : undefined }).toEqual({
      status: expected,
      message: expected >= 400 ? expect.any(String) : undefined,
    });
  });

  it('the published list of the public holds no draft, and a published item is read in its published version', async () => {
    await app.strapi.documents(ARTICLE).update({ documentId: f.published, data: { title: '已发布稿件的未审核修改' } as never });
    const list = await app.http().get('/api/articles?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    const titles = list.body.data.map((a: { title: string }) => a.title);
    expect(titles).not.toContain('未审核的环保稿件');
    expect(titles).not.toContain('已发布稿件的未审核修改');
    const gqlList = await app.http().post('/graphql').send({ query: '{ articles(pagination: { limit: 100 }) { title } }' });
    expect(gqlList.body.data.articles.map((a: { title: string }) => a.title)).not.toContain('已发布稿件的未审核修改');
  });

  it('relations populated from a type without drafts (a column\'s articles) are published versions only, on REST and GraphQL', async () => {
    await app.strapi.plugin('review').service('review').runAsImport('test: a published article of 环保专栏', () =>
      app.strapi.documents(ARTICLE).create({ data: { title: '已发布的环保稿件', column: String(f.columnIds['环保专栏']) } as never, status: 'published' }),
    );
    const rest = await app.http().get(`/api/columns?filters[name][$eq]=环保专栏&populate=articles`);
    expect(rest.status).toBe(200);
    const restTitles = rest.body.data.flatMap((c: { articles: { title: string }[] }) => c.articles.map((a) => a.title));
    expect(restTitles).toContain('已发布的环保稿件');
    expect(restTitles).not.toContain('未审核的环保稿件');
    const gql = await app.http().post('/graphql').send({ query: '{ columns(filters: { name: { eq: "环保专栏" } }) { articles { title } } }' });
    expect(gql.body.errors).toBeUndefined();
    const gqlTitles = gql.body.data.columns.flatMap((c: { articles: { title: string }[] }) => c.articles.map((a) => a.title));
    expect(gqlTitles).toContain('已发布的环保稿件');
    expect(gqlTitles).not.toContain('未审核的环保稿件');
  });

  it('a filter through a relation matches published versions only: a draft\'s title cannot be guessed by what it finds (REST and GraphQL)', async () => {
    const draftTitle = encodeURIComponent('未审核的环保稿件');
    const byDraft = await app.http().get(`/api/columns?filters[articles][title][$eq]=${draftTitle}`);
    expect(byDraft.status).toBe(200);
    expect(byDraft.body.data).toEqual([]);
    const byPrefix = await app.http().get(`/api/columns?filters[$or][0][articles][title][$startsWith]=${encodeURIComponent('未审核')}`);
    expect(byPrefix.body.data).toEqual([]);
    // The same filter on a published title finds its column: the rewrite narrows, it does not break.
    const live = await app.strapi.db.query(ARTICLE).findOne({ where: { publishedAt: { $notNull: true }, column: { id: { $notNull: true } } }, populate: { column: true } });
    const byPublished = await app.http().get(`/api/columns?filters[articles][title][$eq]=${encodeURIComponent(live.title)}`);
    expect(byPublished.body.data.map((c: { name: string }) => c.name)).toContain(live.column.name);
    const gql = await app.http().post('/graphql').send({ query: '{ columns(filters: { articles: { title: { eq: "未审核的环保稿件" } } }) { name } }' });
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.columns).toEqual([]);
  });

  it('registration is off: no account was created for the would-be site administrator', async () => {
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'webadmin' } })).toBe(0);
  });

  it('a signed-up user posts an inquiry with the public\'s fields only (no status, unit, receipt time or replies)', async () => {
    const reply = await app.strapi.db.query('api::reply.reply').findOne({ where: { documentId: f.reply }, populate: { inquiry: true } });
    const response = await as('signedUp').post('/api/inquiries', {
      data: {
        channel: 'consultation',
        subject: '越权留言',
        content: '内容',
        status: 'closed',
        receivedAt: '2020-01-01T00:00:00.000Z',
        assignedUnit: String(f.unitIds['市财政局']),
        replies: { connect: [f.reply] },
      },
    });
    expect(response.status).toBe(201);
    const stored = await app.strapi.db.query('api::inquiry.inquiry').findOne({ where: { subject: '越权留言' }, populate: { assignedUnit: true, replies: true } });
    expect(stored.status).toBe('received');
    expect(stored.assignedUnit).toBeNull();
    expect(stored.replies).toEqual([]);
    expect(new Date(stored.receivedAt).getFullYear()).toBeGreaterThanOrEqual(2026);
    const after = await app.strapi.db.query('api::reply.reply').findOne({ where: { id: reply.id }, populate: { inquiry: true } });
    expect(after.inquiry.id).toBe(reply.inquiry.id);

    const gql = await app
      .http()
      .post('/graphql')
      .send({ query: 'mutation { createInquiry(data: { channel: consultation, subject: "图形接口留言", content: "内容", status: closed }) { documentId } }' });
    expect(gql.body.errors).toBeUndefined();
    expect((await app.strapi.db.query('api::inquiry.inquiry').findOne({ where: { subject: '图形接口留言' } })).status).toBe('received');
  });

  it('a new item\'s submitting unit defaults to the officer\'s unit; his own clone stays his unit\'s', async () => {
    const id = await articleDraft('officer', '未填报送单位的稿件', '通知公告', null);
    const stored = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: id }, populate: { submittingUnit: true } });
    expect(stored.submittingUnit?.id).toBe(f.unitIds['市生态环境局']);
    const clone = await as('officer').post(`${CM}/clone/${id}`, { title: '本单位稿件的副本' });
    expect(clone.status).toBeLessThan(300);
    const copy = await app.strapi.db.query(ARTICLE).findOne({ where: { title: '本单位稿件的副本' }, populate: { submittingUnit: true } });
    expect(copy.submittingUnit?.id).toBe(f.unitIds['市生态环境局']);
  });
});
