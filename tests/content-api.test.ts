import { adminJwtFor, createApiToken } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/** The content model as frontend teams and integrations see it over REST and GraphQL. */
describe('content API: public role, API tokens, private fields, validation, GraphQL', () => {
  let app: TestApp;
  let readToken: string;
  let fullToken: string;
  /** Information officers in the admin (content-manager, admin JWT): 市生态环境局 (a demo account) and 市医保局. */
  let officer: string;
  let medicalOfficer: string;

  beforeAll(async () => {
    app = await startApp({ seed: true });
    readToken = await createApiToken(app.strapi, 'read-only');
    fullToken = await createApiToken(app.strapi, 'full-access');
    officer = await adminJwtFor(app.strapi, 'officer.sthj@example.gov.cn');
    const officerRole = await app.strapi.service('admin::role').findOne({ code: 'content-assurance-officer' });
    const medical = await app.strapi.service('admin::user').create({
      email: 'officer.yb@example.gov.cn', firstname: '医保', lastname: '信息员', password: 'Passw0rd!', isActive: true, registrationToken: null, roles: [officerRole.id],
    });
    const unit = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市医保局' } });
    await app.strapi.plugin('responsibility').service('duties').assign({ duty: 'information-officer', unitId: unit.id, userId: medical.id }, { email: 'test@example.gov.cn' });
    medicalOfficer = await adminJwtFor(app.strapi, 'officer.yb@example.gov.cn');
  });
  afterAll(async () => {
    await app?.close();
  });

  const columnId = async (name: string): Promise<string> =>
    (await app.strapi.db.query('api::column.column').findOne({ where: { name } })).documentId;
  const cm = (type: string) => `/content-manager/collection-types/api::${type}.${type}`;

  describe('public role', () => {
    it('lists the demo columns with their parent', async () => {
      const response = await app
        .http()
        .get('/api/columns')
        .query({ 'filters[parent][name][$eq]': '主页栏目', populate: 'parent', 'pagination[pageSize]': 100 });
      expect(response.status).toBe(200);
      expect(response.body.meta.pagination.total).toBe(8);
      expect(response.body.data.map((c: { name: string }) => c.name)).toContain('通知公告');
      expect(response.body.data[0].parent.name).toBe('主页栏目');
    });

    it('lists the units without their contacts, even when asked to populate them', async () => {
      const response = await app.http().get('/api/units').query({ populate: '*', 'pagination[pageSize]': 100 });
      expect(response.status).toBe(200);
      expect(response.body.meta.pagination.total).toBe(43);
      for (const unit of response.body.data) {
        expect(unit).toHaveProperty('name');
        expect(unit).not.toHaveProperty('leader');
        expect(unit).not.toHaveProperty('officers');
        expect(unit).not.toHaveProperty('alertEmail');
      }
      const filtered = await app.http().get('/api/units').query({ 'filters[alertEmail][$contains]': 'example' });
      expect(filtered.status).toBe(400);
    });

    it('reads published articles only, with their column', async () => {
      const response = await app.http().get('/api/articles').query({ populate: 'column', sort: 'publishedAt:desc', 'pagination[pageSize]': 100 });
      expect(response.status).toBe(200);
      expect(response.body.meta.pagination.total).toBe(await app.strapi.documents('api::article.article').count({ status: 'published' }));
      expect(response.body.data.every((a: { publishedAt: string; column: { name: string } }) => a.publishedAt && a.column.name)).toBe(true);
      // items in review or returned are drafts: never on the site
      expect(response.body.data.map((a: { title: string }) => a.title)).not.toContain('市生态环境局开展冬季燃煤锅炉专项执法检查');
    });

    it('reads the published interpretations and replies', async () => {
      const interpretations = await app.http().get('/api/interpretations').query({ populate: 'policyArticle' });
      expect(interpretations.status).toBe(200);
      expect(interpretations.body.data.length).toBeGreaterThanOrEqual(1);
      expect(interpretations.body.data.every((i: { policyArticle: { isPolicyDocument: boolean } }) => i.policyArticle.isPolicyDocument)).toBe(true);
      const replies = await app.http().get('/api/replies');
      expect(replies.status).toBe(200);
      expect(replies.body.meta.pagination.total).toBe(await app.strapi.documents('api::reply.reply').count({ status: 'published' }));
      expect(replies.body.meta.pagination.total).toBeGreaterThanOrEqual(1);
    });

    it('posts an inquiry, which is stamped as received now and hides the asker', async () => {
      const before = Date.now();
      const response = await app
        .http()
        .post('/api/inquiries')
        .send({ data: { channel: 'consultation', subject: '公积金提取', content: '请问公积金提取需要什么材料？', askerName: '钱先生', askerContact: '13900000000' } });
      expect(response.status).toBe(201);
      expect(response.body.data).not.toHaveProperty('askerName');
      expect(response.body.data).not.toHaveProperty('askerContact');
      expect(response.body.data.status).toBe('received');
      expect(new Date(response.body.data.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      const stored = await app.strapi.db.query('api::inquiry.inquiry').findOne({ where: { documentId: response.body.data.documentId } });
      expect(stored.askerName).toBe('钱先生');
    });

    it('cannot choose an inquiry\'s status, unit or time', async () => {
      const unit = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市财政局' } });
      const response = await app
        .http()
        .post('/api/inquiries')
        .send({
          data: { channel: 'error-report', subject: '错别字', content: '首页有错别字', status: 'closed', receivedAt: '2020-01-01T00:00:00Z', assignedUnit: unit.documentId },
        });
      expect(response.status).toBe(201);
      const stored = await app.strapi.db
        .query('api::inquiry.inquiry')
        .findOne({ where: { documentId: response.body.data.documentId }, populate: ['assignedUnit'] });
      expect(stored.status).toBe('received');
      expect(stored.assignedUnit).toBeNull();
      expect(new Date(stored.receivedAt).getFullYear()).toBeGreaterThan(2020);
    });

    it('answers an invalid inquiry with 400 and a message naming the field', async () => {
      const response = await app.http().post('/api/inquiries').send({ data: { channel: 'telepathy', subject: '' } });
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.message).toMatch(/^channel 只能是以下值之一：.+；subject .+；content 必须填写/);
      const english = await app.http().post('/api/inquiries').set('Accept-Language', 'en-US,en;q=0.9').send({ data: { channel: 'telepathy', subject: '' } });
      expect(english.status).toBe(400);
      expect(english.body.error.message).toMatch(/^channel must be one of .+; subject .+; content must be defined/);
    });

    it('may not read inquiries nor write articles', async () => {
      expect((await app.http().get('/api/inquiries')).status).toBe(403);
      expect((await app.http().post('/api/articles').send({ data: { title: 'x' } })).status).toBe(403);
      expect((await app.http().get('/api/unit-groups')).status).toBe(403);
    });
  });

  describe('API tokens', () => {
    it('a read-only token reads inquiries without the asker\'s name or contact', async () => {
      const response = await app.http().get('/api/inquiries').set('Authorization', `Bearer ${readToken}`);
      expect(response.status).toBe(200);
      expect(response.body.data.length).toBeGreaterThanOrEqual(4);
      for (const inquiry of response.body.data) {
        expect(inquiry).not.toHaveProperty('askerName');
        expect(inquiry).not.toHaveProperty('askerContact');
      }
    });

    it('a read-only token cannot write', async () => {
      const response = await app.http().post('/api/columns').set('Authorization', `Bearer ${readToken}`).send({ data: { name: 'x' } });
      expect(response.status).toBe(403);
    });

    it('a unit name must be unique', async () => {
      const response = await app
        .http()
        .post('/api/units')
        .set('Authorization', `Bearer ${fullToken}`)
        .send({ data: { name: '市财政局', kind: 'municipal-department' } });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/unique/i);
    });

    it('a full-access token creates a column under a channel', async () => {
      const response = await app
        .http()
        .post('/api/columns')
        .set('Authorization', `Bearer ${fullToken}`)
        .send({ data: { name: '测试栏目', slug: 'test-column', parent: await columnId('主页栏目'), category: 'news' } });
      expect(response.status).toBe(201);
      const stored = await app.strapi.db.query('api::column.column').findOne({ where: { slug: 'test-column' }, populate: ['parent'] });
      expect(stored.parent.name).toBe('主页栏目');
    });
  });

  describe('validation of items (an information officer in the content-manager)', () => {
    it('an article without a column is refused with 400 and a message', async () => {
      const response = await app
        .http()
        .post(cm('article'))
        .set('Authorization', `Bearer ${officer}`)
        .send({ title: '无栏目的稿件' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('栏目');
      expect(await app.strapi.db.query('api::article.article').count({ where: { title: '无栏目的稿件' } })).toBe(0);
    });

    it('an article with an unknown enumeration value is refused with 400', async () => {
      const response = await app
        .http()
        .post(cm('article'))
        .set('Authorization', `Bearer ${officer}`)
        .send({ title: '错误类型', column: { connect: [{ documentId: await columnId('部门动态') }] }, infoType: 'hologram' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/infoType|one of/);
    });

    it('a malformed body is answered 400, not 500', async () => {
      const response = await app
        .http()
        .post(cm('article'))
        .set('Authorization', `Bearer ${officer}`)
        .set('Content-Type', 'application/json')
        .send('{"title": ');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^请求体不是有效的 JSON：/);
    });

    it('an interpretation without its policy article is refused with 400', async () => {
      const response = await app
        .http()
        .post(cm('interpretation'))
        .set('Authorization', `Bearer ${officer}`)
        .send({ title: '孤立的解读' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('政策文件');
    });

    it('a second reply to the same inquiry is refused with 400', async () => {
      const answered = await app.strapi.db.query('api::inquiry.inquiry').findOne({ where: { subject: '异地就医备案如何办理？' } });
      const response = await app
        .http()
        .post(cm('reply'))
        .set('Authorization', `Bearer ${medicalOfficer}`)
        .send({ inquiry: { connect: [{ id: answered.id }] }, body: '重复回复' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('已有回复');
      expect(await app.strapi.db.query('api::reply.reply').count({ where: { body: '重复回复' } })).toBe(0);
    });

  });

  describe('GraphQL', () => {
    it('lists published articles with their column', async () => {
      const response = await app
        .http()
        .post('/graphql')
        .send({ query: '{ articles(filters: { title: { eq: "双鸭山市进一步优化营商环境若干措施" } }) { documentId title importance column { name } } }' });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.articles).toHaveLength(1);
      expect(response.body.data.articles[0]).toMatchObject({ title: '双鸭山市进一步优化营商环境若干措施', importance: 'important', column: { name: '政府文件' } });
    });

    it('does not expose private fields in the schema', async () => {
      const response = await app.http().post('/graphql').send({ query: '{ units { name leader { name } } }' });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.errors)).toContain('leader');
    });

    it('refuses to list inquiries to the public', async () => {
      const response = await app.http().post('/graphql').send({ query: '{ inquiries { subject } }' });
      expect(response.body.data?.inquiries ?? null).toBeNull();
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
