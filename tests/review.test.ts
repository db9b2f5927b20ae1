import { adminJwtFor, apiUserJwt } from './helpers/auth';
import { startSmtp, type TestSmtp } from './helpers/smtp';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * 分级审核、先审后发 with the demo people of 市生态环境局: an officer writes, the section reviewer, the
 * confidentiality reviewer, the leader in charge (and for important items the principal leader) sign
 * in order; nothing reaches the public before the last required level approves.
 */
const OFFICER = 'officer.sthj@example.gov.cn';
const SECTION = 'reviewer.sthj@example.gov.cn';
const SECRECY = 'secrecy.sthj@example.gov.cn';
const LEADER = 'leader.sthj@example.gov.cn';
const CHIEF = 'chief.sthj@example.gov.cn';
const WEBADMIN = 'webadmin@example.gov.cn';
const ARTICLE = 'api::article.article';

describe('review workflow', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  const jwt: Record<string, string> = {};
  let columnId: number;
  let unitId: number;

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ seed: true, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_IGNORE_TLS: 'true' } });
    for (const email of [OFFICER, SECTION, SECRECY, LEADER, CHIEF, WEBADMIN]) jwt[email] = await adminJwtFor(app.strapi, email);
    columnId = (await app.strapi.db.query('api::column.column').findOne({ where: { name: '环保专栏' } })).id;
    unitId = (await app.strapi.db.query('api::unit.unit').findOne({ where: { name: '市生态环境局' } })).id;
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const as = (email: string) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${jwt[email]}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('Authorization', `Bearer ${jwt[email]}`).send(body),
    put: (url: string, body: object) => app.http().put(url).set('Authorization', `Bearer ${jwt[email]}`).send(body),
  });
  const item = (documentId: string, type = 'article') => `/review/items/${type}/${documentId}`;

  /** A draft written by the officer in the content-manager. */
  const draft = async (title: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const response = await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}`, {
      title,
      body: `${title}的正文。`,
      column: { connect: [{ id: columnId }] },
      submittingUnit: { connect: [{ id: unitId }] },
      infoType: 'text',
      importance: 'normal',
      isPolicyDocument: false,
      needsInterpretation: false,
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body.data.documentId;
  };
  const submit = (documentId: string, type = 'article', who = OFFICER) => as(who).post(`${item(documentId, type)}/submit`);
  const decide = (who: string, documentId: string, levelKey: string, decision: 'approve' | 'reject' = 'approve', opinion: string | null = '同意', type = 'article') =>
    as(who).post(`${item(documentId, type)}/decisions`, { levelKey, decision, opinion });
  const approveAll = async (documentId: string, type = 'article', important = false) => {
    expect((await decide(SECTION, documentId, 'section', 'approve', '同意', type)).status).toBe(200);
    expect((await decide(SECRECY, documentId, 'confidentiality', 'approve', '不涉密', type)).status).toBe(200);
    const last = await decide(LEADER, documentId, 'leader-in-charge', 'approve', '同意发布', type);
    expect(last.status).toBe(200);
    if (important) expect((await decide(CHIEF, documentId, 'principal-leader', 'approve', '同意', type)).status).toBe(200);
  };
  const cmPublish = (who: string, documentId: string) => as(who).post(`/content-manager/collection-types/${ARTICLE}/${documentId}/actions/publish`, {});
  const isPublic = async (documentId: string, path = 'articles') => (await app.http().get(`/api/${path}/${documentId}`)).status === 200;

  it('carries an item from draft to published with four people, in order, and mails each level', async () => {
    const id = await draft('生态环境质量月报');
    const submitted = await submit(id);
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toMatchObject({ status: 'in-review', round: 1, levelIndex: 0 });
    expect(submitted.body.state.levels.map((l: { key: string }) => l.key)).toEqual(['section', 'confidentiality', 'leader-in-charge']);

    // out of order: the leader cannot sign before the section reviewer
    const early = await decide(LEADER, id, 'leader-in-charge');
    expect(early.status).toBe(409);

    await approveAll(id);
    const approved = await as(OFFICER).get(item(id));
    expect(approved.body.state.status).toBe('approved');
    expect(approved.body.allowedActions).toContain('publish');
    expect(await isPublic(id)).toBe(false);

    expect((await cmPublish(OFFICER, id)).status).toBe(200);
    expect(await isPublic(id)).toBe(true);
    expect((await as(OFFICER).get(item(id))).body.state.status).toBe('published');

    // the emails: each level's holders when the item reached them, the author when it was approved
    await waitFor(() => smtp.to(OFFICER).some((m) => m.subject.includes('审核通过') && m.subject.includes('生态环境质量月报')));
    expect(smtp.to(SECTION).some((m) => m.subject === '【待审核】生态环境质量月报（初审）')).toBe(true);
    expect(smtp.to(SECRECY).some((m) => m.subject === '【待审核】生态环境质量月报（保密审核）')).toBe(true);
    expect(smtp.to(LEADER).some((m) => m.subject === '【待审核】生态环境质量月报（分管负责人审签）')).toBe(true);
    expect(smtp.to(CHIEF).some((m) => m.subject.includes('生态环境质量月报'))).toBe(false);
    expect(smtp.to(SECTION).find((m) => m.subject.includes('生态环境质量月报'))!.text).toContain(`/admin/content-manager/collection-types/${ARTICLE}/${id}`);
  });

  it('shows every decision on the approval sheet, as JSON and as a printable page', async () => {
    const id = await draft('大气污染防治通报', { importance: 'important' });
    await submit(id);
    await approveAll(id, 'article', true);
    await cmPublish(OFFICER, id);
    const json = await as(OFFICER).get(`${item(id)}/approval-sheet?format=json`);
    expect(json.status).toBe(200);
    const text = JSON.stringify(json.body);
    for (const expected of ['大气污染防治通报', '市生态环境局', '环保专栏', '同意发布', '不涉密', '王海燕', '刘振华', '陈国庆', '李晓东']) expect(text).toContain(expected);
    const html = await as(OFFICER).get(`${item(id)}/approval-sheet`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    for (const label of ['发布时间', '发布单位', '拟办人', '审稿人', '发布内容', '发布栏目', '科室意见', '主管领导意见', '主要领导意见', '发布人']) {
      expect(html.text).toContain(label);
    }
  });

  it('applies the principal leader level only to important items', async () => {
    const normal = await draft('普通稿件');
    const important = await draft('重要稿件', { importance: 'important' });
    expect((await submit(normal)).body.state.levels.map((l: { key: string }) => l.key)).not.toContain('principal-leader');
    expect((await submit(important)).body.state.levels.map((l: { key: string }) => l.key)).toEqual([
      'section',
      'confidentiality',
      'leader-in-charge',
      'principal-leader',
    ]);
    await approveAll(important);
    expect((await as(OFFICER).get(item(important))).body.state.status).toBe('in-review');
    expect((await decide(CHIEF, important, 'principal-leader')).status).toBe(200);
    expect((await as(OFFICER).get(item(important))).body.state.status).toBe('approved');
  });

  describe('every publish path is refused before approval', () => {
    let id: string;
    beforeAll(async () => {
      id = await draft('未审核稿件');
      await submit(id);
      await decide(SECTION, id, 'section');
    });

    it('the content-manager publish button and bulk publish', async () => {
      const single = await cmPublish(OFFICER, id);
      expect(single.status).toBe(403);
      expect(single.body.error.message).toContain('未经审核通过不得发布');
      const bulk = await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}/actions/bulkPublish`, { documentIds: [id] });
      expect(bulk.status).toBe(403);
      expect(await isPublic(id)).toBe(false);
    });

    it('the Document Service publish()', async () => {
      await expect(app.strapi.documents(ARTICLE).publish({ documentId: id })).rejects.toThrow(/未经审核通过不得发布/);
      expect(await isPublic(id)).toBe(false);
    });

    it('REST create and update, which publish by default (the content API writes no items at all)', async () => {
      const officer = await apiUserJwt(app.strapi, OFFICER);
      const created = await app.http().post('/api/articles').set('Authorization', `Bearer ${officer}`).send({ data: { title: '直接发布', column: (await app.strapi.db.query('api::column.column').findOne({ where: { id: columnId } })).documentId } });
      expect(created.status).toBe(403);
      const updated = await app.http().put(`/api/articles/${id}`).set('Authorization', `Bearer ${officer}`).send({ data: { title: '改了就发' } });
      expect(updated.status).toBe(403);
      expect(await isPublic(id)).toBe(false);
    });

    it('GraphQL mutations', async () => {
      const response = await app
        .http()
        .post('/graphql')
        .set('Authorization', `Bearer ${await apiUserJwtOnce(OFFICER)}`)
        .send({ query: `mutation { updateArticle(documentId: "${id}", data: { title: "GraphQL 发布" }) { documentId } }` });
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(await isPublic(id)).toBe(false);
    });
  });

  const apiJwts: Record<string, string> = {};
  const apiUserJwtOnce = async (email: string) => (apiJwts[email] ??= await apiUserJwt(app.strapi, email));

  it('taken offline and republished unchanged needs no new review; a discarded new version leaves the live one standing', async () => {
    const id = await draft('撤下后重新发布');
    expect((await submit(id)).status).toBe(200);
    await approveAll(id);
    expect((await cmPublish(OFFICER, id)).status).toBe(200);
    const unpublished = await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}/${id}/actions/unpublish`, {});
    expect(unpublished.status).toBe(200);
    expect(await isPublic(id)).toBe(false);
    expect((await as(OFFICER).get(item(id))).body.state).toMatchObject({ status: 'approved', publishedHash: null });
    expect((await cmPublish(OFFICER, id)).status).toBe(200);
    expect(await isPublic(id)).toBe(true);

    // a new version goes to review, then is discarded: the live version stands, its review is over
    expect((await as(OFFICER).put(`/content-manager/collection-types/${ARTICLE}/${id}`, { title: '撤下后重新发布（新版本）' })).status).toBe(200);
    expect((await submit(id)).status).toBe(200);
    const discarded = await as(OFFICER).post(`/content-manager/collection-types/${ARTICLE}/${id}/actions/discard`, {});
    expect(discarded.status).toBe(200);
    const view = (await as(OFFICER).get(item(id))).body;
    expect(view.state).toMatchObject({ status: 'published', levelIndex: null });
    expect(view.allowedActions).toEqual([]);
    const history = (await as(OFFICER).get(`${item(id)}/history`)).body;
    expect(JSON.stringify(history)).toContain('"unpublish"');
    expect(JSON.stringify(history)).toContain('"discard"');
  });

  it('an edit after approval voids it and sends the item back to review', async () => {
    const id = await draft('改后重审');
    await submit(id);
    await approveAll(id);
    const edited = await as(OFFICER).put(`/content-manager/collection-types/${ARTICLE}/${id}`, { title: '改后重审（修订）' });
    expect(edited.status).toBe(200);
    const state = (await as(OFFICER).get(item(id))).body.state;
    expect(state).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0, decisions: [] });
    expect((await cmPublish(OFFICER, id)).status).toBe(403);
  });

  it('gives reviewers the 审核人 role: they read the items of their columns and decide on them, but cannot edit them', async () => {
    const id = await draft('审核人只读');
    const read = await as(SECTION).get(`/content-manager/collection-types/${ARTICLE}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.title).toBe('审核人只读');
    expect((await as(SECTION).put(`/content-manager/collection-types/${ARTICLE}/${id}`, { title: '审核人改稿' })).status).toBe(403);
    expect((await as(SECTION).post(`/content-manager/collection-types/${ARTICLE}`, { title: '审核人写稿', column: { connect: [{ id: columnId }] } })).status).toBe(403);
    const officerRead = await as(OFFICER).get(`/content-manager/collection-types/${ARTICLE}/${id}`);
    expect(officerRead.body.data.title).toBe('审核人只读');
    await submit(id);
    expect((await decide(SECTION, id, 'section')).status).toBe(200);
  });

  it('refuses self-approval and a second signature by the same person', async () => {
    const duties = app.strapi.plugin('responsibility').service('duties');
    const officer = await app.strapi.db.query('admin::user').findOne({ where: { email: OFFICER } });
    const reviewer = await app.strapi.db.query('admin::user').findOne({ where: { email: SECTION } });
    const system = { email: 'test@example.gov.cn' };
    const own = await duties.assign({ duty: 'section-reviewer', unitId, userId: officer.id }, system);
    const double = await duties.assign({ duty: 'confidentiality-reviewer', unitId, userId: reviewer.id }, system);

    const id = await draft('自审测试');
    await submit(id);
    const self = await decide(OFFICER, id, 'section');
    expect(self.status).toBe(403);
    expect(self.body.error.message).toContain('自己');
    expect((await decide(SECTION, id, 'section')).status).toBe(200);
    const twice = await decide(SECTION, id, 'confidentiality');
    expect(twice.status).toBe(403);
    expect(twice.body.error.message).toContain('一级');
    const nobody = await decide(CHIEF, id, 'confidentiality');
    expect(nobody.status).toBe(403);

    await duties.revoke(own.id, system);
    await duties.revoke(double.id, system);
  });

  it('applies a granted or revoked duty at once (the cached duty roster is dropped on every duty change)', async () => {
    const duties = app.strapi.plugin('responsibility').service('duties');
    const chief = await app.strapi.db.query('admin::user').findOne({ where: { email: CHIEF } });
    const system = { email: 'test@example.gov.cn' };
    const id = await draft('职责变更即时生效');
    await submit(id);
    expect((await decide(CHIEF, id, 'section')).status).toBe(403);
    const granted = await duties.assign({ duty: 'section-reviewer', unitId, userId: chief.id }, system);
    await duties.revoke(granted.id, system);
    const revoked = await decide(CHIEF, id, 'section');
    expect(revoked.status).toBe(403);
    const again = await duties.assign({ duty: 'section-reviewer', unitId, userId: chief.id }, system);
    const approved = await decide(CHIEF, id, 'section');
    expect(approved.status).toBe(200);
    expect(approved.body.state.decisions.map((d: { actor: { id: number } }) => d.actor.id)).toEqual([chief.id]);
    await duties.revoke(again.id, system);
  });

  it('lets exactly one of two concurrent decisions on a level win; the other gets 409', async () => {
    const users = app.strapi.service('admin::user');
    const second = await users.create({ email: 'reviewer2.sthj@example.gov.cn', firstname: '二', lastname: '审核', password: 'Passw0rd!', isActive: true, registrationToken: null, roles: [(await app.strapi.db.query('admin::role').findOne({ where: { code: 'content-assurance-officer' } })).id] });
    const duty = await app.strapi.plugin('responsibility').service('duties').assign({ duty: 'section-reviewer', unitId, userId: second.id }, { email: 'test@example.gov.cn' });
    jwt['reviewer2.sthj@example.gov.cn'] = await adminJwtFor(app.strapi, 'reviewer2.sthj@example.gov.cn');

    const id = await draft('并发审核');
    await submit(id);
    const responses = await Promise.all([decide(SECTION, id, 'section'), decide('reviewer2.sthj@example.gov.cn', id, 'section')]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const decisions = await app.strapi.db.query('plugin::review.decision').count({ where: { subjectId: id, levelKey: 'section' } });
    expect(decisions).toBe(1);
    await app.strapi.plugin('responsibility').service('duties').revoke(duty.id, { email: 'test@example.gov.cn' });
  });

  it('lets exactly one of two concurrent first submissions of an item win; the other gets 409 and nothing is doubled', async () => {
    const id = await draft('并发报送');
    const responses = await Promise.all([submit(id), submit(id)]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    // PostgreSQL: both read "no state yet" and the unique index refuses the second; SQLite serialises them and the second finds it in review.
    expect(responses.find((r) => r.status === 409)?.body.error.message).toMatch(/刚被他人处理|已在审核中/);
    expect(await app.strapi.db.query('plugin::review.review-state').count({ where: { subjectId: id } })).toBe(1);
    const history = await as(OFFICER).get(`${item(id)}/history`);
    expect(history.body.audit.filter((e: { action: string }) => e.action === 'submit')).toHaveLength(1);
  });

  it('rejects only with an opinion, returns the item to its author, and a resubmission starts at level 1', async () => {
    const id = await draft('退回测试');
    await submit(id);
    await decide(SECTION, id, 'section');
    const blank = await decide(SECRECY, id, 'confidentiality', 'reject', '  ');
    expect(blank.status).toBe(400);
    const rejected = await decide(SECRECY, id, 'confidentiality', 'reject', '涉及未公开数据，请删除第二段');
    expect(rejected.status).toBe(200);
    expect(rejected.body.state).toMatchObject({ status: 'draft', returned: { opinion: '涉及未公开数据，请删除第二段' } });
    await waitFor(() => smtp.to(OFFICER).some((m) => m.subject === '【退回修改】退回测试'));
    expect(smtp.to(OFFICER).find((m) => m.subject === '【退回修改】退回测试')!.text).toContain('涉及未公开数据，请删除第二段');
    const again = await submit(id);
    expect(again.body.state).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0 });
  });

  it('lets the author withdraw before the first decision, not after', async () => {
    const id = await draft('撤回测试');
    await submit(id);
    const withdrawn = await as(OFFICER).post(`${item(id)}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.state.status).toBe('draft');
    await submit(id);
    await decide(SECTION, id, 'section');
    expect((await as(OFFICER).post(`${item(id)}/withdraw`)).status).toBe(409);
  });

  it('lists what waits for me (待我审核)', async () => {
    const id = await draft('待我审核测试');
    await submit(id);
    const mine = await as(SECTION).get('/review/waiting');
    expect(mine.status).toBe(200);
    expect(mine.body.results.map((r: { documentId: string }) => r.documentId)).toContain(id);
    const notYet = await as(LEADER).get('/review/waiting');
    expect(notYet.body.results.map((r: { documentId: string }) => r.documentId)).not.toContain(id);
  });

  it('publishes a policy document and its interpretation together, and never alone', async () => {
    const article = await draft('生态补偿办法', { isPolicyDocument: true, needsInterpretation: true });
    await submit(article);
    await decide(SECTION, article, 'section');
    await decide(SECRECY, article, 'confidentiality');
    const tooEarly = await decide(LEADER, article, 'leader-in-charge');
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.message).toContain('解读');

    const interpretation = await as(OFFICER).post('/content-manager/collection-types/api::interpretation.interpretation', {
      title: '《生态补偿办法》解读',
      body: '一、背景……',
      policyArticle: { connect: [{ documentId: article }] },
      format: 'text',
      draftingUnit: { connect: [{ id: unitId }] },
    });
    expect(interpretation.status).toBe(201);
    const interpretationId = interpretation.body.data.documentId;
    expect((await submit(interpretationId, 'interpretation')).status).toBe(200);
    expect((await decide(LEADER, article, 'leader-in-charge')).status).toBe(200);

    // the article is approved, its interpretation is not: neither goes out
    expect((await cmPublish(OFFICER, article)).status).toBe(403);
    expect(await isPublic(article)).toBe(false);
    await approveAll(interpretationId, 'interpretation');
    expect(await isPublic(interpretationId, 'interpretations')).toBe(false);

    expect((await cmPublish(OFFICER, article)).status).toBe(200);
    expect(await isPublic(article)).toBe(true);
    expect(await isPublic(interpretationId, 'interpretations')).toBe(true);
  });

  it('lets a site administrator publish an urgent item first, flagged until its review completes', async () => {
    const id = await draft('突发环境事件通告');
    const noReason = await as(WEBADMIN).post(`${item(id)}/urgent-publish`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect((await as(OFFICER).post(`${item(id)}/urgent-publish`, { reason: '紧急' })).status).toBe(403);
    const urgent = await as(WEBADMIN).post(`${item(id)}/urgent-publish`, { reason: '突发事件须立即发布' });
    expect(urgent.status).toBe(200);
    expect(urgent.body.state.urgent).toMatchObject({ reason: '突发事件须立即发布' });
    expect(await isPublic(id)).toBe(true);
    const waiting = await as(SECTION).get('/review/waiting');
    expect(waiting.body.results.find((r: { documentId: string }) => r.documentId === id)).toMatchObject({ urgent: true });
    await approveAll(id);
    const done = (await as(OFFICER).get(item(id))).body.state;
    expect(done.urgent).toBeNull();
    expect(done.status).toBe('published');
  });

  it('refuses a submission with a banned word, listing each word and where; warns reviewers of suspect words', async () => {
    expect((await as(WEBADMIN).post('/review/words', { word: '某某违禁词', list: 'banned' })).status).toBe(201);
    expect((await as(WEBADMIN).post('/review/words', { word: '某某违禁词', list: 'banned' })).status).toBe(409);
    expect((await as(WEBADMIN).post('/review/words', { word: '可疑说法', list: 'suspect' })).status).toBe(201);
    expect((await as(OFFICER).post('/review/words', { word: '越权', list: 'banned' })).status).toBe(403);

    const banned = await draft('含禁用词的稿件', { body: '第一段。\n第二段提到某某违禁词。' });
    const refused = await submit(banned);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('某某违禁词');
    expect(refused.body.error.message).toMatch(/正文|body/);
    expect((await as(OFFICER).get(item(banned))).body.state.status).toBe('draft');

    const suspect = await draft('含可疑词的稿件', { body: '这是一种可疑说法。' });
    expect((await submit(suspect)).status).toBe(200);
    const view = await as(SECTION).get(item(suspect));
    expect(view.body.suspectWords.map((w: { word: string }) => w.word)).toEqual(['可疑说法']);
  });

  it('seals concurrent transitions into one unbroken chain, and entries left pending are sealed before any read', async () => {
    const ids = await Promise.all([draft('并发留痕一'), draft('并发留痕二'), draft('并发留痕三')]);
    expect((await Promise.all(ids.map((id) => submit(id)))).map((r) => r.status)).toEqual([200, 200, 200]);
    const entries = app.strapi.db.query('plugin::review.audit-entry');
    // An entry appended by a process that stopped before sealing it.
    await entries.create({ data: { at: new Date().toISOString(), action: 'import', subjectType: '*', subjectId: '*', data: { reason: '中断的导入' } } });
    expect(await entries.count({ where: { seq: null } })).toBeGreaterThan(0);

    const verified = await as(WEBADMIN).get('/review/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body.ok).toBe(true);
    expect(await entries.count({ where: { seq: null } })).toBe(0);
    const seqs = (await entries.findMany({ select: ['seq'], orderBy: { seq: 'asc' } })).map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual(seqs.map((_: number, i: number) => i + 1));
    const history = await as(OFFICER).get(`${item(ids[0])}/history`);
    expect(history.body.audit.map((e: { action: string }) => e.action)).toContain('submit');
  });

  it('keeps an audit chain that detects an altered and a deleted row', async () => {
    const ok = await as(WEBADMIN).get('/review/audit/verify');
    expect(ok.status).toBe(200);
    expect(ok.body.ok).toBe(true);
    expect(ok.body.count).toBeGreaterThan(10);

    const entries = app.strapi.db.query('plugin::review.audit-entry');
    const victim = await entries.findOne({ where: { seq: 5 } });
    await entries.update({ where: { id: victim.id }, data: { data: { ...victim.data, tampered: true } } });
    const altered = await as(WEBADMIN).get('/review/audit/verify');
    expect(altered.body).toMatchObject({ ok: false, brokenAt: 5, reason: 'altered' });
    await entries.update({ where: { id: victim.id }, data: { data: victim.data } });
    expect((await as(WEBADMIN).get('/review/audit/verify')).body.ok).toBe(true);

    await entries.delete({ where: { seq: 7 } });
    const missing = await as(WEBADMIN).get('/review/audit/verify');
    expect(missing.body).toMatchObject({ ok: false, brokenAt: 7, reason: 'missing' });
  });

  it('exports the submission ledger (台账) for a date range and unit', async () => {
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    const json = await as(WEBADMIN).get(`/review/ledger?from=${today}&to=${today}&unit=${unitId}&format=json`);
    expect(json.status).toBe(200);
    const titles = json.body.results.map((r: { title: string }) => r.title);
    expect(titles).toContain('生态环境质量月报');
    const row = json.body.results.find((r: { title: string }) => r.title === '生态环境质量月报');
    expect(row).toMatchObject({ confidentialityReviewer: '张立新', leaderInCharge: '刘振华', infoType: '文' });
    const xlsx = await as(WEBADMIN).get(`/review/ledger?from=${today}&to=${today}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await as(WEBADMIN).get('/review/ledger?from=2026-13-01&to=x')).status).toBe(400);
  });

  it('answers bad input with 400/404, never 500', async () => {
    expect((await as(OFFICER).get('/review/items/poem/abcdefghijklmnop')).status).toBe(400);
    expect((await as(OFFICER).get('/review/items/article/abcdefghijklmnopqrstuvwx')).status).toBe(404);
    const id = await draft('输入校验');
    expect((await as(OFFICER).post(`${item(id)}/decisions`, { levelKey: 'section', decision: 'maybe' })).status).toBe(400);
    expect((await as(OFFICER).post(`${item(id)}/decisions`, { levelKey: 'section', decision: 'approve', colour: 'red' })).status).toBe(400);
    expect((await as(WEBADMIN).post('/review/workflows', { name: '坏流程', levels: [{ key: 'x', duty: 'janitor' }] })).status).toBe(400);
  });
});

/** Mail is sent after the transaction commits: poll (bounded, no fixed sleep) until it has arrived. */
const waitFor = async (condition: () => boolean, attempts = 100): Promise<void> => {
  for (let i = 0; i < attempts && !condition(); i += 1) await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < attempts && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition()).toBe(true);
};
