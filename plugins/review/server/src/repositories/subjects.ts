import type { Core } from '@strapi/strapi';

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

const POPULATE: Record<SubjectType, Record<string, unknown>> = {
  'api::article.article': { column: { select: ['id'] }, submittingUnit: { select: ['id'] }, createdBy: { select: ['id'] } },
  'api::interpretation.interpretation': {
    policyArticle: { select: ['id', 'documentId', 'title'], populate: { column: { select: ['id'] } } },
    draftingUnit: { select: ['id'] },
    createdBy: { select: ['id'] },
  },
  'api::reply.reply': {
    inquiry: { select: ['id', 'documentId', 'subject'], populate: { column: { select: ['id'] }, assignedUnit: { select: ['id'] } } },
    replyingUnit: { select: ['id'] },
    createdBy: { select: ['id'] },
  },
};

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

/** Items under review: read their draft (the version reviewed), publish them. */
const subjectsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(type: SubjectType, documentId: string): Promise<Subject | null> {
    const draft = (await strapi.db.query(type).findOne({ where: { documentId, publishedAt: null }, populate: POPULATE[type] })) as Row | null;
    if (!draft) return null;
    const published = (await strapi.db.query(type).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['publishedAt'] })) as {
      publishedAt: string;
    } | null;
    return toSubject(type, draft, published?.publishedAt ?? null);
  },

  /** The interpretations of a policy article (同步报送、同步发布). */
  async interpretationsOf(articleId: number): Promise<{ documentId: string }[]> {
    return strapi.db
      .query('api::interpretation.interpretation')
      .findMany({ where: { policyArticle: { id: articleId }, publishedAt: null }, select: ['documentId'] });
  },

  /** The policy article an interpretation interprets. */
  async policyArticleOf(interpretationDocumentId: string): Promise<{ documentId: string; id: number } | null> {
    const row = await strapi.db
      .query('api::interpretation.interpretation')
      .findOne({ where: { documentId: interpretationDocumentId, publishedAt: null }, populate: { policyArticle: { select: ['id', 'documentId'] } } });
    return row?.policyArticle ?? null;
  },

  async publish(type: SubjectType, documentId: string): Promise<void> {
    await strapi.documents(type).publish({ documentId });
  },
});

export default subjectsRepository;
export type SubjectsRepository = ReturnType<typeof subjectsRepository>;
