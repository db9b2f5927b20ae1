import { NavTabs as Tabs } from '@content-assurance/kit/admin';

import { usePermissions, type ReviewPermissions } from '../hooks/usePermissions';
import { APP_PATH } from '../routes';
import { useT, type MessageKey } from '../utils/i18n';

export type PageKey = 'waiting' | 'words' | 'workflows' | 'ledger' | 'audit';

export const PAGES: { key: PageKey; path: string; label: MessageKey; allowed: (p: ReviewPermissions) => boolean }[] = [
  { key: 'waiting', path: '', label: 'nav.waiting', allowed: (p) => p.canParticipate },
  { key: 'words', path: 'words', label: 'nav.words', allowed: (p) => p.canManageSettings },
  { key: 'workflows', path: 'workflows', label: 'nav.workflows', allowed: (p) => p.canManageSettings },
  { key: 'ledger', path: 'ledger', label: 'nav.ledger', allowed: (p) => p.canReadRecords },
  { key: 'audit', path: 'audit', label: 'nav.audit', allowed: (p) => p.canReadRecords },
];

export const pageUrl = (key: PageKey): string => {
  const page = PAGES.find((p) => p.key === key);
  return page?.path ? `/${APP_PATH}/${page.path}` : `/${APP_PATH}`;
};

/** The plugin's pages as tabs under the header; those the user may not open are left out. */
export const NavTabs = ({ current }: { current: PageKey }) => {
  const t = useT();
  const permissions = usePermissions();
  const tabs = PAGES.filter((page) => page.allowed(permissions) || page.key === current).map((page) => ({
    key: page.key,
    url: pageUrl(page.key),
    label: t(page.label),
  }));
  return <Tabs tabs={tabs} current={current} label={t('nav.label')} />;
};
