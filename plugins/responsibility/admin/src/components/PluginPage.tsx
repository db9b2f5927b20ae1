import * as React from 'react';

import { Layouts, Page } from '@strapi/strapi/admin';

import { PasswordStatusBanner } from './account/PasswordStatusWidget';
import { NavTabs, type PageKey } from './NavTabs';

export interface PluginPageProps {
  page: PageKey;
  title: string;
  subtitle?: string;
  primaryAction?: React.ReactNode;
  secondaryAction?: React.ReactNode;
  busy?: boolean;
  children: React.ReactNode;
}

/** One page of the plugin: Strapi's header, the tabs of the plugin's pages, the content. */
export const PluginPage = ({ page, title, subtitle, primaryAction, secondaryAction, busy, children }: PluginPageProps) => (
  <Page.Main aria-busy={busy}>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} secondaryAction={secondaryAction} />
    <Layouts.Content>
      <PasswordStatusBanner />
      <NavTabs current={page} />
      {children}
    </Layouts.Content>
  </Page.Main>
);
