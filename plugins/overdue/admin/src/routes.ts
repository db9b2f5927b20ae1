import { PLUGIN_ID } from './pluginId';

/** The plugin's app: /admin/plugins/overdue (总览), …/log (发送记录), …/run (立即扫描 / 预览). */
export const APP_PATH = `plugins/${PLUGIN_ID}`;

const CONTENT_MANAGER = '/content-manager/collection-types';

/** A record's edit view in the content-manager (inside the admin router, whose basename is /admin). */
export const editViewPath = (uid: 'api::column.column' | 'api::inquiry.inquiry' | 'api::article.article' | 'api::unit.unit', documentId: string): string =>
  `${CONTENT_MANAGER}/${uid}/${encodeURIComponent(documentId)}`;

/** A link the server gives as /admin/content-manager/…, as a path inside the admin router; null for other links. */
export const routerPathOf = (link: string | null | undefined): string | null => {
  if (!link) return null;
  const path = link.startsWith('/admin/') ? link.slice('/admin'.length) : link;
  return path.startsWith(`${CONTENT_MANAGER}/`) ? path : null;
};
