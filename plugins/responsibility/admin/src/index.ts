import { Briefcase, Clock } from '@strapi/icons';
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
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  registerTrads: loadTranslations,
};
