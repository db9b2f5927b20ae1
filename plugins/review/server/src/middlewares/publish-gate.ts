import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isSubjectType, type SubjectType } from '../repositories/subjects';
import { gateBypassed } from '../services/gate-context';
import { owners } from '../services/owners';
import type { ReviewService } from '../services/review';
import { say } from '../errors';

/**
 * 先审后发, in the Document Service so that every path goes through it: the content-manager's publish
 * and bulk publish, REST and GraphQL (whose create/update publish by default), and any code calling
 * `publish()`. A publication passes only when the item's review approved its current content (and
 * its policy bundle's); a create or update asking to publish is refused — save a draft, submit it.
 * After a draft is saved, an item under or after review has its review restarted (by content hash);
 * an unpublished item keeps its approval, and a discarded draft leaves the live version standing.
 */
export const publishGate =
  (strapi: Core.Strapi, review: () => ReviewService): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!isSubjectType(context.uid) || gateBypassed()) return next();
    const type: SubjectType = context.uid;
    const params = context.params as { documentId?: string; status?: string };

    switch (context.action) {
      case 'publish': {
        if (!params.documentId) return next();
        const ref = { type, documentId: params.documentId };
        const actor = await owners(strapi).actorOfRequest();
        return strapi.db.transaction(async () => {
          const published = await review().checkPublish(ref, actor ? { ...actor } : null);
          const result = await next();
          await published();
          return result;
        });
      }
      case 'create':
      case 'update': {
        if (params.status === 'published') {
          throw new errors.PolicyError(
            ...say(
              '未经审核不得发布：请先保存为草稿（status=draft）并提交审核，审核通过后再发布',
              'Nothing is published unreviewed: save a draft with status=draft, submit it for review, publish once approved',
            ),
          );
        }
        const result = await next();
        if (context.action === 'update' && params.documentId) await review().afterEdit({ type, documentId: params.documentId });
        return result;
      }
      case 'unpublish': {
        if (!params.documentId) return next();
        const ref = { type, documentId: params.documentId };
        const actor = await owners(strapi).actorOfRequest();
        return strapi.db.transaction(async () => {
          const result = await next();
          await review().afterUnpublish(ref, actor ? { ...actor } : null);
          return result;
        });
      }
      case 'discardDraft': {
        if (!params.documentId) return next();
        const ref = { type, documentId: params.documentId };
        return strapi.db.transaction(async () => {
          const result = await next();
          await review().afterDiscard(ref);
          return result;
        });
      }
      default:
        return next();
    }
  };
