import fs from 'fs';
import path from 'path';

import ExcelJS from 'exceljs';

import { adminLogin } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

const ADMIN = { ADMIN_EMAIL: 'webmaster@example.gov.cn', ADMIN_PASSWORD: 'Webmaster2026' };
const TABLE = fs.readFileSync(path.resolve(__dirname, '..', 'database', 'seed', 'responsibility-table.csv'));

describe('responsibility table: demo, list, duty of a column, import and export', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startApp({ seed: true, env: ADMIN });
    token = await adminLogin(app.strapi, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`);
  const columnId = async (name: string, parent?: string): Promise<number> => {
    const where = parent ? { name, parent: { name: parent } } : { name };
    return (await app.strapi.db.query('api::column.column').findOne({ where })).id;
  };
  const upload = (bytes: Buffer | string, dryRun: boolean, filename = 'table.csv') =>
    app
      .http()
      .post(`/responsibility/import?dryRun=${dryRun}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), filename);
  const assignmentCount = () => app.strapi.db.query('plugin::responsibility.assignment').count();

  it('holds the 93 assignments of the demo table, loaded through the import', async () => {
    expect(await assignmentCount()).toBe(93);
    const response = await get('/responsibility/assignments');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(93);
    const annual = response.body.results.find((a: { content: string }) => a.content?.startsWith('按年度发布市（县）政府'));
    expect(annual.units).toEqual([]);
    expect(annual.unitGroups.map((g: { name: string }) => g.name).sort()).toEqual(['市县两级政府', '市直各部门'].sort());
    expect(annual.frequency).toEqual({ kind: 'fixed-dates', dates: [{ month: 1, day: 31 }, { month: 3, day: 31 }] });
    expect(annual.methods).toEqual(['back-office']);
  });

  it('filters by channel, method, frequency kind and unit', async () => {
    const channel = await columnId('互动交流');
    expect((await get(`/responsibility/assignments?channel=${channel}`)).body.total).toBe(4);
    expect((await get('/responsibility/assignments?method=link')).body.total).toBe(3);
    expect((await get('/responsibility/assignments?method=co-built')).body.total).toBe(1);
    expect((await get('/responsibility/assignments?frequency=as-needed')).body.total).toBe(29);
    expect((await get('/responsibility/assignments?frequency=unspecified')).body.total).toBe(28);
    const ecology = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } });
    const mine = await get(`/responsibility/assignments?unit=${ecology.id}`);
    // 5 rows name 市生态环境局; the groups it belongs to add the rows naming 市直各部门 (8 alone, and with
    // 各县（区） and with 市（县）政府: 10) and 市直和在双中省直各部门 (alone, with 各县（区）, and as 各部门 ×5: 7).
    expect(mine.body.results.filter((a: { units: { name: string }[] }) => a.units.some((u) => u.name === '市生态环境局'))).toHaveLength(5);
    expect(mine.body.total).toBe(5 + 10 + 7);
  });

  it('answers bad filters with 400 and the field', async () => {
    const response = await get('/responsibility/assignments?method=carrier-pigeon&colour=red');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/method|colour/);
  });

  it('lists the active columns nobody answers for', async () => {
    const response = await get('/responsibility/assignments?due=unassigned');
    expect(response.status).toBe(200);
    const names = response.body.unassignedColumns.map((c: { name: string }) => c.name);
    // 政务信息 has a blank 保障单位; 机构职能 (市直有关部门) and 重大建设项目 (各相关部门) name only the group of
    // related departments, which has no members until an administrator names them. 涉企信息专栏 also names
    // 县（区）, so it has owners. Channels and other containers need no owner of their own.
    expect(names).toEqual(['机构职能', '政务信息', '重大建设项目']);
  });

  it('answers who is responsible for a column: units with their people, method, frequency, next due date', async () => {
    const id = await columnId('环保专栏');
    const response = await get(`/responsibility/columns/${id}/duty`);
    expect(response.status).toBe(200);
    expect(response.body.column.name).toBe('环保专栏');
    expect(response.body.units.map((u: { name: string }) => u.name)).toEqual(['市生态环境局']);
    expect(response.body.units[0].leader.email).toMatch(/@example\.gov\.cn$/);
    expect(response.body.units[0].accounts.map((a: { duty: string }) => a.duty)).toEqual(
      expect.arrayContaining(['information-officer', 'section-reviewer', 'confidentiality-reviewer', 'leader-in-charge', 'principal-leader']),
    );
    expect(response.body.assignments[0].methods).toEqual(['back-office']);
    // A blank frequency in a topic column: no national limit for topics here, so no deadline of its own.
    expect(response.body.column.dueStatus).toBe('no-deadline');

    const weekly = await get(`/responsibility/columns/${await columnId('部门动态')}/duty`);
    expect(weekly.body.assignments[0].frequency).toEqual({ kind: 'every', unit: 'week', count: 1 });
    expect(weekly.body.column.lastPublishedAt).not.toBeNull();
    const due = new Date(weekly.body.column.nextDueAt).getTime() - new Date(weekly.body.column.lastPublishedAt).getTime();
    expect(due).toBeGreaterThan(6 * 24 * 3600 * 1000);
    expect(due).toBeLessThanOrEqual(8 * 24 * 3600 * 1000);
  });

  it('shows a late column never published since it opened as blank since its opening, not by a years-old deadline', async () => {
    const response = await get('/responsibility/columns');
    expect(response.status).toBe(200);
    type Status = { name: string; dueStatus: string; lastPublishedAt: string | null; nextDueAt: string | null; blankSince: string | null };
    const columns = response.body.results as Status[];
    // the demo's columns opened in 2021 and many were never published: late since their opening
    const never = columns.filter((c) => c.dueStatus === 'overdue' && c.lastPublishedAt === null) as (Status & { id: number })[];
    expect(never.length).toBeGreaterThan(0);
    for (const column of never.slice(0, 5)) {
      const stored = await app.strapi.db.query('api::column.column').findOne({ where: { id: column.id }, select: ['openedAt'] });
      expect(column.blankSince).not.toBeNull();
      expect(new Date(column.blankSince!).getTime()).toBe(new Date(stored.openedAt).getTime());
    }
    // every late column with a publication keeps its deadline; none of them is "blank since"
    const published = columns.filter((c) => c.dueStatus === 'overdue' && c.lastPublishedAt !== null);
    expect(published.every((c) => c.blankSince === null && c.nextDueAt !== null)).toBe(true);
    expect(columns.filter((c) => c.blankSince !== null).every((c) => c.lastPublishedAt === null && c.dueStatus === 'overdue')).toBe(true);
  });

  it('lets a sub-column inherit its parent\'s assignment unless it has its own', async () => {
    const parent = await app.strapi.db.query('api::column.column').findOne({ where: { name: '政府文件' } });
    const child = await app.strapi.documents('api::column.column').create({ data: { name: '部门规范性文件', slug: 'zwgk-gkml-zfwj-bmgfxwj', parent: parent.documentId } as never });
    const inherited = await get(`/responsibility/columns/${child.id}/duty`);
    expect(inherited.status).toBe(200);
    expect(inherited.body.column.inheritedFrom.name).toBe('政府文件');
    expect(inherited.body.assignments).toHaveLength(4);
    const created = await app
      .http()
      .post('/responsibility/assignments')
      .set('Authorization', `Bearer ${token}`)
      .send({ columnId: child.id, unitIds: [(await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市司法局' } })).id], methods: ['report'], frequencyText: '每月' });
    expect(created.status).toBe(201);
    const own = await get(`/responsibility/columns/${child.id}/duty`);
    expect(own.body.column.inheritedFrom).toBeNull();
    expect(own.body.units.map((u: { name: string }) => u.name)).toEqual(['市司法局']);
    await app.http().delete(`/responsibility/assignments/${created.body.id}`).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('answers an unknown or malformed column id with 404 / 400', async () => {
    expect((await get('/responsibility/columns/999999/duty')).status).toBe(404);
    expect((await get('/responsibility/columns/abc/duty')).status).toBe(400);
  });

  describe('import', () => {
    it('re-importing the real table changes nothing (dry run and commit)', async () => {
      const dry = await upload(TABLE, true);
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, ok: true, rows: 93, columns: { create: [], existing: 88 }, assignments: { create: [], update: [], unchanged: 93 } });
      const before = await app.strapi.db.query('plugin::responsibility.assignment').findMany({ select: ['id', 'updatedAt'] });
      const commit = await upload(TABLE, false);
      expect(commit.status).toBe(200);
      expect(commit.body.assignments.unchanged).toBe(93);
      const after = await app.strapi.db.query('plugin::responsibility.assignment').findMany({ select: ['id', 'updatedAt'] });
      expect(after).toEqual(before);
    });

    it('a dry run shows what would change and writes nothing; the commit writes it', async () => {
      const text = TABLE.toString('utf8').replace('主页栏目,图片信息,,市领导重要活动、重要工作部署、重要会议等,后台加载,每周,', '主页栏目,图片信息,,市领导重要活动、重要工作部署、重要会议等,后台加载,每月,') +
        '专题栏目,新专题,,测试专题内容,信息报送,每两周,市财政局\n';
      const dry = await upload(text, true);
      expect(dry.status).toBe(200);
      expect(dry.body.columns.create.map((c: { path: string[] }) => c.path)).toEqual([['专题栏目'], ['专题栏目', '新专题']]);
      expect(dry.body.assignments.create).toEqual([{ line: 95, path: ['专题栏目', '新专题'], content: '测试专题内容' }]);
      expect(dry.body.assignments.update).toEqual([{ line: 17, path: ['主页栏目', '图片信息'], content: '市领导重要活动、重要工作部署、重要会议等', changes: ['frequency'], diff: [{ field: 'frequency', from: '每周', to: '每月' }] }]);
      expect(await assignmentCount()).toBe(93);
      expect(await app.strapi.db.query('api::column.column').count({ where: { name: '新专题' } })).toBe(0);

      const commit = await upload(text, false);
      expect(commit.status).toBe(200);
      expect(await assignmentCount()).toBe(94);
      const photo = await app.strapi.db.query('plugin::responsibility.assignment').findOne({ where: { column: { name: '图片信息' } } });
      expect(photo.frequency).toEqual({ kind: 'every', unit: 'month', count: 1 });
      const again = await upload(text, false);
      expect(again.body.assignments).toMatchObject({ create: [], update: [], unchanged: 94 });

      // and back, so the other tests see the demo table
      await upload(TABLE, false);
      const added = await app.strapi.db.query('plugin::responsibility.assignment').findOne({ where: { column: { name: '新专题' } } });
      await app.http().delete(`/responsibility/assignments/${added.id}`).set('Authorization', `Bearer ${token}`).expect(200);
      for (const name of ['新专题', '专题栏目']) {
        const column = await app.strapi.db.query('api::column.column').findOne({ where: { name } });
        await app.strapi.documents('api::column.column').delete({ documentId: column.documentId });
      }
      expect(await assignmentCount()).toBe(93);
    });

    it.each([
      ['an unknown unit', (t: string) => t.replace(/市气象局(\r?\n)/, '市天气局$1'), /第4行：未知单位“市天气局”/],
      ['an unreadable frequency', (t: string) => t.replace('信息报送,每日,日报社', '信息报送,每隔几天,日报社'), /第15行：.*每隔几天/],
      ['an unknown method', (t: string) => t.replace('主页栏目,时政信息,,双鸭山日报刊发的时政信息,信息报送', '主页栏目,时政信息,,双鸭山日报刊发的时政信息,飞鸽传书'), /第15行：无法识别的保障方式“飞鸽传书”/],
      ['a duplicate row', (t: string) => `${t}走进双鸭山,气候概况,,气候、气温、降水等信息,后台加载,,市气象局\n`, /第95行：与第4行重复/],
      ['a missing header', (t: string) => t.replace('channel,column,subcolumn,content,method,frequency,units', 'channel,column,subcolumn,content,method,units'), /缺少表头：保障时限/],
      ['no header at all', (t: string) => t.split('\n').slice(1).join('\n'), /找不到表头行/],
    ])('refuses a file with %s: 400 with the row, nothing written', async (_name, mutate, message) => {
      const before = await assignmentCount();
      const columns = await app.strapi.db.query('api::column.column').count();
      const response = await upload(mutate(TABLE.toString('utf8')), false);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(response.body.error.details.problems.length).toBeGreaterThan(0);
      expect(await assignmentCount()).toBe(before);
      expect(await app.strapi.db.query('api::column.column').count()).toBe(columns);
    });

    it('reports every problem of a file, by row, in one answer', async () => {
      const text = TABLE.toString('utf8').replace(/市气象局(\r?\n)/, '市天气局$1').replace('信息报送,每日,日报社', '信息报送,每隔几天,日报社');
      const response = await upload(text, true);
      expect(response.status).toBe(400);
      expect(response.body.error.details.problems.map((p: { line: number }) => p.line)).toEqual([4, 15]);
      // one language per answer: the admin's (Chinese here, English after switching the profile)
      expect(response.body.error.message).toMatch(/^导入文件有2处问题，未写入任何数据：第4行：.*；第15行：无法识别的保障时限“每隔几天”$/);
      await app.strapi.db.query('admin::user').update({ where: { email: ADMIN.ADMIN_EMAIL }, data: { preferedLanguage: 'en' } });
      try {
        const english = await upload(text, true);
        expect(english.body.error.message).toMatch(/^The file has 2 problem\(s\); nothing was written: Row 4: .*; Row 15: Unreadable frequency "每隔几天"$/);
        expect(english.body.error.details.problems[1].message).toBe('Row 15: Unreadable frequency "每隔几天"');
      } finally {
        await app.strapi.db.query('admin::user').update({ where: { email: ADMIN.ADMIN_EMAIL }, data: { preferedLanguage: 'zh-Hans' } });
      }
    });

    it('refuses a file that is not UTF-8 (GBK) with a message saying so', async () => {
      // "channel,column…\n走进双鸭山,本市概况" in GBK
      const gbk = Buffer.concat([Buffer.from('channel,column,subcolumn,content,method,frequency,units\n'), Buffer.from('d7dfbdf8cbabd1bcc9bd2cb1bec3d0b8c5bff62c2c2cd0c5cfa2b1a8cbcd2cc3bfc8d52cc8d5b1a8c9e70a', 'hex')]);
      const response = await upload(gbk, true);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/不是 UTF-8 编码.*GBK/);
    });

    it('refuses an empty upload and a request without a file', async () => {
      expect((await upload('', true)).status).toBe(400);
      const none = await app.http().post('/responsibility/import?dryRun=true').set('Authorization', `Bearer ${token}`).field('other', 'x');
      expect(none.status).toBe(400);
      expect(none.body.error.message).toContain('file');
    });

    it('reads the original layout in XLSX: Chinese headers, section rows for channels, merged cells', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('附件1');
      sheet.addRow(['一、走进双鸭山频道']);
      sheet.addRow(['一级栏目', '二级栏目', '主要发布内容', '保障方式', '保障时限', '保障单位']);
      sheet.addRow(['本市概况', '', '我市基本情况介绍', '信息报送', '每年7月30日前更新，并将信息发布时间调整为当年日期', '市政府办']);
      sheet.addRow(['地理地貌', '', '我市地理位置、经纬度、土地面积、地形地势、海拔等', '后台加载', '', '市自然资源局']);
      sheet.addRow(['二、政务公开频道']);
      sheet.addRow(['一级栏目', '二级栏目', '主要发布内容', '保障方式', '保障时限', '保障单位']);
      sheet.addRow(['公开目录', '政府文件', '市政府文件', '后台加载', '季度', '市政府办']);
      sheet.addRow(['', '政府文件', '部门文件', '后台加载', '季度', '市直各部门']);
      sheet.mergeCells('A7:A8');
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const response = await upload(bytes, true, 'table.xlsx');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ok: true, rows: 4, columns: { create: [] }, assignments: { create: [], update: [], unchanged: 4 } });
    });
  });

  describe('export', () => {
    it('exports CSV in the import shape, which imports back unchanged', async () => {
      const response = await get('/responsibility/export?format=csv').buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const text = (response.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFFchannel,column,subcolumn,content,method,frequency,units')).toBe(true);
      expect(text.trim().split('\n')).toHaveLength(94);
      expect(text).toContain('政务公开,信息公开年报,,按年度发布市（县）政府、市直各部门信息公开年度报告,后台加载,每年1月31日、3月31日前,市（县）政府；市直各部门');
      const back = await upload(response.body as Buffer, true);
      expect(back.body.assignments).toMatchObject({ create: [], update: [], unchanged: 93 });
    });

    it('exports XLSX with Chinese headers, which imports back unchanged', async () => {
      const response = await get('/responsibility/export?format=xlsx&headers=zh').buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.rowCount).toBe(94);
      expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(['频道', '一级栏目', '二级栏目', '主要发布内容', '保障方式', '保障时限', '保障单位']);
      const back = await upload(response.body as Buffer, true, 'table.xlsx');
      expect(back.body.assignments).toMatchObject({ create: [], update: [], unchanged: 93 });
    });

    it('answers an unknown format with 400', async () => {
      expect((await get('/responsibility/export?format=pdf')).status).toBe(400);
    });
  });

  describe('inline edit', () => {
    const firstOf = async (columnName: string) =>
      app.strapi.db.query('plugin::responsibility.assignment').findOne({ where: { column: { name: columnName } } });
    const put = async (id: number | string, body: object) =>
      app.http().put(`/responsibility/assignments/${id}`).set('Authorization', `Bearer ${token}`).send(body);

    it('changes frequency, methods and owners', async () => {
      const row = await firstOf('统计信息');
      const finance = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市财政局' } });
      const departments = await app.strapi.db.query('api::unit-group.unit-group').findOne({ where: { name: '市直各部门' } });
      const response = await put(row.id, { frequencyText: '每半年', methods: ['report', 'back-office'], unitIds: [finance.id], unitGroupIds: [departments.id] });
      expect(response.status).toBe(200);
      const stored = await app.strapi.db
        .query('plugin::responsibility.assignment')
        .findOne({ where: { id: row.id }, populate: { units: true, unitGroups: true } });
      expect(stored.frequency).toEqual({ kind: 'every', unit: 'month', count: 6 });
      expect(stored.methods).toEqual(['report', 'back-office']);
      expect(stored.units.map((u: { name: string }) => u.name)).toEqual(['市财政局']);
      expect(stored.unitGroups.map((g: { name: string }) => g.name)).toEqual(['市直各部门']);
      expect(stored.ownerText).toBe('市财政局、市直各部门');
    });

    it.each([
      [{ frequencyText: '每隔几天' }, 400, /每隔几天/],
      [{ methods: ['telepathy'] }, 400, /methods/],
      [{ unitIds: [999999] }, 400, /单位#999999/],
      [{ effectiveFrom: '2026-12-01', effectiveTo: '2026-01-01' }, 400, /晚于结束/],
      [{ effectiveFrom: 'tomorrow' }, 400, /YYYY-MM-DD/],
      [{ colour: 'red' }, 400, /colour/],
    ])('refuses %j with %i', async (body, status, message) => {
      const row = await firstOf('气候概况');
      const response = await put(row.id, body);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toMatch(message);
    });

    it('answers an unknown assignment with 404', async () => {
      expect((await put(999999, { note: 'x' })).status).toBe(404);
      expect((await put('x1', { note: 'x' })).status).toBe(400);
    });
  });

  describe('unit duties (附件3 备案表)', () => {
    const post = (body: object) => app.http().post('/responsibility/duties').set('Authorization', `Bearer ${token}`).send(body);
    const newAdmin = async (email: string) =>
      app.strapi.service('admin::user').create({ email, firstname: '测试', lastname: '用户', password: 'Passw0rd!', isActive: true, registrationToken: null, roles: [] });

    it('assigns and revokes, recording who and when; refuses repeats and a third officer', async () => {
      const finance = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市财政局' } });
      // The demo files 市财政局's 信息员 in the register (the demo gives them accounts): they count against the limit of two.
      const filed = (await get(`/responsibility/duties?unit=${finance.id}&duty=information-officer`)).body.results as { id: number; user: unknown }[];
      expect(filed.length).toBeGreaterThan(0);
      for (const person of filed) expect((await app.http().delete(`/responsibility/duties/${person.id}`).set('Authorization', `Bearer ${token}`)).status).toBe(200);
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => newAdmin(`officer-${n}.cz@example.gov.cn`)));
      const first = await post({ duty: 'information-officer', unitId: finance.id, userId: a.id });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ duty: 'information-officer', unit: { name: '市财政局' }, user: { email: 'officer-a.cz@example.gov.cn' } });
      expect((await post({ duty: 'information-officer', unitId: finance.id, userId: a.id })).status).toBe(409);
      expect((await post({ duty: 'information-officer', unitId: finance.id, userId: b.id })).status).toBe(201);
      const third = await post({ duty: 'information-officer', unitId: finance.id, userId: c.id });
      expect(third.status).toBe(409);
      expect(third.body.error.message).toContain('最多设2名信息员');

      const revoked = await app.http().delete(`/responsibility/duties/${first.body.id}`).set('Authorization', `Bearer ${token}`);
      expect(revoked.status).toBe(200);
      expect((await app.http().delete(`/responsibility/duties/${first.body.id}`).set('Authorization', `Bearer ${token}`)).status).toBe(404);

      const changes = await get('/responsibility/duties/changes?pageSize=5');
      expect(changes.status).toBe(200);
      expect(changes.body.results[0]).toMatchObject({ action: 'revoked', duty: 'information-officer', unitName: '市财政局', userEmail: 'officer-a.cz@example.gov.cn', actorEmail: ADMIN.ADMIN_EMAIL });
      expect(changes.body.results[1]).toMatchObject({ action: 'assigned', userEmail: 'officer-b.cz@example.gov.cn' });
      expect(Date.parse(changes.body.results[0].at)).toBeGreaterThan(Date.now() - 60_000);
    });

    it.each([
      [{ duty: 'site-administrator', unitId: 1, userId: 1 }, 400, /全站/],
      [{ duty: 'section-reviewer', userId: 1 }, 400, /必须属于一个单位/],
      [{ duty: 'janitor', unitId: 1, userId: 1 }, 400, /duty/],
      [{ duty: 'section-reviewer', unitId: 1, userId: 999999 }, 404, /#999999/],
      [{ duty: 'section-reviewer', unitId: 999999, userId: 1 }, 404, /#999999/],
    ])('refuses %j with %i', async (body, status, message) => {
      const response = await post(body);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toMatch(message);
    });

    it('keeps people without an account (姓名、职务、手机、邮箱), edits them and links an account later', async () => {
      const tax = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } });
      const created = await post({ duty: 'section-reviewer', unitId: tax.id, name: '郭静怡', title: '科长', mobile: '13904698888', email: 'guo.jy@example.gov.cn' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ user: null, person: { name: '郭静怡', title: '科长', mobile: '13904698888', email: 'guo.jy@example.gov.cn' } });
      expect((await post({ duty: 'section-reviewer', unitId: tax.id, name: '郭静怡', email: 'GUO.JY@example.gov.cn' })).status).toBe(409);
      const nameless = await post({ duty: 'section-reviewer', unitId: tax.id });
      expect(nameless.status).toBe(400);
      expect(nameless.body.error.message).toContain('姓名');
      expect((await post({ duty: 'section-reviewer', unitId: tax.id, name: '某人', mobile: 'abc' })).status).toBe(400);

      const put = (id: number, body: object) => app.http().put(`/responsibility/duties/${id}`).set('Authorization', `Bearer ${token}`).send(body);
      const account = await newAdmin('guo.jy.account@example.gov.cn');
      const linked = await put(created.body.id, { userId: account.id, title: '副科长' });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ user: { id: account.id }, person: { name: '郭静怡', title: '副科长', email: 'guo.jy@example.gov.cn' } });
      // the account holds the duty now: the review sees them as a section reviewer of the unit
      const holders = await (app.strapi.plugin('responsibility').service('duties') as { holders(d: string, u: number): Promise<{ id: number; email: string }[]> }).holders('section-reviewer', tax.id);
      expect(holders).toContainEqual(expect.objectContaining({ id: account.id, email: 'guo.jy@example.gov.cn' }));
      expect((await put(created.body.id, { userId: null, name: '' })).status).toBe(400);
      expect((await put(999999, { title: 'x' })).status).toBe(404);
      expect((await put(created.body.id, { role: 'x' })).status).toBe(400);
      const changes = await get('/responsibility/duties/changes?pageSize=1');
      expect(changes.body.results[0]).toMatchObject({ action: 'updated', userName: '郭静怡' });
      expect((await app.http().delete(`/responsibility/duties/${created.body.id}`).set('Authorization', `Bearer ${token}`)).status).toBe(200);
    });

    it("files a unit's old contact records in the register once (bootstrap), losing nothing", async () => {
      const unit = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市医保局' } });
      const before = (await get(`/responsibility/duties?unit=${unit.id}`)).body.results as { duty: string; person: { name: string; email: string } }[];
      // a database from before the register: contact records on the unit
      await app.strapi.documents('api::unit.unit').update({
        documentId: unit.documentId,
        data: {
          leader: { name: '胡建国', title: '副局长', mobile: '13904697777', email: 'hu.jg@example.gov.cn' },
          officers: [{ name: '林玉兰', title: '信息员', email: 'lin.yl@example.gov.cn' }, ...before.filter((p) => p.duty === 'information-officer').slice(0, 1).map((p) => ({ name: p.person.name, email: p.person.email }))],
        } as never,
      });
      const service = app.strapi.plugin('responsibility').service('duties') as { fileContactRecords(): Promise<{ units: number; created: number }> };
      expect(await service.fileContactRecords()).toMatchObject({ units: 1, created: 2 });
      expect(await service.fileContactRecords()).toMatchObject({ units: 0, created: 0 });
      const after = (await get(`/responsibility/duties?unit=${unit.id}`)).body.results as { duty: string; user: unknown; person: { name: string; mobile: string | null } }[];
      expect(after).toHaveLength(before.length + 2);
      expect(after).toContainEqual(expect.objectContaining({ duty: 'leader-in-charge', user: null, person: expect.objectContaining({ name: '胡建国', mobile: '13904697777' }) }));
      expect(after).toContainEqual(expect.objectContaining({ duty: 'information-officer', person: expect.objectContaining({ name: '林玉兰' }) }));
      const cleared = await app.strapi.db.query('api::unit.unit').findOne({ where: { id: unit.id }, populate: ['leader', 'officers'] });
      expect(cleared.leader).toBeNull();
      expect(cleared.officers).toEqual([]);
      // the column's duty reads the same register
      const duty = await get(`/responsibility/columns/${await columnId('环保专栏')}/duty`);
      expect(duty.body.units[0].people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['李晓东', '刘振华']));
    });

    it('lists duties by unit', async () => {
      const ecology = await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } });
      const response = await get(`/responsibility/duties?unit=${ecology.id}`);
      expect(response.status).toBe(200);
      expect(response.body.results).toHaveLength(5);
    });
  });

  it('refuses the admin routes without an admin login', async () => {
    expect((await app.http().get('/responsibility/assignments')).status).toBe(401);
    expect((await app.http().post('/responsibility/import')).status).toBe(401);
  });
});
