import * as React from 'react';

import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';

import { PAGES, pageUrl } from '../components/NavTabs';
import { usePermissions } from '../hooks/usePermissions';
import { RECORDS_PERMISSIONS, SETTINGS_PERMISSIONS } from '../permissions';
import { AuditPage } from './AuditPage';
import { LedgerPage } from './LedgerPage';
import { WaitingPage } from './WaitingPage';
import { WordsPage } from './WordsPage';
import { WorkflowsPage } from './WorkflowsPage';

type Permissions = { action: string; subject: null }[];
const Protected = ({ permissions, children }: { permissions: Permissions; children: React.ReactNode }) => (
  <Page.Protect permissions={permissions}>{children}</Page.Protect>
);

/** 待我审核 for those who take part in reviews; else the first page the user may open. */
const Index = () => {
  const permissions = usePermissions();
  if (permissions.isLoading) return <Page.Loading />;
  if (permissions.canParticipate) return <WaitingPage />;
  const first = PAGES.find((page) => page.allowed(permissions));
  return first ? <Navigate to={pageUrl(first.key)} replace /> : <Page.NoPermissions />;
};

/** The plugin's pages under /admin/plugins/review: 待我审核, 错敏词库, 审核流程, 台账导出, 留痕校验. */
export const App = () => (
  <Routes>
    <Route index element={<Index />} />
    <Route
      path="words"
      element={
        <Protected permissions={SETTINGS_PERMISSIONS}>
          <WordsPage />
        </Protected>
      }
    />
    <Route
      path="workflows"
      element={
        <Protected permissions={SETTINGS_PERMISSIONS}>
          <WorkflowsPage />
        </Protected>
      }
    />
    <Route
      path="ledger"
      element={
        <Protected permissions={RECORDS_PERMISSIONS}>
          <LedgerPage />
        </Protected>
      }
    />
    <Route
      path="audit"
      element={
        <Protected permissions={RECORDS_PERMISSIONS}>
          <AuditPage />
        </Protected>
      }
    />
    <Route path="*" element={<Navigate to="." replace />} />
  </Routes>
);
