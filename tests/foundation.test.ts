import { AUTHENTICATED_ACTIONS, PUBLIC_ACTIONS } from '../src/bootstrap/content-api-permissions';
import { adminLogin } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

const ADMIN = { ADMIN_EMAIL: 'webmaster@example.gov.cn', ADMIN_PASSWORD: 'Webmaster2026' };

describe('foundation: plugins, demo data from the real table, first admin', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ seed: true, env: ADMIN });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['responsibility', 'review', 'overdue'])('loads the %s plugin and answers its health route', async (name) => {
    expect(app.strapi.plugin(name)).toBeDefined();
    const response = await app.http().get(`/api/${name}/health`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ plugin: name, status: 'ok' });
  });

  it('loads the column tree of the 93-row table: 5 channels, 88 columns in all', async () => {
    const columns = app.strapi.db.query('api::column.column');
    expect(await columns.count()).toBe(88);
    const channels = await columns.findMany({ where: { parent: null }, orderBy: { sortOrder: 'asc' } });
    expect(channels.map((c: { name: string }) => c.name)).toEqual(['走进双鸭山', '主页栏目', '政务公开', '部门专题专栏', '互动交流']);

    const documents = await columns.findOne({ where: { name: '政府文件' }, populate: { parent: { populate: ['parent'] } } });
    expect(documents.parent.name).toBe('公开目录');
    expect(documents.parent.parent.name).toBe('政务公开');
    expect(documents.category).toBe('policy');
    expect(documents.slug).toBe('zwgk-gkml-zfwj');
    // Four rows of the table describe 政府文件: their contents are the column's description.
    expect(documents.description.split('；')).toHaveLength(4);

    const notices = await columns.findOne({ where: { name: '通知公告' } });
    expect(notices).toMatchObject({ category: 'notice', isHomepage: true, slug: 'zylm-tzgg' });
  });

  it('creates 35 units named in the table plus the 8 counties and districts behind 各县（区）', async () => {
    const units = app.strapi.db.query('api::unit.unit');
    expect(await units.count()).toBe(43);
    expect(await units.count({ where: { kind: 'county' } })).toBe(4);
    expect(await units.count({ where: { kind: 'district' } })).toBe(4);
    expect(await units.count({ where: { kind: 'stationed-unit' } })).toBe(1); // 消防支队
    // 市政府 in the table is the 市政府办, not a unit of its own
    expect(await units.findOne({ where: { name: '市政府' } })).toBeNull();
    const office = await units.findOne({ where: { name: '市政府办' } });
    expect(office.kind).toBe('municipal-department');
    // its people are in the unit register (附件3 备案表): a 责任领导 and one or two 信息员, without accounts
    const people = app.strapi.db.query('plugin::responsibility.unit-duty');
    const leaders = await people.findMany({ where: { unit: { id: office.id }, duty: 'leader-in-charge' } });
    expect(leaders).toHaveLength(1);
    expect(leaders[0].email).toMatch(/@example\.gov\.cn$/);
    expect(await people.count({ where: { unit: { id: office.id }, duty: 'information-officer' } })).toBeGreaterThanOrEqual(1);
  });

  it('models collective owners as 7 unit groups, by kind or by named members', async () => {
    const groups = app.strapi.db.query('api::unit-group.unit-group');
    expect(await groups.count()).toBe(7);
    const departments = await groups.findOne({ where: { name: '市直各部门' } });
    expect(departments.memberKinds).toEqual(['municipal-department']);
    const cityAndCounties = await groups.findOne({ where: { name: '市县两级政府' }, populate: ['members'] });
    expect(cityAndCounties.memberKinds).toEqual(['county']);
    expect(cityAndCounties.members.map((m: { name: string }) => m.name)).toEqual(['市政府办']);
    const counties = await groups.findOne({ where: { name: '各县（区）政府' } });
    expect(counties.aliases).toContain('县（区）');
  });

  it('loads the demo content: published and draft articles, interpretations, inquiries with and without replies (tests/demo.test.ts looks closer)', async () => {
    const { strapi } = app;
    const published = await strapi.documents('api::article.article').count({ status: 'published' });
    expect(published).toBeGreaterThan(80);
    // every item has a draft version; some are drafts only (in review, returned, not yet submitted)
    expect(await strapi.documents('api::article.article').count({ status: 'draft' })).toBeGreaterThan(published);
    expect(await strapi.documents('api::interpretation.interpretation').count({ status: 'published' })).toBeGreaterThanOrEqual(1);
    expect(await strapi.documents('api::inquiry.inquiry').count({})).toBeGreaterThan(await strapi.documents('api::reply.reply').count({ status: 'published' }));
    expect(await strapi.documents('api::reply.reply').count({ status: 'draft' })).toBeGreaterThan(await strapi.documents('api::reply.reply').count({ status: 'published' }));
  });

  it('does not load the demo twice', async () => {
    const { seedDemoIfEmpty } = await import('../src/demo');
    await expect(seedDemoIfEmpty(app.strapi)).resolves.toEqual({ seeded: false });
    expect(await app.strapi.db.query('api::column.column').count()).toBe(88);
  });

  it.each([
    ['public', PUBLIC_ACTIONS],
    ['authenticated', AUTHENTICATED_ACTIONS],
  ])('grants the %s role exactly its default actions', async (type, actions) => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
    const permissions = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $startsWith: 'api::' } } });
    expect(permissions.map((p: { action: string }) => p.action).sort()).toEqual([...actions].sort());
  });

  it('creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const token = await adminLogin(app.strapi, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const me = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(ADMIN.ADMIN_EMAIL);
    expect(me.body.data.roles.map((r: { code: string }) => r.code)).toEqual(['strapi-super-admin']);
  });
});
