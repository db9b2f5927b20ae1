import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { relationTarget } from '@content-assurance/kit/server';

import { bilingual, type Bilingual } from '@content-assurance/kit/shared';

type Data = Record<string, unknown>;
type WriteParams = { data?: Data; documentId?: string };

/**
 * Is a relation given in this write? Accepts the Document Service's shapes: a documentId, an id,
 * `{ documentId }`, `{ connect: [...] }` and `{ set: [...] }`; null, [] and `{ disconnect }` are not.
 */
const relationGiven = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const { connect, set, documentId, id } = value as { connect?: unknown; set?: unknown; documentId?: unknown; id?: unknown };
    if (documentId !== undefined || id !== undefined) return true;
    return relationGiven(connect) || relationGiven(set);
  }
  return true;
};

/** Relations without which an item means nothing (Strapi does not enforce `required` on relations). */
const REQUIRED_RELATIONS: Record<string, { field: string; message: Bilingual }[]> = {
  'api::article.article': [{ field: 'column', message: bilingual('稿件必须属于一个栏目', 'An article must belong to a column') }],
  'api::interpretation.interpretation': [
    { field: 'policyArticle', message: bilingual('政策解读必须关联所解读的政策文件', 'An interpretation must name the policy article it interprets') },
  ],
  'api::reply.reply': [{ field: 'inquiry', message: bilingual('回复必须关联一条留言', 'A reply must answer an inquiry') }],
};

/** The documentId or id a to-one relation is set to (the kit's relationTarget: the last target, `set` first). */
const relationDocumentId = (value: unknown): string | number | null => {
  const target = relationTarget(value);
  if (!target) return null;
  return 'documentId' in target ? target.documentId : target.id;
};

/**
 * Document Service middleware with the content model's own rules, so they hold on every path
 * (REST, GraphQL, content-manager, code): required relations; one reply per inquiry;
 * an inquiry's receivedAt defaults to the moment it arrives.
 */
export const contentRules =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
  const { uid, action } = context;
  if (action !== 'create' && action !== 'update') return next();
  const params = context.params as WriteParams;
  const data = params.data ?? {};

  for (const rule of REQUIRED_RELATIONS[uid] ?? []) {
    const missingOnCreate = action === 'create' && !relationGiven(data[rule.field]);
    const clearedOnUpdate = action === 'update' && rule.field in data && relationCleared(data[rule.field]);
    if (missingOnCreate || clearedOnUpdate) {
      throw new errors.ValidationError(rule.message['zh-Hans'], {
        messages: rule.message,
        errors: [{ path: [rule.field], message: rule.message, name: 'ValidationError' }],
      });
    }
  }

  if (uid === 'api::inquiry.inquiry' && action === 'create' && !data.receivedAt) {
    params.data = { ...data, receivedAt: new Date().toISOString() };
  }

  if (uid === 'api::reply.reply' && relationGiven(data.inquiry)) {
    await assertInquiryHasNoOtherReply(strapi, relationDocumentId(data.inquiry), action === 'update' ? params.documentId : undefined);
  }

  return next();
};

/** Does this update empty the relation? (`null`, `[]`, `{ set: [] }`, or a disconnect with nothing connected.) */
const relationCleared = (value: unknown): boolean => {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { set, connect, disconnect } = value as { set?: unknown; connect?: unknown; disconnect?: unknown };
  if (set !== undefined) return !relationGiven(set);
  return !relationGiven(connect) && relationGiven(disconnect);
};

const assertInquiryHasNoOtherReply = async (strapi: Core.Strapi, inquiry: string | number | null, ownDocumentId?: string) => {
  if (inquiry === null) return;
  const where = typeof inquiry === 'number' ? { id: inquiry } : { documentId: inquiry };
  const other = await strapi.db.query('api::reply.reply').findOne({
    where: { inquiry: where, ...(ownDocumentId ? { documentId: { $ne: ownDocumentId } } : {}) },
    select: ['documentId'],
  });
  if (other) {
    const message = bilingual('该留言已有回复，每条留言只能有一条回复', 'This inquiry already has a reply; edit that reply instead');
    throw new errors.ValidationError(message['zh-Hans'], {
      messages: message,
      errors: [{ path: ['inquiry'], message, name: 'ValidationError' }],
    });
  }
};
