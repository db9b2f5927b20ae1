import { Bell } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { READ_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { APP_PATH } from './routes';
import { loadTranslations } from './translations';

export default {
  register(app: StrapiApp) {
    // 逾期提醒: the dashboard, the notification log and run now / preview (tabs inside the plugin's app).
    app.addMenuLink({
      to: APP_PATH,
      icon: Bell,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Overdue alerts' },
      permissions: READ_PERMISSIONS,
      Component: () => import('./pages/App').then((mod) => ({ default: mod.App })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  registerTrads: loadTranslations,
};
