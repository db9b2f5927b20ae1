import { ACTIONS } from '../permissions';

/** Admin routes (admin JWT), served at /responsibility/...; the health route on the content API. */
const can = (...actions: string[]) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }];
const authenticated = ['admin::isAuthenticatedAdmin'];

const route = (method: string, path: string, handler: string, policies: unknown[]) => ({ method, path, handler, config: { policies } });

export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/assignments', 'assignments.find', can(ACTIONS.read)),
      route('POST', '/assignments', 'assignments.create', can(ACTIONS.manage)),
      route('PUT', '/assignments/:id', 'assignments.update', can(ACTIONS.manage)),
      route('DELETE', '/assignments/:id', 'assignments.delete', can(ACTIONS.manage)),
      route('GET', '/columns', 'table.columns', can(ACTIONS.read)),
      route('GET', '/columns/:id/duty', 'table.duty', can(ACTIONS.read)),
      route('GET', '/my-columns', 'table.mine', authenticated),
      route('GET', '/owners', 'table.owners', can(ACTIONS.read)),
      route('POST', '/import', 'table.import', can(ACTIONS.manage)),
      route('GET', '/export', 'table.export', can(ACTIONS.read)),
      route('GET', '/duties', 'duties.find', can(ACTIONS.read)),
      route('POST', '/duties', 'duties.create', can(ACTIONS.manageDuties)),
      route('PUT', '/duties/:id', 'duties.update', can(ACTIONS.manageDuties)),
      route('DELETE', '/duties/:id', 'duties.delete', can(ACTIONS.manageDuties)),
      route('GET', '/duties/changes', 'duties.changes', can(ACTIONS.read)),
      route('GET', '/admin-users', 'duties.users', can(ACTIONS.manageDuties)),
      // the person's own password status (allowed while their password must be changed)
      route('GET', '/account/password-status', 'account.passwordStatus', authenticated),
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/health', handler: 'health.check', config: { auth: false, policies: [] } }],
  },
};
