import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { instantDate, instantOf, joinTableOf, type JoinTable } from '@content-assurance/kit/server';

type Row = Record<string, unknown>;


export interface ColumnActivity {
  columnId: number;
  lastPublishedAt: Date | null;
  publishedCount: number;
}

export interface OpenInquiry {
  id: number;
  documentId: string;
  channel: string;
  subject: string;
  status: string;
  receivedAt: Date | null;
  assignedUnitId: number | null;
  columnId: number | null;
}

export interface PolicyDocument {
  articleId: number;
  documentId: string;
  title: string;
  columnId: number | null;
  unitId: number | null;
  publishedAt: Date;
  interpretationPublishedAt: Date | null;
}

/**
 * What the scan reads from the items, each as one set-based query (never a query per column): the
 * inquiries without a published reply, the published policy documents and their interpretations.
 * The last publication per column and the items each unit published per month come from the
 * activity tables (activity.ts). Each query is also exposed as a builder, for the benchmark's bare SQL.
 */
const scanSource = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const meta = (uid: string) => strapi.db.metadata.get(uid as never);
  const join = (uid: string, attribute: string): JoinTable => joinTableOf(strapi, uid, attribute);
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  /** An instant column: on PostgreSQL its wall time's milliseconds (the kit's wall-time.ts), not a date the driver parses per row. */
  const instant = (column: string): Knex.Raw | string => (isPostgres() ? knex().raw('floor(extract(epoch from ??) * 1000)', [column]) : column);
  /** An instant as `instant` selected it. */
  const dateOf = instantDate;

  const queries = {
    /**
     * The inquiries no published reply answers yet, with their unit and column: an anti-join (NOT
     * EXISTS over the reply links, by the link table's inquiry index and the replies' primary key).
     */
    openInquiries: (): Knex.QueryBuilder => {
      const inquiries = meta('api::inquiry.inquiry').tableName;
      const replies = meta('api::reply.reply').tableName;
      const replyLink = join('api::reply.reply', 'inquiry');
      const unitLink = join('api::inquiry.inquiry', 'assignedUnit');
      const columnLink = join('api::inquiry.inquiry', 'column');
      const answered = knex()(replyLink.name)
        .join(replies, `${replies}.id`, `${replyLink.name}.${replyLink.joinColumn.name}`)
        .whereNotNull(`${replies}.published_at`)
        .where(`${replyLink.name}.${replyLink.inverseJoinColumn.name}`, knex().ref(`${inquiries}.id`))
        .select(knex().raw('1'));
      return knex()(inquiries)
        .leftJoin(unitLink.name, `${unitLink.name}.${unitLink.joinColumn.name}`, `${inquiries}.id`)
        .leftJoin(columnLink.name, `${columnLink.name}.${columnLink.joinColumn.name}`, `${inquiries}.id`)
        .whereNotExists(answered)
        .whereNotIn(`${inquiries}.status`, ['closed', 'invalid'])
        .select({
          id: `${inquiries}.id`,
          document_id: `${inquiries}.document_id`,
          channel: `${inquiries}.channel`,
          subject: `${inquiries}.subject`,
          status: `${inquiries}.status`,
          received_at: instant(`${inquiries}.received_at`),
          created_at: instant(`${inquiries}.created_at`),
          unit_id: `${unitLink.name}.${unitLink.inverseJoinColumn.name}`,
          column_id: `${columnLink.name}.${columnLink.inverseJoinColumn.name}`,
        });
    },

    /** Published policy documents, with the first publication of an interpretation of theirs. */
    policyDocuments: (): Knex.QueryBuilder => {
      const articles = meta('api::article.article').tableName;
      const interpretations = meta('api::interpretation.interpretation').tableName;
      const columnLink = join('api::article.article', 'column');
      const unitLink = join('api::article.article', 'submittingUnit');
      const policyLink = join('api::interpretation.interpretation', 'policyArticle');
      // Published interpretations point at the published row of their article (Strapi keeps relations per version).
      const interpreted = knex()(policyLink.name)
        .join(interpretations, `${interpretations}.id`, `${policyLink.name}.${policyLink.joinColumn.name}`)
        .whereNotNull(`${interpretations}.published_at`)
        .groupBy(`${policyLink.name}.${policyLink.inverseJoinColumn.name}`)
        .select({ article_id: `${policyLink.name}.${policyLink.inverseJoinColumn.name}` })
        .min({ interpreted_at: `${interpretations}.published_at` })
        .as('interpreted');
      return knex()(articles)
        .leftJoin(columnLink.name, `${columnLink.name}.${columnLink.joinColumn.name}`, `${articles}.id`)
        .leftJoin(unitLink.name, `${unitLink.name}.${unitLink.joinColumn.name}`, `${articles}.id`)
        .leftJoin(interpreted, 'interpreted.article_id', `${articles}.id`)
        .whereNotNull(`${articles}.published_at`)
        .where(`${articles}.is_policy_document`, true)
        .select({
          id: `${articles}.id`,
          document_id: `${articles}.document_id`,
          title: `${articles}.title`,
          published_at: instant(`${articles}.published_at`),
          column_id: `${columnLink.name}.${columnLink.inverseJoinColumn.name}`,
          unit_id: `${unitLink.name}.${unitLink.inverseJoinColumn.name}`,
          interpreted_at: instant('interpreted.interpreted_at'),
        });
    },
  };

  return {
    queries,

    /** The inquiries no published reply answers yet (one query, an anti-join). */
    async openInquiries(): Promise<OpenInquiry[]> {
      const rows: Row[] = await queries.openInquiries();
      const wallTime = isPostgres();
      return rows.map((row) => ({
        id: Number(row.id),
        documentId: String(row.document_id),
        channel: String(row.channel),
        subject: String(row.subject ?? ''),
        status: String(row.status ?? ''),
        receivedAt: dateOf(row.received_at, wallTime) ?? dateOf(row.created_at, wallTime),
        assignedUnitId: row.unit_id === null || row.unit_id === undefined ? null : Number(row.unit_id),
        columnId: row.column_id === null || row.column_id === undefined ? null : Number(row.column_id),
      }));
    },

    /** Published policy documents, with the first publication of an interpretation of theirs. */
    async policyDocuments(): Promise<PolicyDocument[]> {
      const rows: Row[] = await queries.policyDocuments();
      const wallTime = isPostgres();
      return rows.map((row) => ({
        articleId: Number(row.id),
        documentId: String(row.document_id),
        title: String(row.title ?? ''),
        columnId: row.column_id === null || row.column_id === undefined ? null : Number(row.column_id),
        unitId: row.unit_id === null || row.unit_id === undefined ? null : Number(row.unit_id),
        publishedAt: dateOf(row.published_at, wallTime)!,
        interpretationPublishedAt: dateOf(row.interpreted_at, wallTime),
      }));
    },
  };
};

export default scanSource;
export type ScanSource = ReturnType<typeof scanSource>;
