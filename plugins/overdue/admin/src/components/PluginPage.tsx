import { createPluginPage } from '@content-assurance/kit/admin';

import { NavTabs, type PageKey } from './NavTabs';

/** One page of the plugin: Strapi's header, the tabs of the plugin's pages, the content. */
export const PluginPage = createPluginPage<PageKey>({ Tabs: NavTabs });
