import { contentManagerAction, explainForbidden } from './forbidden';

const ARTICLE = 'api::article.article';

describe('the action of a refused content-manager request', () => {
  it.each([
    ['GET', `/content-manager/collection-types/${ARTICLE}/abc123`, 'open'],
    ['GET', `/content-manager/collection-types/${ARTICLE}`, 'list'],
    ['POST', `/content-manager/collection-types/${ARTICLE}`, 'create'],
    ['PUT', `/content-manager/collection-types/${ARTICLE}/abc123`, 'edit'],
    ['DELETE', `/content-manager/collection-types/${ARTICLE}/abc123`, 'delete'],
    ['POST', `/content-manager/collection-types/${ARTICLE}/abc123/actions/publish`, 'publish'],
    ['POST', `/content-manager/collection-types/${ARTICLE}/abc123/actions/unpublish`, 'unpublish'],
    ['POST', `/content-manager/collection-types/${ARTICLE}/abc123/actions/discard`, 'discard'],
    ['POST', `/content-manager/collection-types/${ARTICLE}/actions/bulkPublish`, 'publish'],
    ['POST', `/content-manager/collection-types/${ARTICLE}/actions/bulkDelete`, 'delete'],
    ['POST', `/content-manager/collection-types/${ARTICLE}/clone/abc123`, 'clone'],
  ])('%s %s → %s', (method, path, action) => {
    expect(contentManagerAction(method, path)).toEqual({ uid: ARTICLE, action });
  });

  it('is null outside the content-manager entry routes', () => {
    expect(contentManagerAction('GET', '/review/queue')).toBeNull();
    expect(contentManagerAction('GET', '/content-manager/init')).toBeNull();
    expect(contentManagerAction('POST', `/content-manager/collection-types/${ARTICLE}/abc/actions/countDraftRelations`)).toBeNull();
  });
});

describe('the explanation', () => {
  it('names the refused action and the kind of entry, the reason and what to do, in both languages', () => {
    const text = explainForbidden('PUT', `/content-manager/collection-types/api::reply.reply/x1`);
    expect(text?.['zh-Hans']).toBe(
      '您无权修改此回复：它不在您所在单位负责的栏目中，或您的角色没有这项权限。请在“我的栏目”中查看您负责的栏目；确需处理的，请联系网站管理员调整任务分工表或角色权限。',
    );
    expect(text?.en).toMatch(/^You may not edit this reply: it is outside the columns your units are responsible for/);
  });

  it('calls an entry of a type it does not know an entry', () => {
    expect(explainForbidden('GET', '/content-manager/collection-types/plugin::users-permissions.user/7')?.['zh-Hans']).toMatch(/^您无权打开此条目：/);
  });
});
