import { DEMO_PASSWORD_DEFAULT } from '../src/demo/accounts';
import { adminLogin, apiUserJwt, createApiToken } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * 谁主管谁负责: an information officer writes only in the columns of their unit, on every path —
 * REST and GraphQL (users-permissions JWT), the content-manager (admin JWT) — and API tokens write no items.
 */
describe('ownership matrix', () => {
  let app: TestApp;
  const officerA = 'officer.sthj@example.gov.cn'; // 市生态环境局
  const officerCounty = 'officer.jx@example.gov.cn'; // 集贤县政府
  const siteAdmin = 'webadmin@example.gov.cn';
  const jwt: Record<string, string> = {};
  const adminJwt: Record<string, string> = {};
  let ownColumn: { id: number; documentId: string }; // 环保专栏: 市生态环境局
  let otherColumn: { id: number; documentId: string }; // 财政局专栏: 市财政局
  let countyColumn: { id: number; documentId: string }; // 县域动态: 各县政府
  let otherArticle: string;

  const column = async (name: string) => app.strapi.db.query('api::column.column').findOne({ where: { name } });

  beforeAll(async () => {
    app = await startApp({ seed: true });
    for (const email of [officerA, officerCounty, 'nobody@example.gov.cn']) jwt[email] = await apiUserJwt(app.strapi, email);
    for (const email of [officerA, officerCounty, siteAdmin]) adminJwt[email] = await adminLogin(app.strapi, email, DEMO_PASSWORD_DEFAULT);
    ownColumn = await column('环保专栏');
    otherColumn = await column('财政局专栏');
    countyColumn = await column('县域动态');
    otherArticle = (
      await app.strapi.documents('api::article.article').create({ data: { title: '财政局专栏稿件', column: otherColumn.documentId } as never })
    ).documentId;
  });
  afterAll(async () => {
    await app?.close();
  });

  const restCreate = (email: string, columnDocumentId: string, title: string) =>
    app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${jwt[email]}`).send({ data: { title, column: columnDocumentId } });

  describe('REST', () => {
    it('an officer creates an article in a column of their unit', async () => {
      const response = await restCreate(officerA, ownColumn.documentId, '环保专栏新稿件');
      expect(response.status).toBe(201);
    });

    it('an officer may not create one in another unit\'s column: 403 naming the column and the unit', async () => {
      const response = await restCreate(officerA, otherColumn.documentId, '越权稿件');
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('财政局专栏');
      expect(response.body.error.message).toContain('市生态环境局');
      expect(await app.strapi.db.query('api::article.article').count({ where: { title: '越权稿件' } })).toBe(0);
    });

    it('an officer may not edit, move into or delete from another unit\'s column', async () => {
      const edit = await app.http().put(`/api/articles/${otherArticle}?status=draft`).set('Authorization', `Bearer ${jwt[officerA]}`).send({ data: { title: '改' } });
      expect(edit.status).toBe(403);
      const own = await restCreate(officerA, ownColumn.documentId, '想挪走的稿件');
      const move = await app
        .http()
        .put(`/api/articles/${own.body.data.documentId}?status=draft`)
        .set('Authorization', `Bearer ${jwt[officerA]}`)
        .send({ data: { column: otherColumn.documentId } });
      expect(move.status).toBe(403);
      const remove = await app.http().delete(`/api/articles/${otherArticle}`).set('Authorization', `Bearer ${jwt[officerA]}`);
      expect(remove.status).toBe(403);
      expect(await app.strapi.db.query('api::article.article').count({ where: { documentId: otherArticle } })).toBeGreaterThan(0);
    });

    it('a unit owns columns through its groups: a county officer writes in 县域动态 (各县政府), the department officer may not', async () => {
      expect((await restCreate(officerCounty, countyColumn.documentId, '集贤县动态')).status).toBe(201);
      expect((await restCreate(officerA, countyColumn.documentId, '不是县里的')).status).toBe(403);
      expect((await restCreate(officerCounty, ownColumn.documentId, '县里写环保专栏')).status).toBe(403);
    });

    it('a user with no duty in any unit may not write', async () => {
      const response = await restCreate('nobody@example.gov.cn', ownColumn.documentId, '无名稿件');
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('未在备案表中登记');
    });

    it('an API token, even full-access, writes no articles', async () => {
      const token = await createApiToken(app.strapi, 'full-access');
      const response = await app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).send({ data: { title: '令牌稿件', column: ownColumn.documentId } });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('API 令牌');
    });
  });

  describe('interpretations and replies follow their policy article\'s column and their inquiry\'s unit', () => {
    it('an officer interprets a policy article of their column, not another unit\'s', async () => {
      const own = await app.strapi.documents('api::article.article').create({ data: { title: '环保政策', column: ownColumn.documentId, isPolicyDocument: true } as never });
      const post = (policyArticle: string, title: string) =>
        app.http().post('/api/interpretations?status=draft').set('Authorization', `Bearer ${jwt[officerA]}`).send({ data: { title, policyArticle } });
      expect((await post(own.documentId, '环保政策解读')).status).toBe(201);
      const refused = await post(otherArticle, '越权解读');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('财政局专栏');
    });

    it('an officer answers inquiries assigned to their unit only', async () => {
      const units = app.strapi.db.query('api::unit.unit');
      const ecology = await units.findOne({ where: { name: '市生态环境局' } });
      const finance = await units.findOne({ where: { name: '市财政局' } });
      const inquiry = async (assignedUnit: string) =>
        (await app.strapi.documents('api::inquiry.inquiry').create({ data: { channel: 'consultation', subject: '咨询', content: '内容', assignedUnit } as never })).documentId;
      const reply = async (inquiryId: string) =>
        app.http().post('/api/replies?status=draft').set('Authorization', `Bearer ${jwt[officerA]}`).send({ data: { inquiry: inquiryId, body: '答复' } });
      expect((await reply(await inquiry(ecology.documentId))).status).toBe(201);
      const refused = await reply(await inquiry(finance.documentId));
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('市财政局');
    });
  });

  describe('GraphQL', () => {
    const mutation = (email: string, columnDocumentId: string, title: string) =>
      app
        .http()
        .post('/graphql')
        .set('Authorization', `Bearer ${jwt[email]}`)
        .send({
          query: 'mutation($data: ArticleInput!) { createArticle(status: DRAFT, data: $data) { documentId title } }',
          variables: { data: { title, column: columnDocumentId } },
        });

    it('an officer creates in their column', async () => {
      const response = await mutation(officerA, ownColumn.documentId, 'GraphQL 环保稿件');
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.createArticle.title).toBe('GraphQL 环保稿件');
    });

    it('and is refused in another unit\'s column with the reason', async () => {
      const response = await mutation(officerA, otherColumn.documentId, 'GraphQL 越权稿件');
      expect(response.body.data?.createArticle ?? null).toBeNull();
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(response.body.errors[0].message).toContain('财政局专栏');
      expect(await app.strapi.db.query('api::article.article').count({ where: { title: 'GraphQL 越权稿件' } })).toBe(0);
    });
  });

  describe('content-manager (admin)', () => {
    const cmCreate = (email: string, columnId: number, title: string) =>
      app
        .http()
        .post('/content-manager/collection-types/api::article.article')
        .set('Authorization', `Bearer ${adminJwt[email]}`)
        .send({ title, column: { connect: [{ id: columnId }] }, infoType: 'text', importance: 'normal', isPolicyDocument: false, needsInterpretation: false });

    it('an officer creates in their column', async () => {
      const response = await cmCreate(officerA, ownColumn.id, '后台环保稿件');
      expect(response.status).toBe(201);
    });

    it('and is refused in another unit\'s column with the reason', async () => {
      const response = await cmCreate(officerA, otherColumn.id, '后台越权稿件');
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('财政局专栏');
    });

    it('lists only the items of the officer\'s columns', async () => {
      const list = async (email: string) => {
        const response = await app
          .http()
          .get('/content-manager/collection-types/api::article.article?pageSize=100')
          .set('Authorization', `Bearer ${adminJwt[email]}`);
        expect(response.status).toBe(200);
        return response.body.results.map((a: { title: string }) => a.title) as string[];
      };
      const department = await list(officerA);
      expect(department).toEqual(expect.arrayContaining(['后台环保稿件', '市生态环境局开展秋冬季大气污染防治专项检查', '关于做好元旦春节期间安全生产工作的通知']));
      expect(department).not.toContain('财政局专栏稿件');
      expect(department).not.toContain('本周天气趋势预报');
      expect(department).not.toContain('集贤县全力推进秋收秋整地工作');
      const county = await list(officerCounty);
      expect(county).toContain('集贤县全力推进秋收秋整地工作');
      expect(county).not.toContain('后台环保稿件');
    });

    it('an officer cannot open another unit\'s item', async () => {
      const response = await app
        .http()
        .get(`/content-manager/collection-types/api::article.article/${otherArticle}`)
        .set('Authorization', `Bearer ${adminJwt[officerA]}`);
      expect(response.status).toBe(403);
    });

    it('the site administrator works in every column', async () => {
      const response = await cmCreate(siteAdmin, otherColumn.id, '管理员稿件');
      expect(response.status).toBe(201);
    });
  });

  it('"my columns" lists the columns of the officer\'s units', async () => {
    const response = await app.http().get('/responsibility/my-columns').set('Authorization', `Bearer ${adminJwt[officerA]}`);
    expect(response.status).toBe(200);
    const names = response.body.columns.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['环保专栏', '部门动态', '通知公告']));
    expect(names).not.toContain('财政局专栏');
    expect(names).not.toContain('县域动态');
    expect(response.body.scope.all).toBe(false);
    const admin = await app.http().get('/responsibility/my-columns').set('Authorization', `Bearer ${adminJwt[siteAdmin]}`);
    expect(admin.body.scope).toEqual({ all: true, reason: 'super-admin' });
  });
});
