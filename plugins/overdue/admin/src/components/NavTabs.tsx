import { Box, Tabs } from '@strapi/design-system';
import { useNavigate } from 'react-router-dom';

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
  const navigate = useNavigate();
  return (
    <Box paddingBottom={6}>
      <Tabs.Root variant="simple" value={current} onValueChange={(value) => navigate(pageUrl(value as PageKey))}>
        <Tabs.List aria-label={t('nav.label')}>
          {PAGES.map((page) => (
            <Tabs.Trigger key={page.key} value={page.key}>
              {t(page.label)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs.Root>
    </Box>
  );
};
