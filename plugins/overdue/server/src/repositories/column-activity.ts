import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { toDate, type ColumnActivity } from './scan-source';

const ACTIVITY = 'plugin::overdue.column-activity';
const ARTICLE = 'api::article.article';
const COLUMN = 'api::column.column';
/** PostgreSQL advisory lock key of a rebuild (two instances starting on an empty table rebuild one after the other). */
const REBUILD_LOCK = 0x0c01a771;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

type Row = Record<string, unknown>;
type Db = Knex | Knex.Transaction;

/**
 * The per-column activity table (plugin::overdue.column-activity): for every column with a published
 * item, the latest publication and the number of published items — what the scan reads instead of
 * aggregating millions of item rows each morning.
 *
 * Kept right by the Document Service middleware (middlewares/column-activity.ts), which refreshes the
 * columns an article write touched with `refresh` (an indexed aggregate over those columns' links);
 * built whole by `rebuild` (one INSERT … SELECT of the full aggregate) at start when empty and on
 * demand. Writes that bypass the Document Service (raw SQL, strapi.db.query on articles, imports)
 * are not seen: rebuild after them.
 */
const columnActivityRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid as never);
  const table = () => meta(ACTIVITY).tableName;
  const articles = () => meta(ARTICLE).tableName;
  const link = (): JoinTable => (meta(ARTICLE).attributes.column as unknown as { joinTable: JoinTable }).joinTable;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  /** Runs `fn` in the current transaction (Strapi's transaction context), or in a new one. */
  const inTransaction = async <T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    (await strapi.db.transaction(({ trx }) => fn(trx))) as T;

  /** MAX(published_at) and COUNT(*) of the published item rows per column (of some columns only). */
  const aggregateQuery = (db: Db, columnIds?: readonly number[]): Knex.QueryBuilder => {
    const l = link();
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

  const fromRow = (row: Row): ColumnActivity => ({
    columnId: Number(row.column_id),
    lastPublishedAt: toDate(row.last_published_at),
    publishedCount: Number(row.published_count),
  });

  /** The columns linked to any row (draft or published) of an article document. */
  const columnsOfArticle = async (db: Db, documentId: string): Promise<number[]> => {
    const l = link();
    const a = articles();
    const rows: Row[] = await db(l.name)
      .join(a, `${a}.id`, `${l.name}.${l.joinColumn.name}`)
      .where(`${a}.document_id`, documentId)
      .distinct({ column_id: `${l.name}.${l.inverseJoinColumn.name}` });
    return rows.map((row) => Number(row.column_id));
  };

  return {
    aggregateQuery,

    /** The full aggregate over the items: what `rebuild` writes. The scan never runs it. */
    async aggregate(): Promise<ColumnActivity[]> {
      return ((await aggregateQuery(strapi.db.connection)) as Row[]).map(fromRow);
    },

    /** What the scan reads: one row per column that has published items. */
    readQuery(): Knex.QueryBuilder {
      return strapi.db.connection(table()).select('column_id', 'last_published_at', 'published_count');
    },

    async read(): Promise<ColumnActivity[]> {
      return ((await this.readQuery()) as Row[]).map(fromRow);
    },

    async isEmpty(): Promise<boolean> {
      const rows: Row[] = await strapi.db.connection(table()).select('id').limit(1);
      return rows.length === 0;
    },

    /** Whether any article is published (an empty activity table is then out of date). */
    async anyPublished(): Promise<boolean> {
      const rows: Row[] = await strapi.db.connection(articles()).whereNotNull('published_at').select('id').limit(1);
      return rows.length > 0;
    },

    /** Replace the whole table with the full aggregate, in one transaction (one INSERT … SELECT). Returns the rows written. */
    async rebuild(): Promise<number> {
      return inTransaction(async (trx) => {
        if (isPostgres()) await trx.raw('select pg_advisory_xact_lock(?)', [REBUILD_LOCK]);
        await trx(table()).delete();
        const { sql, bindings } = aggregateQuery(trx).toSQL();
        await trx.raw(`insert into ?? (??, ??, ??) ${sql}`, [table(), 'column_id', 'last_published_at', 'published_count', ...bindings]);
        const [{ count }] = (await trx(table()).count({ count: '*' })) as { count: string | number }[];
        return Number(count);
      });
    },

    /**
     * Recompute the rows of these columns from their items (an indexed aggregate over their links), in
     * the current transaction if there is one. On PostgreSQL the rows are locked first, in id order,
     * so that two writers of one column recompute one after the other and the last one sees both
     * writes; SQLite has one writer at a time.
     */
    async refresh(columnIds: readonly number[]): Promise<void> {
      const ids = [...new Set(columnIds)].filter((id) => Number.isInteger(id)).sort((a, b) => a - b);
      if (ids.length === 0) return;
      await inTransaction(async (trx) => {
        await trx(table())
          .insert(ids.map((id) => ({ column_id: id, published_count: 0 })))
          .onConflict('column_id')
          .ignore();
        if (isPostgres()) await trx(table()).whereIn('column_id', ids).orderBy('column_id').forUpdate().select('id');
        const found = new Map(((await aggregateQuery(trx, ids)) as Row[]).map((row) => [Number(row.column_id), row]));
        for (const id of ids) {
          const row = found.get(id);
          if (row) await trx(table()).where('column_id', id).update({ last_published_at: row.last_published_at, published_count: Number(row.published_count) });
        }
        const none = ids.filter((id) => !found.has(id));
        if (none.length > 0) await trx(table()).whereIn('column_id', none).delete();
      });
    },

    /** The columns of an article document's rows (any version), in the current transaction if any. */
    async columnsOfArticle(documentId: string): Promise<number[]> {
      return inTransaction((trx) => columnsOfArticle(trx, documentId));
    },

    /** The row id of a column document. */
    async columnIdsOf(documentId: string): Promise<number[]> {
      return inTransaction(async (trx) => ((await trx(meta(COLUMN).tableName).where('document_id', documentId).select('id')) as Row[]).map((row) => Number(row.id)));
    },
  };
};

export default columnActivityRepository;
export type ColumnActivityRepository = ReturnType<typeof columnActivityRepository>;
