import { adminJwtFor } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';
import { rebuildColumnActivityIfEmpty } from '../plugins/overdue/server/src/middlewares/column-activity';
import { repositories } from '../plugins/overdue/server/src/repositories';

const ARTICLE = 'api::article.article';
const WEBADMIN = 'webadmin@example.gov.cn';

interface Activity {
  columnId: number;
  lastPublishedAt: Date | null;
  publishedCount: number;
}
interface UnitMonth {
  unitId: number;
  month: string;
  publishedCount: number;
}

/**
 * The activity tables the overdue scan reads (per column: latest publication and published items;
 * per submitting unit and Beijing month: published items) stay equal to the full aggregates over the
 * items through every Document Service path that changes what is published: create-and-publish,
 * publish, republish, moving an item to another column or unit, unpublish, delete, a rolled-back
 * transaction, concurrent publications in one column, a deleted column — and are rebuilt from the
 * items when empty and on demand.
 */
describe('overdue: the activity tables', () => {
  let app: TestApp;
  let columnA: { id: number; documentId: string };
  let columnB: { id: number; documentId: string };

  const activity = () =>
    app.strapi.plugin('overdue').service('activity') as {
      read(): Promise<Activity[]>;
      aggregate(): Promise<Activity[]>;
      unitMonths(months: string[]): Promise<UnitMonth[]>;
      unitAggregate(): Promise<UnitMonth[]>;
      rebuild(): Promise<{ columns: number; unitMonths: number }>;
    };
  const articles = () => app.strapi.documents(ARTICLE);
  /** Publications outside the review (the review's own import path, as the demo loads its history). */
  const asImport = <T>(fn: () => Promise<T>): Promise<T> =>
    (app.strapi.plugin('review').service('review') as { runAsImport<R>(reason: string, f: () => Promise<R>): Promise<R> }).runAsImport('测试 (test)', fn);
  const sorted = (rows: Activity[]) =>
    [...rows].sort((a, b) => a.columnId - b.columnId).map((r) => ({ columnId: r.columnId, last: r.lastPublishedAt?.getTime() ?? null, count: r.publishedCount }));
  const of = async (columnId: number) => (await activity().read()).find((row) => row.columnId === columnId) ?? null;
  const sortedUnits = (rows: UnitMonth[]) =>
    [...rows].sort((a, b) => a.unitId - b.unitId || a.month.localeCompare(b.month)).map((r) => `${r.unitId}|${r.month}|${r.publishedCount}`);
  const unitRows = async (): Promise<UnitMonth[]> =>
    (await app.strapi.db.query('plugin::overdue.unit-activity').findMany({})).map((r: UnitMonth) => ({ unitId: r.unitId, month: r.month, publishedCount: r.publishedCount }));
  /** Both tables equal the aggregates over the items, computed now. */
  const expectInStep = async () => {
    const [read, aggregate] = await Promise.all([activity().read(), activity().aggregate()]);
    expect(sorted(read)).toEqual(sorted(aggregate));
    const [units, unitAggregate] = await Promise.all([unitRows(), activity().unitAggregate()]);
    expect(sortedUnits(units)).toEqual(sortedUnits(unitAggregate));
  };
  const thisMonth = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 7);
  const countOf = async (unitId: number, month = thisMonth()) =>
    (await activity().unitMonths([month])).find((row) => row.unitId === unitId)?.publishedCount ?? 0;
  const draft = async (title: string, column: string, submittingUnit?: string) =>
    articles().create({
      data: { title, column, ...(submittingUnit ? { submittingUnit } : {}), infoType: 'text', importance: 'normal', isPolicyDocument: false, needsInterpretation: false } as never,
    });
  const unit = async (name: string) => {
    const row = await app.strapi.db.query('api::unit.unit').findOne({ where: { name }, select: ['id', 'documentId'] });
    return { id: row.id as number, documentId: row.documentId as string };
  };
  const publishedAtOf = async (documentId: string): Promise<number> => {
    const row = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    return new Date(row.publishedAt).getTime();
  };
  const column = async (name: string) => {
    const row = await app.strapi.db.query('api::column.column').findOne({ where: { name }, select: ['id', 'documentId'] });
    return { id: row.id as number, documentId: row.documentId as string };
  };

  beforeAll(async () => {
    app = await startApp({ seed: true });
    // Two demo columns with nothing published (the table assigns them to no unit: blank in the demo).
    columnA = await column('机构职能');
    columnB = await column('重大建设项目');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('holds the demo items published while loading, equal to the aggregates over the items', async () => {
    const rows = await activity().read();
    expect(rows.length).toBeGreaterThan(0);
    expect((await unitRows()).length).toBeGreaterThan(0);
    expect(rows.reduce((sum, row) => sum + row.publishedCount, 0)).toBe(await app.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } }));
    await expectInStep();
    expect(await of(columnA.id)).toBeNull();
  });

  it('counts a draft only once it is published, and takes the latest publication on republish', async () => {
    const doc = await draft('气候概况（草稿）', columnA.documentId);
    expect(await of(columnA.id)).toBeNull();

    await asImport(() => articles().publish({ documentId: doc.documentId }));
    const first = await of(columnA.id);
    expect(first?.publishedCount).toBe(1);
    expect(first?.lastPublishedAt?.getTime()).toBe(await publishedAtOf(doc.documentId));

    await articles().update({ documentId: doc.documentId, data: { title: '气候概况（修订）' } as never });
    await asImport(() => articles().publish({ documentId: doc.documentId }));
    const again = await of(columnA.id);
    expect(again?.publishedCount).toBe(1);
    expect(again?.lastPublishedAt?.getTime()).toBe(await publishedAtOf(doc.documentId));
    expect(again!.lastPublishedAt!.getTime()).toBeGreaterThanOrEqual(first!.lastPublishedAt!.getTime());
    await expectInStep();
  });

  it('no longer reports the column blank once an item is published in it', async () => {
    const preview = await app.strapi.plugin('overdue').service('scan').preview(new Date());
    const blank = preview.findings.filter((f: { kind: string; columnId?: number }) => f.kind === 'column-blank').map((f: { columnId?: number }) => f.columnId);
    expect(blank).not.toContain(columnA.id);
    expect(blank).toContain(columnB.id);
  });

  it('moves the count from one column to the other when a published item changes column', async () => {
    const [doc] = (await articles().findMany({ filters: { column: { id: columnA.id } } as never, status: 'draft' })) as { documentId: string }[];
    await articles().update({ documentId: doc.documentId, data: { column: columnB.documentId } as never });
    // the draft moved, the published version has not: nothing changes yet
    expect((await of(columnA.id))?.publishedCount).toBe(1);
    expect(await of(columnB.id)).toBeNull();

    await asImport(() => articles().publish({ documentId: doc.documentId }));
    expect(await of(columnA.id)).toBeNull();
    expect((await of(columnB.id))?.publishedCount).toBe(1);
    await expectInStep();
  });

  it('drops an item on unpublish and on delete', async () => {
    const second = await draft('地理地貌（二）', columnB.documentId);
    await asImport(() => articles().publish({ documentId: second.documentId }));
    expect((await of(columnB.id))?.publishedCount).toBe(2);
    const latest = await publishedAtOf(second.documentId);
    expect((await of(columnB.id))?.lastPublishedAt?.getTime()).toBe(latest);

    await articles().unpublish({ documentId: second.documentId });
    const afterUnpublish = await of(columnB.id);
    expect(afterUnpublish?.publishedCount).toBe(1);
    expect(afterUnpublish!.lastPublishedAt!.getTime()).toBeLessThanOrEqual(latest);
    await expectInStep();

    await asImport(() => articles().publish({ documentId: second.documentId }));
    expect((await of(columnB.id))?.publishedCount).toBe(2);
    await articles().delete({ documentId: second.documentId });
    expect((await of(columnB.id))?.publishedCount).toBe(1);
    await expectInStep();
  });

  it("counts an item in its submitting unit's month, and moves it when the unit changes", async () => {
    const [weather, ecology] = [await unit('市气象局'), await unit('市生态环境局')];
    const [weatherBefore, ecologyBefore] = [await countOf(weather.id), await countOf(ecology.id)];
    const doc = await draft('本月报送', columnB.documentId, weather.documentId);
    expect(await countOf(weather.id)).toBe(weatherBefore);
    await asImport(() => articles().publish({ documentId: doc.documentId }));
    expect(await countOf(weather.id)).toBe(weatherBefore + 1);
    await expectInStep();

    await articles().update({ documentId: doc.documentId, data: { submittingUnit: ecology.documentId } as never });
    await asImport(() => articles().publish({ documentId: doc.documentId }));
    expect(await countOf(weather.id)).toBe(weatherBefore);
    expect(await countOf(ecology.id)).toBe(ecologyBefore + 1);
    await expectInStep();

    await articles().unpublish({ documentId: doc.documentId });
    expect(await countOf(ecology.id)).toBe(ecologyBefore);
    await articles().delete({ documentId: doc.documentId });
    await expectInStep();
  });

  it('leaves the tables as they were when the publication is rolled back', async () => {
    const doc = await draft('回滚测试', columnA.documentId);
    await expect(
      app.strapi.db.transaction(async () => {
        await asImport(() => articles().publish({ documentId: doc.documentId }));
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await of(columnA.id)).toBeNull();
    await expectInStep();
  });

  it('counts every one of concurrent publications in one column', async () => {
    const docs = await Promise.all([1, 2, 3, 4].map((n) => draft(`并发发布 ${n}`, columnA.documentId)));
    await Promise.all(docs.map((doc) => asImport(() => articles().publish({ documentId: doc.documentId }))));
    expect((await of(columnA.id))?.publishedCount).toBe(4);
    await expectInStep();
  });

  it('counts every one of publications run concurrently in one transaction (as the bulk publish runs them)', async () => {
    const docs = await Promise.all([1, 2, 3].map((n) => draft(`批量发布 ${n}`, columnB.documentId)));
    const before = (await of(columnB.id))?.publishedCount ?? 0;
    await asImport(() => app.strapi.db.transaction(() => Promise.all(docs.map((doc) => articles().publish({ documentId: doc.documentId })))));
    expect((await of(columnB.id))?.publishedCount).toBe(before + 3);
    await expectInStep();
  });

  it('removes the row of a deleted column', async () => {
    const extra = await app.strapi.documents('api::column.column').create({
      data: { name: '临时栏目', slug: 'lslm-activity-test', category: 'news', isHomepage: false, targetSite: 'city', sortOrder: 999 } as never,
    });
    const doc = await draft('临时栏目稿件', extra.documentId);
    await asImport(() => articles().publish({ documentId: doc.documentId }));
    expect((await of(extra.id as number))?.publishedCount).toBe(1);
    await app.strapi.documents('api::column.column').delete({ documentId: extra.documentId });
    expect(await of(extra.id as number)).toBeNull();
    await expectInStep();
  });

  it('is rebuilt from the items when empty at start, and left alone when it is not', async () => {
    const table = app.strapi.db.query('plugin::overdue.column-activity');
    const expected = sorted(await activity().aggregate());
    await table.deleteMany({});
    await app.strapi.db.query('plugin::overdue.unit-activity').deleteMany({});
    expect(await activity().read()).toEqual([]);
    expect(await unitRows()).toEqual([]);
    await rebuildColumnActivityIfEmpty(app.strapi, repositories(app.strapi).activity);
    expect(sorted(await activity().read())).toEqual(expected);
    expect((await unitRows()).length).toBeGreaterThan(0);
    await expectInStep();

    // not empty: no rebuild (a row tampered with stays so)
    await table.updateMany({ where: { columnId: columnB.id }, data: { publishedCount: 99 } });
    await rebuildColumnActivityIfEmpty(app.strapi, repositories(app.strapi).activity);
    expect((await of(columnB.id))?.publishedCount).toBe(99);
  });

  it('is rebuilt on demand by an administrator (POST /overdue/activity/rebuild)', async () => {
    const token = await adminJwtFor(app.strapi, WEBADMIN);
    const response = await app.http().post('/overdue/activity/rebuild').set('Authorization', `Bearer ${token}`).send({});
    expect(response.status).toBe(200);
    expect(response.body.columns).toBe((await activity().aggregate()).length);
    expect(response.body.unitMonths).toBe((await activity().unitAggregate()).length);
    expect((await of(columnB.id))?.publishedCount).toBe((await activity().aggregate()).find((row) => row.columnId === columnB.id)?.publishedCount);
    expect((await of(columnB.id))?.publishedCount).not.toBe(99);
    await expectInStep();
    expect((await app.http().post('/overdue/activity/rebuild').send({})).status).toBe(401);
  });
});
