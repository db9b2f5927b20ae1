import { DEMO_PASSWORD_DEFAULT } from '../src/demo/accounts';
import { adminLogin, apiUserJwt, createApiToken } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * 谁主管谁负责: an information officer writes only in the columns of their unit, in the admin (content-manager,
 * admin JWT); the content API (users-permissions accounts, API tokens, the public) writes no items at all.
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
    for (const email of [officerA]) jwt[email] = await apiUserJwt(app.strapi, email);
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

  const cm = (email: string) => ({
    post: (path: string, body: object) => app.http().post(`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${adminJwt[email]}`).send(body),
    put: (path: string, body: object) => app.http().put(`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${adminJwt[email]}`).send(body),
    delete: (path: string) => app.http().delete(`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${adminJwt[email]}`),
  });
  const cmArticle = (email: string, columnId: number, title: string, extra: object = {}) =>
    cm(email).post('api::article.article', { title, column: { connect: [{ id: columnId }] }, infoType: 'text', importance: 'normal', isPolicyDocument: false, needsInterpretation: false, ...extra });

  describe('the content API writes no items, whoever calls (一人一账号: staff work in the admin)', () => {
    it('a users-permissions account with an officer\'s email is no officer: 403 on create, edit and delete', async () => {
      const create = await app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${jwt[officerA]}`).send({ data: { title: '接口稿件', column: ownColumn.documentId } });
      expect(create.status).toBe(403);
      const edit = await app.http().put(`/api/articles/${otherArticle}?status=draft`).set('Authorization', `Bearer ${jwt[officerA]}`).send({ data: { title: '改' } });
      expect(edit.status).toBe(403);
      const remove = await app.http().delete(`/api/articles/${otherArticle}`).set('Authorization', `Bearer ${jwt[officerA]}`);
      expect(remove.status).toBe(403);
      expect(await app.strapi.db.query('api::article.article').count({ where: { title: '接口稿件' } })).toBe(0);
      expect(await app.strapi.db.query('api::article.article').count({ where: { documentId: otherArticle } })).toBeGreaterThan(0);
    });

    it('an API token, even full-access, writes no articles; the message says where items are written', async () => {
      const token = await createApiToken(app.strapi, 'full-access');
      const response = await app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).send({ data: { title: '令牌稿件', column: ownColumn.documentId } });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('管理后台');
    });

    it('GraphQL mutations are refused with the reason, and nothing is written', async () => {
      const response = await app
        .http()
        .post('/graphql')
        .set('Authorization', `Bearer ${jwt[officerA]}`)
        .send({
          query: 'mutation($data: ArticleInput!) { createArticle(status: DRAFT, data: $data) { documentId title } }',
          variables: { data: { title: 'GraphQL 稿件', column: ownColumn.documentId } },
        });
      expect(response.body.data?.createArticle ?? null).toBeNull();
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(await app.strapi.db.query('api::article.article').count({ where: { title: 'GraphQL 稿件' } })).toBe(0);
    });
  });

  describe('in the admin, an officer writes only in the columns of their unit', () => {
    it('may not create in another unit\'s column: 403 naming the column and the unit', async () => {
      const response = await cmArticle(officerA, otherColumn.id, '越权稿件');
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain('财政局专栏');
      expect(response.body.error.message).toContain('市生态环境局');
      expect(await app.strapi.db.query('api::article.article').count({ where: { title: '越权稿件' } })).toBe(0);
    });

    it('may not edit, move into or delete from another unit\'s column', async () => {
      expect((await cm(officerA).put(`api::article.article/${otherArticle}`, { title: '改' })).status).toBe(403);
      const own = await cmArticle(officerA, ownColumn.id, '想挪走的稿件');
      expect(own.status).toBe(201);
      const move = await cm(officerA).put(`api::article.article/${own.body.data.documentId}`, { column: { connect: [{ id: otherColumn.id }] } });
      expect(move.status).toBe(403);
      expect((await cm(officerA).delete(`api::article.article/${otherArticle}`)).status).toBe(403);
      expect(await app.strapi.db.query('api::article.article').count({ where: { documentId: otherArticle } })).toBeGreaterThan(0);
    });

    it('a unit owns columns through its groups: a county officer writes in 县域动态 (各县政府), the department officer may not', async () => {
      expect((await cmArticle(officerCounty, countyColumn.id, '集贤县动态')).status).toBe(201);
      expect((await cmArticle(officerA, countyColumn.id, '不是县里的')).status).toBe(403);
      expect((await cmArticle(officerCounty, ownColumn.id, '县里写环保专栏')).status).toBe(403);
    });
  });

  describe('interpretations and replies follow their policy article\'s column and their inquiry\'s unit', () => {
    it('an officer interprets a policy article of their column, not another unit\'s', async () => {
      const own = await app.strapi.documents('api::article.article').create({ data: { title: '环保政策', column: ownColumn.documentId, isPolicyDocument: true } as never });
      const ownRow = await app.strapi.db.query('api::article.article').findOne({ where: { documentId: own.documentId } });
      const otherRow = await app.strapi.db.query('api::article.article').findOne({ where: { documentId: otherArticle } });
      const post = (policyArticleId: number, title: string) =>
        cm(officerA).post('api::interpretation.interpretation', { title, format: 'text', policyArticle: { connect: [{ id: policyArticleId }] } });
      expect((await post(ownRow.id, '环保政策解读')).status).toBe(201);
      const refused = await post(otherRow.id, '越权解读');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('财政局专栏');
    });

    it('an officer answers inquiries assigned to their unit only', async () => {
      const units = app.strapi.db.query('api::unit.unit');
      const ecology = await units.findOne({ where: { name: '市生态环境局' } });
      const finance = await units.findOne({ where: { name: '市财政局' } });
      const inquiry = async (assignedUnit: string) => {
        const created = await app.strapi.documents('api::inquiry.inquiry').create({ data: { channel: 'consultation', subject: '咨询', content: '内容', assignedUnit } as never });
        return (await app.strapi.db.query('api::inquiry.inquiry').findOne({ where: { documentId: created.documentId } })).id as number;
      };
      const reply = async (inquiryId: number) => cm(officerA).post('api::reply.reply', { inquiry: { connect: [{ id: inquiryId }] }, body: '答复' });
      expect((await reply(await inquiry(ecology.documentId))).status).toBe(201);
      const refused = await reply(await inquiry(finance.documentId));
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('市财政局');
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
      // Not Strapi's bare "Forbidden": what was refused and what to do, in the person's language.
      expect(response.body.error.message).toMatch(/^您无权打开此稿件：它不在您所在单位负责的栏目中/);
      expect(response.body.error.message).toContain('我的栏目');
      // An admin's language is the profile's, whatever the browser sends.
      await app.strapi.db.query('admin::user').update({ where: { email: officerA }, data: { preferedLanguage: 'en' } });
      try {
        const english = await app
          .http()
          .get(`/content-manager/collection-types/api::article.article/${otherArticle}`)
          .set('Authorization', `Bearer ${adminJwt[officerA]}`);
        expect(english.status).toBe(403);
        expect(english.body.error.message).toMatch(/^You may not open this item: it is outside the columns your units are responsible for/);
      } finally {
        await app.strapi.db.query('admin::user').update({ where: { email: officerA }, data: { preferedLanguage: 'zh-Hans' } });
      }
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
