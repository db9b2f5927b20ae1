import { Briefcase, Clock, Lock } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { READ_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { APP_PATH, MY_COLUMNS_PATH } from './routes';
import { loadTranslations } from './translations';

export default {
  register(app: StrapiApp) {
    // 任务分工表: the table, import/export and unit duties (needs the table's read permission).
    app.addMenuLink({
      to: APP_PATH,
      icon: Briefcase,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Responsibility table' },
      permissions: READ_PERMISSIONS,
      Component: () => import('./pages/App').then((mod) => ({ default: mod.App })),
    });
    // 我的栏目: the columns of the user's units, for every admin user.
    app.addMenuLink({
      to: MY_COLUMNS_PATH,
      icon: Clock,
      intlLabel: { id: `${PLUGIN_ID}.nav.my-columns`, defaultMessage: 'My columns' },
      permissions: [],
      Component: () => import('./pages/App').then((mod) => ({ default: mod.MyColumnsApp })),
    });
    // 密码状态 on the home page: expiry, the warning before it, a forced change (000 二(四)).
    app.widgets.register({
      id: 'password-status',
      pluginId: PLUGIN_ID,
      icon: Lock,
      title: { id: `${PLUGIN_ID}.password.widget.title`, defaultMessage: 'Password' },
      link: { label: { id: `${PLUGIN_ID}.password.change`, defaultMessage: 'Change my password' }, href: '/me' },
      component: () => import('./components/account/PasswordStatusWidget').then((mod) => mod.PasswordStatusWidget),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  registerTrads: loadTranslations,
};
