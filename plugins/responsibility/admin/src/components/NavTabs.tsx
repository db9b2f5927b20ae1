import { NavTabs as Tabs } from '@content-assurance/kit/admin';

import { usePermissions } from '../hooks/usePermissions';
import { APP_PATH, MY_COLUMNS_PATH } from '../routes';
import { useT, type MessageKey } from '../utils/i18n';

export type PageKey = 'table' | 'import-export' | 'duties' | 'my-columns';

const PAGES: { key: PageKey; url: string; label: MessageKey; needsRead: boolean }[] = [
  { key: 'table', url: `/${APP_PATH}`, label: 'nav.table', needsRead: true },
  { key: 'import-export', url: `/${APP_PATH}/import-export`, label: 'nav.import-export', needsRead: true },
  { key: 'duties', url: `/${APP_PATH}/duties`, label: 'nav.duties', needsRead: true },
  { key: 'my-columns', url: `/${MY_COLUMNS_PATH}`, label: 'nav.my-columns', needsRead: false },
];

export const pageUrl = (key: PageKey): string => PAGES.find((p) => p.key === key)?.url ?? `/${APP_PATH}`;

/** The plugin's pages as tabs under the header; those the user may not read are left out. */
export const NavTabs = ({ current }: { current: PageKey }) => {
  const t = useT();
  const { canRead } = usePermissions();
  const tabs = PAGES.filter((page) => canRead || !page.needsRead).map((page) => ({ key: page.key, url: page.url, label: t(page.label) }));
  return <Tabs tabs={tabs} current={current} label={t('nav.label')} />;
};
