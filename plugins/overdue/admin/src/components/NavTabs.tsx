import { NavTabs as Tabs } from '@content-assurance/kit/admin';

import { APP_PATH } from '../routes';
import { useT, type MessageKey } from '../utils/i18n';

export type PageKey = 'dashboard' | 'log' | 'run';

export const PAGES: { key: PageKey; path: string; label: MessageKey }[] = [
  { key: 'dashboard', path: '', label: 'nav.dashboard' },
  { key: 'log', path: 'log', label: 'nav.log' },
  { key: 'run', path: 'run', label: 'nav.run' },
];

export const pageUrl = (key: PageKey): string => {
  const page = PAGES.find((p) => p.key === key);
  return page?.path ? `/${APP_PATH}/${page.path}` : `/${APP_PATH}`;
};

/** The plugin's pages as tabs under the header (all need the dashboard's read permission). */
export const NavTabs = ({ current }: { current: PageKey }) => {
  const t = useT();
  const tabs = PAGES.map((page) => ({ key: page.key, url: pageUrl(page.key), label: t(page.label) }));
  return <Tabs tabs={tabs} current={current} label={t('nav.label')} />;
};
