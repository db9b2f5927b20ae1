import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { relationTarget, type RelationTarget } from '../domain/relation-input';
import type { Actor, OwnershipService } from '../services/ownership';

/**
 * 谁主管谁负责, enforced in the Document Service so that no route goes around it: the content-manager,
 * REST, GraphQL and any plugin's code acting for a request. A write to an article (by its column),
 * an interpretation (by its policy article's column) or a reply (by its inquiry's unit or column)
 * must fall within the columns of the units the person holds a duty in. Code running outside a
 * request (the demo seed, scheduled jobs) is the system and is not restricted.
 */

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type Subject = { columnId: number | null; unitId: number | null };
type Db = Core.Strapi['db'];

const where = (target: RelationTarget) => ('id' in target ? { id: target.id } : { documentId: target.documentId });

const articleColumn = async (db: Db, target: RelationTarget): Promise<number | null> => {
  const article = await db.query('api::article.article').findOne({ where: where(target), populate: { column: { select: ['id'] } } });
  return article?.column?.id ?? null;
};

/** How each guarded type reaches its column (or unit): from a stored document, or from the written data. */
const SUBJECTS: Record<string, { relation: string; resolve: (db: Db, target: RelationTarget) => Promise<Subject> }> = {
  'api::article.article': {
    relation: 'column',
    resolve: async (db, target) => {
      const column = await db.query('api::column.column').findOne({ where: where(target), select: ['id'] });
      return { columnId: column?.id ?? null, unitId: null };
    },
  },
  'api::interpretation.interpretation': {
    relation: 'policyArticle',
    resolve: async (db, target) => ({ columnId: await articleColumn(db, target), unitId: null }),
  },
  'api::reply.reply': {
    relation: 'inquiry',
    resolve: async (db, target) => {
      const inquiry = await db
        .query('api::inquiry.inquiry')
        .findOne({ where: where(target), populate: { column: { select: ['id'] }, assignedUnit: { select: ['id'] } } });
      return { columnId: inquiry?.column?.id ?? null, unitId: inquiry?.assignedUnit?.id ?? null };
    },
  },
};

const storedRelation = async (db: Db, uid: string, relation: string, documentId: string): Promise<RelationTarget | null> => {
  const row = await db.query(uid as never).findOne({ where: { documentId }, populate: { [relation]: { select: ['id'] } } });
  const related = row?.[relation] as { id: number } | null | undefined;
  return related ? { id: related.id } : null;
};

/** The person a request acts for; null for the system (no request) and for the public role. */
export const actorOfRequest = async (strapi: Core.Strapi): Promise<Actor | null> => {
  const ctx = strapi.requestContext.get();
  if (!ctx) return null;
  const strategy: string | undefined = ctx.state?.auth?.strategy?.name;
  const user = ctx.state?.user as { id: number; email: string; roles?: { code: string }[] } | undefined;
  // Persons log in through the admin ('admin') or users-permissions; any other strategy is a token
  // (content-api-token, admin-token, …), which stands for no person.
  if (strategy && strategy !== 'admin' && strategy !== 'users-permissions') {
    throw new errors.PolicyError(
      'API 令牌不能报送或修改稿件、解读和回复：须由备案人员以本人账号操作（一人一账号） (API tokens cannot write articles, interpretations or replies: a registered person must, with their own account)',
    );
  }
  if (!user) return null;
  if (strategy === 'admin') {
    return { id: user.id, email: user.email, isSuperAdmin: (user.roles ?? []).some((role) => role.code === 'strapi-super-admin') };
  }
  // users-permissions (REST / GraphQL with a user JWT): the same person's admin account, by email.
  const admin = await strapi.db
    .query('admin::user')
    .findOne({ where: { email: String(user.email).toLowerCase() }, populate: { roles: { select: ['code'] } } });
  if (!admin) {
    throw new errors.PolicyError(`账号 ${user.email} 未在备案表中登记，不能报送稿件 (account ${user.email} is not registered for any unit)`);
  }
  return { id: admin.id, email: admin.email, isSuperAdmin: (admin.roles ?? []).some((role: { code: string }) => role.code === 'strapi-super-admin') };
};

export const ownershipGuard =
  (strapi: Core.Strapi, service: () => OwnershipService): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const spec = SUBJECTS[context.uid];
    if (!spec || !WRITE_ACTIONS.has(context.action)) return next();
    const actor = await actorOfRequest(strapi);
    if (!actor) return next();

    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const targets: RelationTarget[] = [];
    if (params.documentId) {
      const stored = await storedRelation(strapi.db, context.uid, spec.relation, params.documentId);
      if (stored) targets.push(stored);
    }
    const written = relationTarget(params.data?.[spec.relation]);
    if (written) targets.push(written);

    for (const target of targets) {
      const subject = await spec.resolve(strapi.db, target);
      if (subject.unitId !== null) await service().assertMayAnswerFor(actor, subject.unitId);
      else if (subject.columnId !== null) await service().assertMayWrite(actor, subject.columnId);
    }
    return next();
  };
