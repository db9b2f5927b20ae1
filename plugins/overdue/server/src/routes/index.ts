const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];
const READ = 'plugin::overdue.dashboard.read';
const RUN = 'plugin::overdue.scan.run';

/** Admin routes (admin JWT) at /overdue/...; the content API at /api/overdue/... */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/findings', handler: 'admin.findings', config: { policies: can(READ) } },
      { method: 'GET', path: '/notifications', handler: 'admin.notifications', config: { policies: can(READ) } },
      { method: 'POST', path: '/preview', handler: 'admin.preview', config: { policies: can(READ) } },
      { method: 'POST', path: '/run', handler: 'admin.run', config: { policies: can(RUN) } },
      { method: 'GET', path: '/runs/:id', handler: 'admin.getRun', config: { policies: can(READ) } },
      { method: 'POST', path: '/activity/rebuild', handler: 'admin.rebuildActivity', config: { policies: can(RUN) } },
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/health', handler: 'health.check', config: { auth: false, policies: [] } },
      { method: 'GET', path: '/column-health', handler: 'column-health.find', config: { policies: [] } },
    ],
  },
};
