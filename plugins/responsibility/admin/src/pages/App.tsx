import * as React from 'react';

import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';

import { pageUrl } from '../components/NavTabs';
import { READ_PERMISSIONS } from '../permissions';
import { DutiesPage } from './DutiesPage';
import { ImportExportPage } from './ImportExportPage';
import { MyColumnsPage } from './MyColumnsPage';
import { TablePage } from './TablePage';

const Protected = ({ children }: { children: React.ReactNode }) => <Page.Protect permissions={READ_PERMISSIONS}>{children}</Page.Protect>;

/** The plugin's pages under /admin/plugins/responsibility: 任务分工表, 导入/导出, 单位职责, 我的栏目. */
export const App = () => (
  <Routes>
    <Route
      index
      element={
        <Protected>
          <TablePage />
        </Protected>
      }
    />
    <Route
      path="import-export"
      element={
        <Protected>
          <ImportExportPage />
        </Protected>
      }
    />
    <Route
      path="duties"
      element={
        <Protected>
          <DutiesPage />
        </Protected>
      }
    />
    <Route path="my-columns" element={<Navigate to={pageUrl('my-columns')} replace />} />
    <Route path="*" element={<Navigate to="." replace />} />
  </Routes>
);

/** 我的栏目 on its own menu link: every admin user may see it, with or without the table's read permission. */
export const MyColumnsApp = () => <MyColumnsPage />;
