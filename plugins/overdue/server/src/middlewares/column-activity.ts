import type { Core, Modules } from '@strapi/strapi';

import type { ActivityRepository, ArticleFootprint } from '../repositories/activity';

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

const NOTHING: ArticleFootprint = { columnIds: [], unitMonths: [] };

/**
 * Document Service middleware keeping the activity tables right: after an article is published,
 * unpublished, deleted, or created/updated/cloned with status published, the columns its rows were
 * linked to and the (submitting unit, month) of its published version, before and after the write,
 * are recomputed (moving an item to another column or unit refreshes both); after a column is deleted
 * its row goes. In the write's transaction when there is one (bulk publish, the review's bundles), so
 * a rolled-back write leaves the tables as they were.
 */
export const columnActivityMiddleware =
  (activity: () => ActivityRepository): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = (context.params ?? {}) as Params;
    if (context.uid === COLUMN && context.action === 'delete' && params.documentId) {
      const columnIds = await activity().columnIdsOf(params.documentId);
      const result = await next();
      await activity().refresh({ columnIds, unitMonths: [] });
      return result;
    }
    if (context.uid !== ARTICLE || !changesPublished(context.action, params)) return next();
    const before = params.documentId ? await activity().footprint(params.documentId) : NOTHING;
    const result = await next();
    const documentId = documentIdOf(result) ?? params.documentId;
    const after = documentId ? await activity().footprint(documentId) : NOTHING;
    await activity().refresh({ columnIds: [...before.columnIds, ...after.columnIds], unitMonths: [...before.unitMonths, ...after.unitMonths] });
    return result;
  };

/** Fill the activity tables when one is empty while published articles say it should not be (first start, upgrade). */
export const rebuildColumnActivityIfEmpty = async (strapi: Core.Strapi, activity: ActivityRepository): Promise<void> => {
  const stale = await activity.emptyButStale();
  if (!stale.columns && !stale.units) return;
  const started = Date.now();
  const rows = await activity.rebuild();
  strapi.log.info(`overdue: activity tables rebuilt (${rows.columns} columns, ${rows.unitMonths} unit-months, ${Date.now() - started} ms)`);
};
