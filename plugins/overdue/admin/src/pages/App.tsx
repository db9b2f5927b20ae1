import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';

import { READ_PERMISSIONS } from '../permissions';
import { DashboardPage } from './DashboardPage';
import { LogPage } from './LogPage';
import { RunPage } from './RunPage';

/** The plugin's pages under /admin/plugins/overdue: 总览, 发送记录, 立即扫描 / 预览 (all need dashboard.read). */
export const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="log" element={<LogPage />} />
      <Route path="run" element={<RunPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  </Page.Protect>
);
