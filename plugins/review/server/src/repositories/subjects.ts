import type { Core } from '@strapi/strapi';

import { isoOf, joinTableOf } from '@content-assurance/kit/server';

import { runRaw } from './raw';
import type { ReviewStateHead, ReviewStatesRepository } from './review-states';

/** The content types under review (稿件, 政策解读, 回复). */
export const SUBJECT_TYPES = ['api::article.article', 'api::interpretation.interpretation', 'api::reply.reply'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const isSubjectType = (uid: string): uid is SubjectType => (SUBJECT_TYPES as readonly string[]).includes(uid);

/** An item as the review sees it: what is hashed, where it belongs, who wrote it. */
export interface Subject {
  type: SubjectType;
  documentId: string;
  id: number;
  title: string;
  /** The reviewed fields, relations as ids: what the content hash is computed over. */
  content: Record<string, unknown>;
  columnId: number | null;
  unitId: number | null;
  author: string | null;
  infoType: string | null;
  writtenAt: string | null;
  importance: string | null;
  needsInterpretation: boolean;
  createdById: number | null;
  publishedAt: string | null;
}

type Row = Record<string, unknown> & { id: number; documentId: string; createdBy?: { id: number } | null };
const idOf = (value: unknown): number | null => (value && typeof value === 'object' && 'id' in value ? Number((value as { id: number }).id) : null);

const toSubject = (type: SubjectType, row: Row, publishedAt: string | null): Subject => {
  const common = { type, documentId: row.documentId, id: row.id, createdById: row.createdBy?.id ?? null, publishedAt };
  switch (type) {
    case 'api::article.article':
      return {
        ...common,
        title: String(row.title ?? ''),
        content: {
          title: row.title,
          body: row.body,
          column: idOf(row.column),
          submittingUnit: idOf(row.submittingUnit),
          author: row.author,
          source: row.source,
          writtenAt: row.writtenAt,
          infoType: row.infoType,
          importance: row.importance,
          isPolicyDocument: row.isPolicyDocument,
          needsInterpretation: row.needsInterpretation,
        },
        columnId: idOf(row.column),
        unitId: idOf(row.submittingUnit),
        author: (row.author as string) ?? null,
        infoType: (row.infoType as string) ?? null,
        writtenAt: (row.writtenAt as string) ?? null,
        importance: (row.importance as string) ?? null,
        needsInterpretation: !!row.needsInterpretation,
      };
    case 'api::interpretation.interpretation': {
      const article = row.policyArticle as { id: number; column?: { id: number } | null } | null;
      return {
        ...common,
        title: String(row.title ?? ''),
        content: { title: row.title, body: row.body, policyArticle: article?.id ?? null, format: row.format, draftingUnit: idOf(row.draftingUnit) },
        columnId: article?.column?.id ?? null,
        unitId: idOf(row.draftingUnit),
        author: null,
        infoType: 'text',
        writtenAt: null,
        importance: null,
        needsInterpretation: false,
      };
    }
    case 'api::reply.reply': {
      const inquiry = row.inquiry as { id: number; subject?: string; column?: { id: number } | null; assignedUnit?: { id: number } | null } | null;
      return {
        ...common,
        title: `回复：${inquiry?.subject ?? ''}`,
        content: { body: row.body, inquiry: inquiry?.id ?? null, replyingUnit: idOf(row.replyingUnit) },
        columnId: inquiry?.column?.id ?? null,
        unitId: idOf(row.replyingUnit) ?? inquiry?.assignedUnit?.id ?? null,
        author: null,
        infoType: 'text',
        writtenAt: null,
        importance: null,
        needsInterpretation: false,
      };
    }
  }
};

/** A to-one relation's id as the query returns it (number, numeric string or null). */
const ref = (value: unknown): { id: number } | null => (value === null || value === undefined ? null : { id: Number(value) });
/** A boolean as the database returns it (SQLite 0/1), null kept, like Strapi's boolean field. */
const bool = (value: unknown): boolean | null =>
  value === null || value === undefined ? null : value === true || value === 1 || value === '1' || value === 't';
/** An instant as the database returns it (pg Date, SQLite epoch ms or text), as ISO text. */
const iso = isoOf;

interface Template {
  sql: string;
  bindings: readonly unknown[];
  /** Where the document id goes in `bindings`. */
  at: number;
}

/** Items under review: read their draft (the version reviewed), publish them. */
const subjectsRepository = ({ strapi, states }: { strapi: Core.Strapi; states: ReviewStatesRepository }) => {
  const knex = () => strapi.db.connection;
  const meta = (uid: string) => strapi.db.metadata.get(uid as never);
  const table = (uid: string) => meta(uid).tableName;
  const columnOf = (uid: string, attribute: string) => (meta(uid).attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const link = (uid: string, attribute: string) => joinTableOf(strapi, uid, attribute);
  /** The id across a to-one relation of the row `owner` (an alias's id column), as a subquery. */
  const relatedId = (uid: string, attribute: string, owner: string, alias: string) => {
    const join = link(uid, attribute);
    return knex()(join.name).select(join.inverseJoinColumn.name).where(join.joinColumn.name, knex().ref(owner)).limit(1).as(alias);
  };
  const scalars = (uid: string, alias: string, attributes: string[]) =>
    Object.fromEntries(attributes.map((attribute) => [attribute, `${alias}.${columnOf(uid, attribute)}`]));

  /**
   * One query per item: the draft's reviewed fields, the ids across its relations (and the column of
   * the article or inquiry it belongs to), and when its published version went out.
   */
  const draftQuery = (type: SubjectType, documentId: string) => {
    const base = knex()(`${table(type)} as s`)
      .where('s.document_id', documentId)
      .whereNull('s.published_at')
      .select({
        id: 's.id',
        documentId: 's.document_id',
        createdById: 's.created_by_id',
      })
      .select(
        knex()(`${table(type)} as p`)
          .select('p.published_at')
          .where('p.document_id', knex().ref('s.document_id'))
          .whereNotNull('p.published_at')
          .limit(1)
          .as('livePublishedAt'),
      )
      .first();
    switch (type) {
      case 'api::article.article':
        return base
          .select(scalars(type, 's', ['title', 'body', 'author', 'source', 'writtenAt', 'infoType', 'importance', 'isPolicyDocument', 'needsInterpretation']))
          .select(relatedId(type, 'column', 's.id', 'columnId'), relatedId(type, 'submittingUnit', 's.id', 'unitId'));
      case 'api::interpretation.interpretation': {
        const article = 'api::article.article';
        const policy = link(type, 'policyArticle');
        return base
          .select(scalars(type, 's', ['title', 'body', 'format']))
          .select(relatedId(type, 'draftingUnit', 's.id', 'unitId'))
          .leftJoin(`${policy.name} as pl`, `pl.${policy.joinColumn.name}`, 's.id')
          .leftJoin(`${table(article)} as a`, 'a.id', `pl.${policy.inverseJoinColumn.name}`)
          .select({
            articleId: 'a.id',
            articleDocumentId: 'a.document_id',
            articleTitle: 'a.title',
          })
          .select(relatedId(article, 'column', 'a.id', 'columnId'));
      }
      case 'api::reply.reply': {
        const inquiry = 'api::inquiry.inquiry';
        const asked = link(type, 'inquiry');
        return base
          .select(scalars(type, 's', ['body']))
          .select(relatedId(type, 'replyingUnit', 's.id', 'unitId'))
          .leftJoin(`${asked.name} as il`, `il.${asked.joinColumn.name}`, 's.id')
          .leftJoin(`${table(inquiry)} as q`, 'q.id', `il.${asked.inverseJoinColumn.name}`)
          .select({
            inquiryId: 'q.id',
            inquiryDocumentId: 'q.document_id',
            inquirySubject: `q.${columnOf(inquiry, 'subject')}`,
          })
          .select(relatedId(inquiry, 'column', 'q.id', 'columnId'), relatedId(inquiry, 'assignedUnit', 'q.id', 'assignedUnitId'));
      }
    }
  };

  /** The row in the shape the subject is built from (relations as { id } objects, as Strapi populates them). */
  const toRow = (type: SubjectType, raw: Record<string, unknown>): Row => {
    const row: Row = {
      ...raw,
      id: Number(raw.id),
      documentId: String(raw.documentId),
      createdBy: ref(raw.createdById),
    };
    switch (type) {
      case 'api::article.article':
        return {
          ...row,
          column: ref(raw.columnId),
          submittingUnit: ref(raw.unitId),
          isPolicyDocument: bool(raw.isPolicyDocument),
          needsInterpretation: bool(raw.needsInterpretation),
        };
      case 'api::interpretation.interpretation':
        return {
          ...row,
          draftingUnit: ref(raw.unitId),
          policyArticle:
            raw.articleId === null || raw.articleId === undefined
              ? null
              : {
                  id: Number(raw.articleId),
                  documentId: raw.articleDocumentId,
                  title: raw.articleTitle,
                  column: ref(raw.columnId),
                },
        };
      case 'api::reply.reply':
        return {
          ...row,
          replyingUnit: ref(raw.unitId),
          inquiry:
            raw.inquiryId === null || raw.inquiryId === undefined
              ? null
              : {
                  id: Number(raw.inquiryId),
                  documentId: raw.inquiryDocumentId,
                  subject: raw.inquirySubject,
                  column: ref(raw.columnId),
                  assignedUnit: ref(raw.assignedUnitId),
                },
        };
    }
  };

  /**
   * The SQL of each loading query, built by knex once: a transition is mostly its two round trips,
   * and building this query (subqueries, joins) cost as much as running it. Built with a marker in
   * place of the document id, which each run binds.
   */
  const MARKER = '\u0000document-id';
  const templates = new Map<string, Template>();
  const template = (key: string, build: (documentId: string) => { toSQL(): { sql: string; bindings: readonly unknown[] } }) => {
    let cached = templates.get(key);
    if (!cached) {
      const { sql, bindings } = build(MARKER).toSQL();
      cached = { sql, bindings, at: bindings.indexOf(MARKER) };
      templates.set(key, cached);
    }
    return cached;
  };
  /** Run a cached query for one document (in the current transaction if any; prepared on PostgreSQL). */
  const run = async (cached: Template, documentId: string): Promise<Record<string, unknown> | undefined> =>
    (await runRaw<Record<string, unknown>>(strapi, cached.sql, cached.bindings.map((value, i) => (i === cached.at ? documentId : value))))[0];

  return {
    async load(type: SubjectType, documentId: string): Promise<Subject | null> {
      const raw = await run(template(type, (id) => draftQuery(type, id)), documentId);
      if (!raw) return null;
      return toSubject(type, toRow(type, raw), iso(raw.livePublishedAt));
    },

    /** An item and its review state (null before its first submission), read together in one query. */
    async loadUnderReview<TState>(type: SubjectType, documentId: string): Promise<{ subject: Subject; review: ReviewStateHead<TState> | null } | null> {
      const raw = await run(template(`${type} under review`, (id) => states.joinTo(draftQuery(type, id), type, 's.document_id', 'review_')), documentId);
      if (!raw) return null;
      return { subject: toSubject(type, toRow(type, raw), iso(raw.livePublishedAt)), review: states.fromJoined<TState>(raw, 'review_') };
    },

    /** The interpretations of a policy article (同步报送、同步发布). */
    async interpretationsOf(articleId: number): Promise<{ documentId: string }[]> {
      return strapi.db.query('api::interpretation.interpretation').findMany({
        where: { policyArticle: { id: articleId }, publishedAt: null },
        select: ['documentId'],
      });
    },

    /** The policy article an interpretation interprets. */
    async policyArticleOf(interpretationDocumentId: string): Promise<{ documentId: string; id: number } | null> {
      const row = await strapi.db.query('api::interpretation.interpretation').findOne({
        where: { documentId: interpretationDocumentId, publishedAt: null },
        populate: { policyArticle: { select: ['id', 'documentId'] } },
      });
      return row?.policyArticle ?? null;
    },

    async publish(type: SubjectType, documentId: string): Promise<void> {
      await strapi.documents(type).publish({ documentId });
    },

    async unpublish(type: SubjectType, documentId: string): Promise<void> {
      await strapi.documents(type).unpublish({ documentId });
    },
  };
};

export default subjectsRepository;
export type SubjectsRepository = ReturnType<typeof subjectsRepository>;
