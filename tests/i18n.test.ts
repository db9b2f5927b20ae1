import { applyContentManagerLabels } from '../src/bootstrap/content-manager-labels';
import { nameRolesInChinese } from '../src/bootstrap/roles';
import { CONTENT_MANAGER_LABELS, LABELS_VERSION } from '../src/content-manager/labels';
import { adminJwtFor, createApiToken } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * Issue #11 items 1, 2 and 4: the content-manager's view configuration holds Chinese labels after boot,
 * admin accounts start in zh-Hans, and every error answers in one language — the admin user's interface
 * language, or a content-API caller's Accept-Language (zh-Hans by default).
 */
const WEBADMIN = 'webadmin@example.gov.cn'; // 网站管理员
const OFFICER = 'officer.sthj@example.gov.cn'; // 信息员, 市生态环境局
const ARTICLE = 'api::article.article';
const CJK = /[\u4e00-\u9fff]/;

describe('a Chinese content-manager, one language per message', () => {
  let app: TestApp;
  const admin: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp({ seed: true });
    for (const email of [WEBADMIN, OFFICER]) admin[email] = await adminJwtFor(app.strapi, email);
  });
  afterAll(async () => {
    await app?.close();
  });

  const configuration = async (uid: string) => {
    const response = await app.http().get(`/content-manager/content-types/${uid}/configuration`).set('Authorization', `Bearer ${admin[WEBADMIN]}`);
    expect(response.status).toBe(200);
    return response.body.data.contentType as {
      settings: { mainField: string };
      metadatas: Record<string, { edit: { label: string; description: string; visible?: boolean }; list: { label: string } }>;
      layouts: { list: string[]; edit: { name: string }[][] };
    };
  };

  describe('view configuration (set at bootstrap)', () => {
    it('article: Chinese labels, help texts naming the field, list columns with Chinese headers', async () => {
      const article = await configuration(ARTICLE);
      expect(article.metadatas.title.edit.label).toBe('标题');
      expect(article.metadatas.submittingUnit.edit.label).toBe('报送单位');
      expect(article.metadatas.writtenAt.edit.label).toBe('写作时间');
      expect(article.metadatas.infoType.edit.label).toBe('信息类型');
      expect(article.metadatas.needsInterpretation.edit.label).toBe('需要政策解读');
      expect(article.metadatas.submittingUnit.edit.description).toMatch(/^报送稿件的单位/);
      expect(article.metadatas.submittingUnit.edit.description).not.toMatch(/submittingUnit|Submitting unit/);
      expect(article.layouts.list).toEqual(['title', 'column', 'submittingUnit', 'infoType', 'updatedAt']);
      expect(article.layouts.list.map((field) => article.metadatas[field].list.label)).toEqual(['标题', '发布栏目', '报送单位', '信息类型', '更新时间']);
      expect(article.settings.mainField).toBe('title');
    });

    it('every type of the table: no field left with its attribute name as label', async () => {
      for (const type of CONTENT_MANAGER_LABELS.filter((t) => t.kind === 'content-type')) {
        const config = await configuration(type.uid);
        for (const field of Object.keys(type.fields)) {
          if (!config.metadatas[field]?.edit || field === 'id' || field === 'documentId') continue; // never in the edit view
          expect([type.uid, field, config.metadatas[field].edit.label]).toEqual([type.uid, field, expect.stringMatching(CJK)]);
        }
        expect(config.layouts.list).toEqual(type.list);
      }
    });

    it('unit: the old contact fields are out of the edit form (the unit register keeps the people)', async () => {
      const unit = await configuration('api::unit.unit');
      const inForm = unit.layouts.edit.flat().map((cell) => cell.name);
      expect(inForm).toEqual(expect.arrayContaining(['name', 'kind', 'alertEmail']));
      expect(inForm).not.toContain('leader');
      expect(inForm).not.toContain('officers');
      expect(unit.metadatas.leader.edit.visible).toBe(false);
    });

    it('a new version of the table updates our labels and keeps an administrator’s own', async () => {
      const contentTypes = app.strapi.plugin('content-manager').service('content-types');
      const model = contentTypes.findContentType(ARTICLE);
      const current = await contentTypes.findConfiguration(model);
      current.metadatas.source.edit.label = '出处'; // changed in "Configure the view"
      await contentTypes.updateConfiguration(model, { settings: current.settings, metadatas: current.metadatas, layouts: current.layouts });

      await applyContentManagerLabels(app.strapi); // same version: nothing happens
      expect((await configuration(ARTICLE)).metadatas.source.edit.label).toBe('出处');

      const next = CONTENT_MANAGER_LABELS.map((type) =>
        type.uid === ARTICLE ? { ...type, fields: { ...type.fields, title: { ...type.fields.title, zh: '稿件标题' }, source: { ...type.fields.source, zh: '来源单位' } } } : type,
      );
      await applyContentManagerLabels(app.strapi, next, LABELS_VERSION + 1);
      const after = await configuration(ARTICLE);
      expect(after.metadatas.title.edit.label).toBe('稿件标题');
      expect(after.metadatas.source.edit.label).toBe('出处');
      expect(after.metadatas.source.list.label).toBe('来源单位');
    });

    it('enumeration values keep their API values (the admin shows their names through translations)', async () => {
      const response = await app.http().get('/api/articles?fields[0]=infoType&fields[1]=importance&pagination[pageSize]=100');
      expect(response.status).toBe(200);
      const values = response.body.data.map((a: { infoType: string; importance: string }) => [a.infoType, a.importance]);
      expect(values.length).toBeGreaterThan(0);
      for (const [infoType, importance] of values) {
        expect(['text', 'image', 'table', 'audio-video']).toContain(infoType);
        expect(['normal', 'important']).toContain(importance);
      }
    });
  });

  describe('zh-Hans by default', () => {
    it('every seeded admin account, and a new one, has zh-Hans as its interface language', async () => {
      const users = await app.strapi.db.query('admin::user').findMany({ select: ['email', 'preferedLanguage'] });
      expect(users.length).toBeGreaterThan(3);
      for (const user of users) expect(user.preferedLanguage).toBe('zh-Hans');

      const created = await app.strapi.service('admin::user').create({ email: 'new.person@example.gov.cn', firstname: '新', lastname: '同事' });
      expect(created.preferedLanguage).toBe('zh-Hans');
      const chosen = await app.strapi.service('admin::user').create({ email: 'english.person@example.gov.cn', firstname: 'E', lastname: 'N', preferedLanguage: 'en' });
      expect(chosen.preferedLanguage).toBe('en');
    });

    it('admin roles have Chinese names (shown as they are on the home page and in account lists); a chosen name is kept', async () => {
      const response = await app.http().get('/admin/roles').set('Authorization', `Bearer ${admin[WEBADMIN]}`);
      expect(response.status).toBe(200);
      const roles = response.body.data as { id: number; code: string; name: string; description: string }[];
      expect(Object.fromEntries(roles.map((role) => [role.code, role.name]))).toEqual(
        expect.objectContaining({ 'strapi-super-admin': '超级管理员', 'content-assurance-officer': '信息员', 'content-assurance-reviewer': '审核人' }),
      );
      for (const role of roles) expect([role.code, role.name, role.description]).toEqual([role.code, expect.stringMatching(CJK), expect.stringMatching(CJK)]);

      const reviewer = roles.find((role) => role.code === 'content-assurance-reviewer');
      await app.strapi.service('admin::role').update({ id: reviewer?.id }, { name: '审核员' });
      await nameRolesInChinese(app.strapi);
      expect((await app.strapi.service('admin::role').findOne({ code: 'content-assurance-reviewer' })).name).toBe('审核员');
      await app.strapi.service('admin::role').update({ id: reviewer?.id }, { name: '审核人' });
    });
  });

  describe('one language per message', () => {
    it('content API: the same error in zh-Hans by default and in English with Accept-Language: en', async () => {
      const zh = await app.http().get('/api/articles?pagination[page]=abc');
      const en = await app.http().get('/api/articles?pagination[page]=abc').set('Accept-Language', 'en-US,en;q=0.9');
      expect(zh.status).toBe(400);
      expect(en.status).toBe(400);
      expect(zh.body.error.message).toBe('分页参数 pagination[page] 应为 1 至 2147483647 的整数');
      expect(en.body.error.message).toBe('pagination[page] must be a whole number from 1 to 2147483647');

      // Strapi's own English message gets a Chinese text of its own, not a prefix.
      const key = await app.http().get('/api/articles?populate=nonexistent');
      expect(key.status).toBe(400);
      expect(key.body.error.message).toBe('查询参数无效：不认识的键“nonexistent”');
      const keyEn = await app.http().get('/api/articles?populate=nonexistent').set('Accept-Language', 'en');
      expect(keyEn.body.error.message).toBe('Invalid key nonexistent');
    });

    it('content API: a plugin’s refusal, one language each, no texts of the other left in the answer', async () => {
      const token = await createApiToken(app.strapi, 'full-access');
      const post = (language?: string) => {
        const request = app.http().post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`);
        return (language ? request.set('Accept-Language', language) : request).send({ data: { title: 'x' } });
      };
      const zh = await post();
      const en = await post('en');
      expect(zh.status).toBe(403);
      expect(zh.body.error.message).toMatch(/^内容接口只能读取已发布的内容和提交留言/);
      expect(zh.body.error.message).not.toMatch(/[A-Za-z]{4,} [a-z]+ [a-z]+/);
      expect(en.status).toBe(403);
      expect(en.body.error.message).toMatch(/^The content API reads published content and posts inquiries only/);
      expect(JSON.stringify(en.body)).not.toMatch(CJK);
      expect(JSON.stringify(zh.body)).not.toContain('messages');
    });

    it('GraphQL: in the caller’s language too', async () => {
      const query = '{ columns(pagination: { limit: 100 }) { children(pagination: { limit: 100 }) { articles(pagination: { limit: 100 }) { title } } } }';
      const zh = await app.http().post('/graphql').send({ query });
      const en = await app.http().post('/graphql').set('Accept-Language', 'en').send({ query });
      expect(zh.body.errors[0].message).toMatch(/^查询过于复杂（成本 \d+，上限 5000）：请减少嵌套、字段或每页条数$/);
      expect(en.body.errors[0].message).toMatch(/^The query is too costly: \d+, at most 5000;/);
      expect(en.body.errors[0].extensions.messages).toBeUndefined();
    });

    it('admin: the interface language of the person’s profile, whatever the browser says', async () => {
      const withoutColumn = () =>
        app
          .http()
          .post(`/content-manager/collection-types/${ARTICLE}`)
          .set('Authorization', `Bearer ${admin[OFFICER]}`)
          .set('Accept-Language', 'en')
          .send({ title: '没有栏目', infoType: 'text', importance: 'normal', isPolicyDocument: false, needsInterpretation: false });
      const unknownType = () => app.http().get('/review/items/bogus/abcdefghij1234').set('Authorization', `Bearer ${admin[OFFICER]}`);

      const zh = await withoutColumn();
      expect(zh.status).toBe(400);
      expect(zh.body.error.message).toBe('稿件必须属于一个栏目');
      expect(zh.body.error.details.errors[0]).toMatchObject({ path: ['column'], message: '稿件必须属于一个栏目' });
      const zhPlugin = await unknownType();
      expect(zhPlugin.status).toBe(400);
      expect(zhPlugin.body.error.message).toBe('未知的条目类型“bogus”：应为 article、interpretation 或 reply');

      await app.strapi.db.query('admin::user').update({ where: { email: OFFICER }, data: { preferedLanguage: 'en' } });
      try {
        const en = await withoutColumn();
        expect(en.status).toBe(400);
        expect(en.body.error.message).toBe('An article must belong to a column');
        expect(en.body.error.details.errors[0].message).toBe('An article must belong to a column');
        const enPlugin = await unknownType();
        expect(enPlugin.body.error.message).toBe('Unknown item type "bogus": article, interpretation or reply');
      } finally {
        await app.strapi.db.query('admin::user').update({ where: { email: OFFICER }, data: { preferedLanguage: 'zh-Hans' } });
      }
    });
  });
});
