import type { Core, Modules } from '@strapi/strapi';

import type { ColumnActivityRepository } from '../repositories/column-activity';

const ARTICLE = 'api::article.article';
const COLUMN = 'api::column.column';

type Params = { documentId?: string; status?: string };

/** Article actions that may change a column's published items; create/update/clone only when they publish. */
const changesPublished = (action: string, params: Params): boolean => {
  switch (action) {
    case 'publish':
    case 'unpublish':
    case 'delete':
      return true;
    case 'create':
    case 'update':
    case 'clone':
      return params.status === 'published';
    default:
      return false;
  }
};

const documentIdOf = (result: unknown): string | undefined => {
  if (!result || typeof result !== 'object') return undefined;
  const value = (result as { documentId?: unknown }).documentId;
  return typeof value === 'string' ? value : undefined;
};

/**
 * Document Service middleware keeping the per-column activity table right: after an article is
 * published, unpublished, deleted, or created/updated/cloned with status published, the columns its
 * rows were linked to before and after the write are recomputed (moving an item to another column
 * refreshes both); after a column is deleted its row goes. In the write's transaction when there is
 * one (bulk publish, the review's bundles), so a rolled-back write leaves the table as it was.
 */
export const columnActivityMiddleware =
  (activity: () => ColumnActivityRepository): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = (context.params ?? {}) as Params;
    if (context.uid === COLUMN && context.action === 'delete' && params.documentId) {
      const ids = await activity().columnIdsOf(params.documentId);
      const result = await next();
      await activity().refresh(ids);
      return result;
    }
    if (context.uid !== ARTICLE || !changesPublished(context.action, params)) return next();
    const before = params.documentId ? await activity().columnsOfArticle(params.documentId) : [];
    const result = await next();
    const documentId = documentIdOf(result) ?? params.documentId;
    const after = documentId ? await activity().columnsOfArticle(documentId) : [];
    await activity().refresh([...before, ...after]);
    return result;
  };

/** Fill the activity table when it is empty while articles are published (first start, upgrade). */
export const rebuildColumnActivityIfEmpty = async (strapi: Core.Strapi, activity: ColumnActivityRepository): Promise<void> => {
  if (!(await activity.isEmpty()) || !(await activity.anyPublished())) return;
  const started = Date.now();
  const rows = await activity.rebuild();
  strapi.log.info(`overdue: column activity rebuilt (${rows} columns, ${Date.now() - started} ms)`);
};
