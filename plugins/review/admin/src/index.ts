import { SealCheck } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

import { ReviewPanel } from './components/panel/ReviewPanel';
import { ANY_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { APP_PATH } from './routes';
import { loadTranslations } from './translations';

interface ContentManagerApis {
  addEditViewSidePanel?: (panels: PanelComponent[]) => void;
}

export default {
  register(app: StrapiApp) {
    // 待我审核 and the review's settings and records (tabs inside the plugin's app).
    app.addMenuLink({
      to: APP_PATH,
      icon: SealCheck,
      intlLabel: { id: `${PLUGIN_ID}.nav.menu`, defaultMessage: 'Awaiting my review' },
      permissions: ANY_PERMISSIONS,
      Component: () => import('./pages/App').then((mod) => ({ default: mod.App })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: StrapiApp) {
    // 审核 panel in the content-manager's edit view (it shows itself for the reviewed types only).
    const apis = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
    if (apis && typeof apis.addEditViewSidePanel === 'function') apis.addEditViewSidePanel([ReviewPanel]);
  },

  registerTrads: loadTranslations,
};
