import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import { adminJwtFor } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * Issue #11 (3, 8, 9): the review panel says why an action is missing; an item always has its
 * submitting unit; the column picker offers an officer his units' columns only; the ledger (台账) keeps
 * every signer of the approved round and says when a submission was returned; approval sheets are
 * numbered per unit and year; the import dry run shows old → new.
 */
const OFFICER = 'officer.sthj@example.gov.cn'; // 市生态环境局
const COUNTY_OFFICER = 'officer.jx@example.gov.cn'; // 集贤县政府
const SECTION = 'reviewer.sthj@example.gov.cn';
const SECRECY = 'secrecy.sthj@example.gov.cn';
const LEADER = 'leader.sthj@example.gov.cn';
const WEBADMIN = 'webadmin@example.gov.cn';
const ARTICLE = 'api::article.article';

/** Beijing 'YYYY-MM-DD HH:mm' of an instant, as the ledger prints it. */
const beijing = (at: string | Date): string => new Date(new Date(at).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
const beijingDay = (at: Date): string => beijing(at).slice(0, 10);

describe('review guidance, ledger rounds and sheet numbers', () => {
  let app: TestApp;
  const jwt: Record<string, string> = {};
  let columnId: number;
  let unitId: number;

  beforeAll(async () => {
    app = await startApp({ seed: true });
    for (const email of [OFFICER, COUNTY_OFFICER, SECTION, SECRECY, LEADER, WEBADMIN]) jwt[email] = await adminJwtFor(app.strapi, email);
    columnId = (await app.strapi.db.query('api::column.column').findOne({ where: { name: '环保专栏' } })).id;
    unitId = (await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } })).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const as = (email: string) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${jwt[email]}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('Authorization', `Bearer ${jwt[email]}`).send(body),
    put: (url: string, body: object) => app.http().put(url).set('Authorization', `Bearer ${jwt[email]}`).send(body),
  });
  const item = (documentId: string) => `/review/items/article/${documentId}`;
  const fields = { infoType: 'text', importance: 'normal', isPolicyDocument: false, needsInterpretation: false };
  /** A draft the officer saves in the content-manager, without naming the submitting unit. */
  const draft = async (title: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const response = await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}`, {
      title,
      body: `${title}的正文。`,
      column: { connect: [{ id: columnId }] },
      ...fields,
      ...extra,
    });
    expect({ status: response.status, error: response.body.error?.message }).toEqual({ status: 201, error: undefined });
    return response.body.data.documentId;
  };
  const unitOf = async (documentId: string): Promise<number | null> =>
    (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId }, populate: { submittingUnit: { select: ['id'] } } }))?.submittingUnit?.id ?? null;
  const decide = (who: string, documentId: string, levelKey: string, decision: 'approve' | 'reject' = 'approve', opinion = '同意') =>
    as(who).post(`${item(documentId)}/decisions`, { levelKey, decision, opinion });
  const reasons = (body: { unavailableActions: { action: string; code: string }[] }) => body.unavailableActions.map((r) => `${r.action}:${r.code}`);

  describe('the submit button never vanishes without a reason (item 3)', () => {
    it('a content-manager create without 报送单位 gets the officer’s unit, and 提交审核 is offered', async () => {
      const id = await draft('未填报送单位的稿件');
      expect(await unitOf(id)).toBe(unitId);
      const view = await as(OFFICER).get(item(id));
      expect(view.status).toBe(200);
      expect(view.body.allowedActions).toContain('submit');
      expect(view.body.unavailableActions).toEqual([]);
    });

    it('a legacy item without a unit is submittable, and its next save by the officer fills the unit in', async () => {
      const legacy = await app.strapi.documents(ARTICLE).create({ data: { title: '旧稿件', body: '旧', column: columnId, ...fields } as never });
      expect(await unitOf(legacy.documentId)).toBeNull();
      const view = await as(OFFICER).get(item(legacy.documentId));
      expect(view.body.allowedActions).toContain('submit');
      const saved = await as(OFFICER).put(`/content-manager/collection-types/${ARTICLE}/${legacy.documentId}`, { title: '旧稿件（修订）' });
      expect(saved.status).toBe(200);
      expect(await unitOf(legacy.documentId)).toBe(unitId);
    });

    it('a legacy item without a column: no 提交审核, and the panel says to choose one; a direct submit is refused with the same words', async () => {
      // Saving an article without a column is refused today; rows from before that rule remain.
      const id = 'legacynocolumn0000000001';
      await app.strapi.db.query(ARTICLE).create({ data: { documentId: id, title: '未选栏目的旧稿件', body: '旧', submittingUnit: unitId, publishedAt: null, ...fields } });
      const view = await as(OFFICER).get(item(id));
      expect(view.body.allowedActions).not.toContain('submit');
      expect(view.body.unavailableActions).toEqual([
        expect.objectContaining({ action: 'submit', code: 'no-column', message: expect.stringContaining('未选择栏目：请在“栏目”中选择') }),
      ]);
      const submit = await as(OFFICER).post(`${item(id)}/submit`);
      expect(submit.status).toBe(400);
      expect(submit.body.error.message).toContain('未选择栏目');
    });

    it('in review: the officer is told what it waits for, a reviewer whose level it is not is told whose it is', async () => {
      const id = await draft('等待审核的稿件');
      expect((await as(OFFICER).post(`${item(id)}/submit`)).status).toBe(200);
      const officer = await as(OFFICER).get(item(id));
      expect(reasons(officer.body)).toEqual(['submit:already-submitted']);
      expect(officer.body.unavailableActions[0].message).toContain('已提交审核，当前等待“初审”');
      expect(officer.body.unavailableActions[0].params.level).toEqual({ zh: '初审', en: 'Section review' });
      const secrecy = await as(SECRECY).get(item(id));
      expect(secrecy.body.allowedActions).toEqual([]);
      expect(reasons(secrecy.body)).toEqual(['approve:not-your-level']);
      const section = await as(SECTION).get(item(id));
      expect(section.body.allowedActions).toEqual(expect.arrayContaining(['approve', 'reject']));
      expect(section.body.unavailableActions).toEqual([]);
      // after the first decision the officer cannot withdraw, and is told so
      expect((await decide(SECTION, id, 'section')).status).toBe(200);
      expect(reasons((await as(OFFICER).get(item(id))).body)).toEqual(['submit:already-submitted', 'withdraw:withdraw-decided']);
    });

    it('a reviewer looking at a draft is told reviewers do not submit', async () => {
      const id = await draft('审核人查看的草稿');
      const view = await as(SECTION).get(item(id));
      expect(view.status).toBe(200);
      expect(reasons(view.body)).toEqual(['submit:reviewer-cannot-submit']);
    });
  });

  describe('the column picker (item 3)', () => {
    const picker = (email: string) => as(email).get(`/content-manager/relations/${ARTICLE}/column?pageSize=100&page=1`);
    const all = async (email: string): Promise<string[]> => {
      const names: string[] = [];
      for (let page = 1; page <= 10; page += 1) {
        const response = await as(email).get(`/content-manager/relations/${ARTICLE}/column?pageSize=100&page=${page}`);
        expect(response.status).toBe(200);
        names.push(...response.body.results.map((c: { name: string }) => c.name));
        if (page >= response.body.pagination.pageCount) break;
      }
      return names;
    };

    it('offers an officer his units’ columns only, the site administrator every column', async () => {
      const mine = await all(OFFICER);
      expect(mine).toContain('环保专栏');
      expect(mine).not.toContain('财政局专栏');
      expect(mine).not.toContain('县域动态');
      const county = await all(COUNTY_OFFICER);
      expect(county).toContain('县域动态');
      expect(county).not.toContain('环保专栏');
      const everything = await all(WEBADMIN);
      expect(everything.length).toBe(await app.strapi.db.query('api::column.column').count());
      expect(everything).toEqual(expect.arrayContaining(['环保专栏', '财政局专栏', '县域动态']));
      expect(mine.length).toBeLessThan(everything.length);
      // a search within the picker stays within his columns
      const search = await as(OFFICER).get(`/content-manager/relations/${ARTICLE}/column?_q=${encodeURIComponent('专栏')}&pageSize=100`);
      expect(search.status).toBe(200);
      expect(search.body.results.map((c: { name: string }) => c.name)).not.toContain('财政局专栏');
      expect((await picker(OFFICER)).status).toBe(200);
    });
  });

  describe('the ledger keeps every signer of the approved round (item 9)', () => {
    const ledger = async (day: string) => {
      const response = await as(WEBADMIN).get(`/review/ledger?from=${day}&to=${day}&format=json`);
      expect(response.status).toBe(200);
      return response.body.results as Record<string, string | number>[];
    };

    it('submit → two approvals → edit (restart) → all approve → publish: the row has its restart time and every signer', async () => {
      const id = await draft('重新审核的稿件');
      expect((await as(OFFICER).post(`${item(id)}/submit`)).status).toBe(200);
      expect((await decide(SECTION, id, 'section')).status).toBe(200);
      expect((await decide(SECRECY, id, 'confidentiality', 'approve', '不涉密')).status).toBe(200);
      const edited = await as(OFFICER).put(`/content-manager/collection-types/${ARTICLE}/${id}`, { title: '重新审核的稿件', body: '修改后的正文。' });
      expect(edited.status).toBe(200);
      const restarted = (await as(OFFICER).get(item(id))).body.state;
      expect(restarted).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0 });
      expect((await decide(SECTION, id, 'section')).status).toBe(200);
      expect((await decide(SECRECY, id, 'confidentiality', 'approve', '不涉密')).status).toBe(200);
      expect((await decide(LEADER, id, 'leader-in-charge', 'approve', '同意发布')).status).toBe(200);
      expect((await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}/${id}/actions/publish`, {})).status).toBe(200);

      const history = await as(OFFICER).get(`${item(id)}/history`);
      const restart = history.body.audit.find((e: { action: string }) => e.action === 'review-restart');
      const firstSubmit = history.body.audit.find((e: { action: string }) => e.action === 'submit');
      expect(restart).toBeDefined();
      const rows = (await ledger(beijingDay(new Date(restart.at)))).filter((r) => r.title === '重新审核的稿件');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ confidentialityReviewer: '张立新', leaderInCharge: '刘振华', submittedAt: beijing(restart.at), remarks: '' });
      expect(new Date(restart.at).getTime()).toBeGreaterThanOrEqual(new Date(firstSubmit.at).getTime());
    });

    it('a returned submission gets a row that says it was returned: by whom, when, with the opinion', async () => {
      const id = await draft('被退回的稿件');
      expect((await as(OFFICER).post(`${item(id)}/submit`)).status).toBe(200);
      expect((await decide(SECTION, id, 'section')).status).toBe(200);
      const rejected = await decide(SECRECY, id, 'confidentiality', 'reject', '涉及未公开数据，请删除第二段');
      expect(rejected.status).toBe(200);
      const at = rejected.body.state.returned.at as string;
      const rows = (await ledger(beijingDay(new Date(at)))).filter((r) => r.title === '被退回的稿件');
      expect(rows).toHaveLength(1);
      expect(rows[0].remarks).toBe(`退回：张立新（保密审核）于 ${beijing(at)} 退回，意见：涉及未公开数据，请删除第二段`);
      expect(rows[0].confidentialityReviewer).toBe('');
      expect(rows[0].leaderInCharge).toBe('');
    });
  });

  describe('approval sheet numbers (item 8a)', () => {
    const approveAll = async (id: string) => {
      expect((await as(OFFICER).post(`${item(id)}/submit`)).status).toBe(200);
      expect((await decide(SECTION, id, 'section')).status).toBe(200);
      expect((await decide(SECRECY, id, 'confidentiality')).status).toBe(200);
      expect((await decide(LEADER, id, 'leader-in-charge')).status).toBe(200);
    };
    const serial = async (id: string) => {
      const sheet = await as(OFFICER).get(`${item(id)}/approval-sheet?format=json`);
      expect(sheet.status).toBe(200);
      return sheet.body.serialNumber as string;
    };
    const numberOf = (text: string) => Number(/第 (\d+) 号$/.exec(text)?.[1]);

    it('numbers the sheet when the round is approved, per unit and year, and keeps the number', async () => {
      const first = await draft('编号稿件一');
      const second = await draft('编号稿件二');
      const pending = await draft('未审完稿件');
      await approveAll(first);
      await approveAll(second);
      expect((await as(OFFICER).post(`${item(pending)}/submit`)).status).toBe(200);

      const year = new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear();
      const a = await serial(first);
      const b = await serial(second);
      expect(a).toMatch(new RegExp(`^市生态环境局 ${year} 年第 \\d+ 号$`));
      expect(numberOf(b)).toBe(numberOf(a) + 1);
      expect(await serial(pending)).toBe('');
      // stored when approved (before anyone read the sheet), and the same at every reading and after publication
      const stored = await app.strapi.db.query('plugin::review.sheet-number').findOne({ where: { subjectId: first } });
      expect(stored).toMatchObject({ unitId, year, number: numberOf(a) });
      expect((await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}/${first}/actions/publish`, {})).status).toBe(200);
      expect(await serial(first)).toBe(a);
      const html = await as(OFFICER).get(`${item(first)}/approval-sheet`);
      expect(html.text).toContain(`序号：${a}`);
    });

    it('gives distinct consecutive numbers to concurrent approvals, and one number to one round however often asked', async () => {
      const records = app.strapi.plugin('review').service('records') as {
        sheetNumber(type: string, documentId: string, state: object, unitId: number | null): Promise<{ number: number; year: number } | null>;
      };
      const state = (round: number) => ({ round, levelIndex: null, approvedHash: 'h', decisions: [{ round, decision: 'approve', at: '2031-05-01T02:00:00Z' }] });
      const many = await Promise.all(Array.from({ length: 8 }, (_, i) => records.sheetNumber(ARTICLE, `concurrent-${i}`, state(1), unitId)));
      expect(many.every((n) => n?.year === 2031)).toBe(true);
      expect(many.map((n) => n!.number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const same = await Promise.all(Array.from({ length: 5 }, () => records.sheetNumber(ARTICLE, 'one-item', state(1), unitId)));
      expect(new Set(same.map((n) => n!.number)).size).toBe(1);
      expect(same[0]!.number).toBe(9);
      // another unit counts from 1 in the same year; a new round of the same item gets a new number
      const otherUnit = (await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '集贤县政府' } })).id;
      expect((await records.sheetNumber(ARTICLE, 'other-unit', state(1), otherUnit))!.number).toBe(1);
      expect((await records.sheetNumber(ARTICLE, 'one-item', state(2), unitId))!.number).toBe(10);
    });
  });

  describe('the import dry run shows old → new (item 8b)', () => {
    it('names each changed field with its old and new text', async () => {
      const token = jwt[WEBADMIN];
      const exported = await app
        .http()
        .get('/responsibility/export?format=csv')
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(exported.status).toBe(200);
      const rows: string[][] = parse((exported.body as Buffer).toString('utf8').replace(/^\uFEFF/, ''));
      const [header] = rows;
      const frequencyAt = header.indexOf('frequency');
      const row = rows.find((r) => r[header.indexOf('column')] === '环保专栏');
      expect(row).toBeDefined();
      const frequency = row![frequencyAt];
      const changedFrequency = frequency === '每周' ? '每月' : '每周';
      row![frequencyAt] = changedFrequency;
      const lines = [stringify(rows).trimEnd()];
      const dry = await app
        .http()
        .post('/responsibility/import?dryRun=true')
        .set('Authorization', `Bearer ${token}`)
        .attach('file', Buffer.from(`\uFEFF${lines.join('\n')}`, 'utf8'), { filename: 'table.csv', contentType: 'text/csv' });
      expect(dry.status).toBe(200);
      expect(dry.body.assignments.update).toHaveLength(1);
      expect(dry.body.assignments.update[0]).toMatchObject({ changes: ['frequency'], diff: [{ field: 'frequency', from: frequency, to: changedFrequency }] });
    });
  });
});
