import * as React from 'react';

import { Layouts, Page } from '@strapi/strapi/admin';

export interface PluginPageProps<K extends string> {
  /** The page, for its tab. */
  page: K;
  title: string;
  subtitle?: string;
  primaryAction?: React.ReactNode;
  secondaryAction?: React.ReactNode;
  busy?: boolean;
  children: React.ReactNode;
}

export interface PluginPageParts<K extends string> {
  /** The plugin's tabs (kit NavTabs with the pages the user may open). */
  Tabs: React.ComponentType<{ current: K }>;
  /** Shown above the tabs on every page (e.g. the password banner). */
  Banner?: React.ComponentType;
}

/** One page of a plugin: Strapi's header, the tabs of the plugin's pages, the content. */
export const createPluginPage = <K extends string>({ Tabs, Banner }: PluginPageParts<K>) =>
  function PluginPage({ page, title, subtitle, primaryAction, secondaryAction, busy, children }: PluginPageProps<K>) {
    return (
      <Page.Main aria-busy={busy}>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} secondaryAction={secondaryAction} />
        <Layouts.Content>
          {Banner ? <Banner /> : null}
          <Tabs current={page} />
          {children}
        </Layouts.Content>
      </Page.Main>
    );
  };
