import { Box, Tabs } from '@strapi/design-system';
import { useNavigate } from 'react-router-dom';

export interface NavTab<K extends string> {
  key: K;
  /** The page's path inside the admin router (its basename is /admin). */
  url: string;
  /** The tab's text, in the interface language. */
  label: string;
}

export interface NavTabsProps<K extends string> {
  /** The tabs the user may open, in order. */
  tabs: NavTab<K>[];
  current: K;
  /** The tab list's accessible name. */
  label: string;
}

/** A plugin's pages as tabs under the header; nothing when there is only one to show. */
export const NavTabs = <K extends string>({ tabs, current, label }: NavTabsProps<K>) => {
  const navigate = useNavigate();
  if (tabs.length < 2) return null;
  return (
    <Box paddingBottom={6}>
      <Tabs.Root
        variant="simple"
        value={current}
        onValueChange={(value) => {
          const tab = tabs.find((t) => t.key === value);
          if (tab) navigate(tab.url);
        }}
      >
        <Tabs.List aria-label={label}>
          {tabs.map((tab) => (
            <Tabs.Trigger key={tab.key} value={tab.key}>
              {tab.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs.Root>
    </Box>
  );
};
