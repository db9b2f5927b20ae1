import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { instantOf as toDate, joinTableOf, wallTimeMs, type JoinTable } from '@content-assurance/kit/server';

import type { ColumnActivity } from './scan-source';

const COLUMN_ACTIVITY = 'plugin::overdue.column-activity';
const UNIT_ACTIVITY = 'plugin::overdue.unit-activity';
const ARTICLE = 'api::article.article';
const COLUMN = 'api::column.column';
/** PostgreSQL advisory lock key of a rebuild (two instances starting on empty tables rebuild one after the other). */
const REBUILD_LOCK = 0x0c01a771;
const HOUR_MS = 3600 * 1000;


type Row = Record<string, unknown>;
type Db = Knex | Knex.Transaction;

/** Items a unit submitted that were published in a month (YYYY-MM, Asia/Shanghai). */
export interface UnitMonthActivity {
  unitId: number;
  month: string;
  publishedCount: number;
}

export interface UnitMonth {
  unitId: number;
  month: string;
}

/** What an article's rows count in: the columns of its versions, the (unit, month) of its published version. */
export interface ArticleFootprint {
  columnIds: number[];
  unitMonths: UnitMonth[];
}

/** YYYY-MM of an instant on the Beijing calendar. */
export const shanghaiMonth = (instant: Date): string => new Date(instant.getTime() + 8 * HOUR_MS).toISOString().slice(0, 7);

/** The first instant of a Beijing month and of the next one. */
export const monthBounds = (month: string): [Date, Date] => {
  const [year, m] = month.split('-').map(Number);
  const start = (y: number, mo: number) => new Date(Date.UTC(y, mo - 1, 1) - 8 * HOUR_MS);
  return [start(year, m), m === 12 ? start(year + 1, 1) : start(year, m + 1)];
};

/**
 * The activity tables the scan reads instead of aggregating millions of item rows each morning:
 * per column (plugin::overdue.column-activity) the latest publication and the number of published
 * items; per submitting unit and Beijing month (plugin::overdue.unit-activity) the items published.
 *
 * Kept right by the Document Service middleware (middlewares/column-activity.ts): after an article
 * write, `refresh` recomputes the columns and (unit, month) pairs its rows counted in before and after
 * (indexed aggregates over those columns' and units' links, one UPDATE per row). Built whole by `rebuild` (an INSERT …
 * SELECT of each full aggregate) at start when empty and on demand. Writes that bypass the Document
 * Service (raw SQL, strapi.db.query on articles, imports) are not seen: rebuild after them.
 */
const activityRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid as never);
  const columnTable = () => meta(COLUMN_ACTIVITY).tableName;
  const unitTable = () => meta(UNIT_ACTIVITY).tableName;
  const articles = () => meta(ARTICLE).tableName;
  const joinOf = (attribute: string): JoinTable => joinTableOf(strapi, ARTICLE, attribute);
  const columnLink = () => joinOf('column');
  const unitLink = () => joinOf('submittingUnit');
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';
  const bound = (date: Date) => (isSqlite() ? date.getTime() : date);
  /** Runs `fn` in the current transaction (Strapi's transaction context), or in a new one. */
  const inTransaction = async <T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    (await strapi.db.transaction(({ trx }) => fn(trx))) as T;

  /**
   * The Beijing month of a published_at column, in SQL, as JavaScript computes it (shanghaiMonth):
   * SQLite stores epoch milliseconds; PostgreSQL's timestamp without time zone holds the wall time of
   * the Node process that wrote it (node-postgres sends local time), hence its offset as a binding.
   */
  const monthSql = (db: Db, column: string): Knex.Raw => {
    if (isSqlite()) {
      return db.raw(`case when typeof(??) in ('integer', 'real') then strftime('%Y-%m', ?? / 1000 + 28800, 'unixepoch') else strftime('%Y-%m', ??, '+8 hours') end`, [
        column,
        column,
        column,
      ]);
    }
    // an integer of our own, inlined: the same text in SELECT and GROUP BY (PostgreSQL matches them by text)
    const minutes = Math.trunc(480 + new Date().getTimezoneOffset());
    return db.raw(`to_char(?? + interval '${minutes} minutes', 'YYYY-MM')`, [column]);
  };

  /** MAX(published_at) and COUNT(*) of the published item rows per column (of some columns only). */
  const columnAggregate = (db: Db, columnIds?: readonly number[]): Knex.QueryBuilder => {
    const l = columnLink();
    const a = articles();
    const column = `${l.name}.${l.inverseJoinColumn.name}`;
    const query = db(l.name)
      .join(a, `${a}.id`, `${l.name}.${l.joinColumn.name}`)
      .whereNotNull(`${a}.published_at`)
      .groupBy(column)
      .select({ column_id: column })
      .max({ last_published_at: `${a}.published_at` })
      .count({ published_count: '*' });
    if (columnIds) query.whereIn(column, columnIds);
    return query;
  };

  /** COUNT(*) of the published item rows per submitting unit and Beijing month. */
  const unitAggregate = (db: Db): Knex.QueryBuilder => {
    const l = unitLink();
    const a = articles();
    const unit = `${l.name}.${l.inverseJoinColumn.name}`;
    const month = monthSql(db, `${a}.published_at`);
    return db(l.name)
      .join(a, `${a}.id`, `${l.name}.${l.joinColumn.name}`)
      .whereNotNull(`${a}.published_at`)
      .groupBy(unit, month)
      .select({ unit_id: unit, month })
      .count({ published_count: '*' });
  };

  const columnFromRow = (row: Row): ColumnActivity => ({
    columnId: Number(row.column_id),
    lastPublishedAt: toDate(row.last_published_at),
    publishedCount: Number(row.published_count),
  });
  const unitFromRow = (row: Row): UnitMonthActivity => ({ unitId: Number(row.unit_id), month: String(row.month), publishedCount: Number(row.published_count) });

  const insertSelect = async (trx: Knex.Transaction, table: string, columns: string[], select: Knex.QueryBuilder) => {
    const { sql, bindings } = select.toSQL();
    await trx.raw(`insert into ?? (${columns.map(() => '??').join(', ')}) ${sql}`, [table, ...columns, ...bindings]);
  };

  /** The aggregate of one column's published items, as a subquery (correlated by a bound id). */
  const columnSubquery = (db: Db, columnId: number) => {
    const l = columnLink();
    const a = articles();
    return db(l.name)
      .join(a, `${a}.id`, `${l.name}.${l.joinColumn.name}`)
      .where(`${l.name}.${l.inverseJoinColumn.name}`, columnId)
      .whereNotNull(`${a}.published_at`);
  };

  /** Published items of one unit in one month, as a subquery: by the link table's unit index. */
  const unitMonthSubquery = (db: Db, { unitId, month }: UnitMonth) => {
    const l = unitLink();
    const a = articles();
    const [from, to] = monthBounds(month);
    return db(l.name)
      .join(a, `${a}.id`, `${l.name}.${l.joinColumn.name}`)
      .where(`${l.name}.${l.inverseJoinColumn.name}`, unitId)
      .whereNotNull(`${a}.published_at`)
      .where(`${a}.published_at`, '>=', bound(from))
      .where(`${a}.published_at`, '<', bound(to))
      .count('*');
  };

  /*
   * A refresh writes each row with one UPDATE whose values are subqueries over the items: one statement
   * sees every write made before it, so of several refreshes in one transaction (the content-manager's
   * bulk publish runs its publications concurrently in one) the last one is right. Across transactions
   * on PostgreSQL the rows are first locked (SELECT … FOR UPDATE, in key order): a second writer waits
   * for the first to commit and its UPDATE, a new statement, sees both writes. SQLite has one writer.
   */
  const refreshColumns = async (trx: Knex.Transaction, columnIds: readonly number[]) => {
    const ids = [...new Set(columnIds)].filter((id) => Number.isInteger(id)).sort((a, b) => a - b);
    if (ids.length === 0) return;
    const table = columnTable();
    const a = articles();
    await trx(table)
      .insert(ids.map((id) => ({ column_id: id, published_count: 0 })))
      .onConflict('column_id')
      .ignore();
    if (isPostgres()) await trx(table).whereIn('column_id', ids).orderBy('column_id').forUpdate().select('id');
    for (const id of ids) {
      await trx(table)
        .where('column_id', id)
        .update({
          last_published_at: columnSubquery(trx, id).max(`${a}.published_at`),
          published_count: columnSubquery(trx, id).count('*'),
        });
    }
    await trx(table).whereIn('column_id', ids).where('published_count', 0).delete();
  };

  const refreshUnitMonths = async (trx: Knex.Transaction, unitMonths: readonly UnitMonth[]) => {
    const pairs = [...new Map(unitMonths.filter((p) => Number.isInteger(p.unitId)).map((p) => [`${p.unitId}|${p.month}`, p])).values()].sort(
      (a, b) => a.unitId - b.unitId || (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
    );
    if (pairs.length === 0) return;
    const table = unitTable();
    await trx(table)
      .insert(pairs.map((p) => ({ unit_id: p.unitId, month: p.month, published_count: 0 })))
      .onConflict(['unit_id', 'month'])
      .ignore();
    const keys = pairs.map((p) => [p.unitId, p.month]);
    if (isPostgres()) {
      await trx(table)
        .whereIn(['unit_id', 'month'], keys)
        .orderBy([{ column: 'unit_id' }, { column: 'month' }])
        .forUpdate()
        .select('id');
    }
    for (const pair of pairs) {
      await trx(table).where({ unit_id: pair.unitId, month: pair.month }).update({ published_count: unitMonthSubquery(trx, pair) });
    }
    await trx(table).whereIn(['unit_id', 'month'], keys).where('published_count', 0).delete();
  };

  const footprint = async (db: Db, documentId: string): Promise<ArticleFootprint> => {
    const a = articles();
    const cl = columnLink();
    const ul = unitLink();
    const rows: Row[] = await db(a)
      .leftJoin(cl.name, `${cl.name}.${cl.joinColumn.name}`, `${a}.id`)
      .leftJoin(ul.name, `${ul.name}.${ul.joinColumn.name}`, `${a}.id`)
      .where(`${a}.document_id`, documentId)
      .select({ published_at: `${a}.published_at`, column_id: `${cl.name}.${cl.inverseJoinColumn.name}`, unit_id: `${ul.name}.${ul.inverseJoinColumn.name}` });
    const columnIds: number[] = [];
    const unitMonths: UnitMonth[] = [];
    for (const row of rows) {
      if (row.column_id !== null && row.column_id !== undefined) columnIds.push(Number(row.column_id));
      const published = toDate(row.published_at);
      if (published && row.unit_id !== null && row.unit_id !== undefined) unitMonths.push({ unitId: Number(row.unit_id), month: shanghaiMonth(published) });
    }
    return { columnIds, unitMonths };
  };

  const exists = async (query: Knex.QueryBuilder): Promise<boolean> => ((await query.limit(1)) as Row[]).length > 0;

  return {
    columnAggregate,
    unitAggregate,

    /** The full aggregate per column over the items: what `rebuild` writes. The scan never runs it. */
    async aggregate(): Promise<ColumnActivity[]> {
      return ((await columnAggregate(strapi.db.connection)) as Row[]).map(columnFromRow);
    },

    /** The full aggregate per unit and month over the items: what `rebuild` writes. */
    async unitAggregateRows(): Promise<UnitMonthActivity[]> {
      return ((await unitAggregate(strapi.db.connection)) as Row[]).map(unitFromRow);
    },

    /**
     * What the scan reads: one row per column that has published items. On PostgreSQL the instant comes
     * as the milliseconds of its wall time, turned into the instant node-postgres would give by
     * wallTimeInstant (the kit's wall-time.ts): the driver's date parser, or a date string per row, is a large
     * share of reading 50,000 rows.
     */
    readQuery(): Knex.QueryBuilder {
      const db = strapi.db.connection;
      const last = isPostgres() ? db.raw('floor(extract(epoch from last_published_at) * 1000)') : 'last_published_at';
      return db(columnTable()).select({ column_id: 'column_id', last_published_at: last, published_count: 'published_count' });
    },

    async read(): Promise<ColumnActivity[]> {
      const rows = (await this.readQuery()) as Row[];
      if (!isPostgres()) return rows.map(columnFromRow);
      const result: ColumnActivity[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i += 1) {
        const row = rows[i];
        const last = wallTimeMs(row.last_published_at);
        result[i] = { columnId: Number(row.column_id), lastPublishedAt: last === null ? null : new Date(last), publishedCount: Number(row.published_count) };
      }
      return result;
    },

    /** What the scan reads for the monthly quotas: the units' counts in these months. */
    unitMonthsQuery(months: string[]): Knex.QueryBuilder {
      return strapi.db.connection(unitTable()).whereIn('month', months).select('unit_id', 'month', 'published_count');
    },

    async unitMonths(months: string[]): Promise<UnitMonthActivity[]> {
      return ((await this.unitMonthsQuery(months)) as Row[]).map(unitFromRow);
    },

    /** Which tables are empty while their items say they should not be (first start, upgrade). */
    async emptyButStale(): Promise<{ columns: boolean; units: boolean }> {
      const db = strapi.db.connection;
      const a = articles();
      const ul = unitLink();
      const [columnsEmpty, unitsEmpty] = [!(await exists(db(columnTable()).select('id'))), !(await exists(db(unitTable()).select('id')))];
      return {
        columns: columnsEmpty && (await exists(db(a).whereNotNull('published_at').select('id'))),
        units:
          unitsEmpty &&
          (await exists(
            db(ul.name)
              .join(a, `${a}.id`, `${ul.name}.${ul.joinColumn.name}`)
              .whereNotNull(`${a}.published_at`)
              .select(`${a}.id`),
          )),
      };
    },

    /** Replace both tables with the full aggregates, in one transaction (an INSERT … SELECT each). Returns the rows written. */
    async rebuild(): Promise<{ columns: number; unitMonths: number }> {
      return inTransaction(async (trx) => {
        if (isPostgres()) await trx.raw('select pg_advisory_xact_lock(?)', [REBUILD_LOCK]);
        await trx(columnTable()).delete();
        await trx(unitTable()).delete();
        await insertSelect(trx, columnTable(), ['column_id', 'last_published_at', 'published_count'], columnAggregate(trx));
        await insertSelect(trx, unitTable(), ['unit_id', 'month', 'published_count'], unitAggregate(trx));
        const count = async (table: string) => Number(((await trx(table).count({ count: '*' })) as { count: string | number }[])[0].count);
        return { columns: await count(columnTable()), unitMonths: await count(unitTable()) };
      });
    },

    /**
     * Recompute the rows of these columns and (unit, month) pairs from their items (indexed aggregates
     * over their links), in the current transaction if there is one: see refreshColumns.
     */
    async refresh(touched: ArticleFootprint): Promise<void> {
      if (touched.columnIds.length === 0 && touched.unitMonths.length === 0) return;
      await inTransaction(async (trx) => {
        await refreshColumns(trx, touched.columnIds);
        await refreshUnitMonths(trx, touched.unitMonths);
      });
    },

    /** The columns and published (unit, month) of an article document's rows, in the current transaction if any. */
    async footprint(documentId: string): Promise<ArticleFootprint> {
      return inTransaction((trx) => footprint(trx, documentId));
    },

    /** The row ids of a column document. */
    async columnIdsOf(documentId: string): Promise<number[]> {
      return inTransaction(async (trx) => ((await trx(meta(COLUMN).tableName).where('document_id', documentId).select('id')) as Row[]).map((row) => Number(row.id)));
    },
  };
};

export default activityRepository;
export type ActivityRepository = ReturnType<typeof activityRepository>;
