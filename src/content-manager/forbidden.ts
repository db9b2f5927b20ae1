/**
 * Why the content-manager refused (issue #11 item 4): Strapi answers a refused entry with a bare "Forbidden",
 * which the admin shows as is. For the content-manager's entry routes we say what was refused and what to do.
 * Pure: no Strapi import; src/middlewares/readable-errors.ts applies it to a 403 whose message is Strapi's own.
 */
import { bilingual, type Bilingual } from '@content-assurance/kit/shared';

/** Our content types by uid, as a person names them (稿件 …). */
const TYPE_NAMES: Record<string, Bilingual> = {
  'api::article.article': bilingual('稿件', 'item'),
  'api::interpretation.interpretation': bilingual('政策解读', 'policy interpretation'),
  'api::reply.reply': bilingual('回复', 'reply'),
  'api::inquiry.inquiry': bilingual('留言', 'inquiry'),
  'api::column.column': bilingual('栏目', 'column'),
  'api::unit.unit': bilingual('保障单位', 'unit'),
  'api::unit-group.unit-group': bilingual('单位组', 'unit group'),
};

type Action = 'open' | 'create' | 'edit' | 'delete' | 'publish' | 'unpublish' | 'discard' | 'clone' | 'list';

const ACTION_NAMES: Record<Action, Bilingual> = {
  open: bilingual('打开', 'open'),
  create: bilingual('新建', 'create'),
  edit: bilingual('修改', 'edit'),
  delete: bilingual('删除', 'delete'),
  publish: bilingual('发布', 'publish'),
  unpublish: bilingual('撤下', 'unpublish'),
  discard: bilingual('放弃修改', 'discard the draft of'),
  clone: bilingual('复制', 'copy'),
  list: bilingual('查看', 'list'),
};

const ENTRY_ROUTE = /^\/content-manager\/(?:collection-types|single-types)\/([^/]+)((?:\/[^/]+)*)\/?$/;

/** The action a content-manager request asks for, or null for a path that is not one of its entry routes. */
export const contentManagerAction = (method: string, path: string): { uid: string; action: Action } | null => {
  const match = ENTRY_ROUTE.exec(path);
  if (!match) return null;
  const uid = match[1];
  // <documentId>, actions/<name>, <documentId>/actions/<name> or clone/<documentId>
  const rest = match[2].split('/').filter(Boolean);
  const actionAt = rest.indexOf('actions');
  const actionName = actionAt >= 0 ? rest[actionAt + 1] : undefined;
  const documentId = actionAt === 0 ? undefined : rest[0];
  const verb = method.toUpperCase();
  if (documentId === 'clone' || actionName === 'clone') return { uid, action: 'clone' };
  if (actionName) {
    const action = (['publish', 'unpublish', 'discard'] as const).find((a) => actionName === a || actionName === `bulk${a[0].toUpperCase()}${a.slice(1)}`);
    if (action) return { uid, action };
    if (actionName === 'bulkDelete') return { uid, action: 'delete' };
    return null;
  }
  if (verb === 'GET') return { uid, action: documentId ? 'open' : 'list' };
  if (verb === 'POST' && !documentId) return { uid, action: 'create' };
  if (verb === 'PUT') return { uid, action: 'edit' };
  if (verb === 'DELETE') return { uid, action: 'delete' };
  return null;
};

/**
 * The message for a refused content-manager request: what was refused, the usual reason (the entry lies
 * outside the columns of the person's units, or the person's role lacks the action) and what to do.
 */
export const explainForbidden = (method: string, path: string): Bilingual | null => {
  const request = contentManagerAction(method, path);
  if (!request) return null;
  const type = TYPE_NAMES[request.uid] ?? bilingual('条目', 'entry');
  const action = ACTION_NAMES[request.action];
  return bilingual(
    `您无权${action['zh-Hans']}此${type['zh-Hans']}：它不在您所在单位负责的栏目中，或您的角色没有这项权限。` +
      '请在“我的栏目”中查看您负责的栏目；确需处理的，请联系网站管理员调整任务分工表或角色权限。',
    `You may not ${action.en} this ${type.en}: it is outside the columns your units are responsible for, or your role ` +
      'does not allow it. "My columns" lists the columns you work in; if you need this one, ask the site administrator ' +
      'to change the responsibility table or your role.',
  );
};
