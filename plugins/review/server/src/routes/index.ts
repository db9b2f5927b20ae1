import { ACTIONS } from '../permissions';

const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];
const route = (method: string, path: string, handler: string, policies: unknown[]) => ({ method, path, handler, config: { policies } });
const item = '/items/:type/:documentId';

/** Admin routes (admin JWT), served at /review/...; the health route on the content API. */
export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/waiting', 'items.waiting', can(ACTIONS.participate)),
      route('GET', item, 'items.view', can(ACTIONS.participate)),
      route('POST', `${item}/submit`, 'items.submit', can(ACTIONS.participate)),
      route('POST', `${item}/withdraw`, 'items.withdraw', can(ACTIONS.participate)),
      route('POST', `${item}/decisions`, 'items.decide', can(ACTIONS.participate)),
      route('POST', `${item}/publish`, 'items.publish', can(ACTIONS.participate)),
      route('POST', `${item}/urgent-publish`, 'items.urgentPublish', can(ACTIONS.participate)),
      route('GET', `${item}/history`, 'records.history', can(ACTIONS.participate)),
      route('GET', `${item}/approval-sheet`, 'records.approvalSheet', can(ACTIONS.participate)),
      route('GET', '/audit/verify', 'records.verify', can(ACTIONS.records)),
      route('GET', '/ledger', 'records.ledger', can(ACTIONS.records)),
      route('GET', '/workflows', 'settings.workflows', can(ACTIONS.participate)),
      route('POST', '/workflows', 'settings.createWorkflow', can(ACTIONS.settings)),
      route('PUT', '/workflows/:id', 'settings.updateWorkflow', can(ACTIONS.settings)),
      route('DELETE', '/workflows/:id', 'settings.deleteWorkflow', can(ACTIONS.settings)),
      route('GET', '/words', 'settings.words', can(ACTIONS.participate)),
      route('POST', '/words', 'settings.addWord', can(ACTIONS.settings)),
      route('PUT', '/words/:id', 'settings.updateWord', can(ACTIONS.settings)),
      route('DELETE', '/words/:id', 'settings.deleteWord', can(ACTIONS.settings)),
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/health', handler: 'health.check', config: { auth: false, policies: [] } }],
  },
};
