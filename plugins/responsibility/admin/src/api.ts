import * as React from 'react';

import { useFetchClient, type FetchClient } from '@strapi/strapi/admin';
import { errorMessage, fileNameOf, serverError, withQuery } from '@content-assurance/kit/admin';

import { PLUGIN_ID } from './pluginId';
import type {
  AdminUserOption,
  AssignmentFilters,
  AssignmentInput,
  AssignmentList,
  ColumnDuty,
  ColumnStatus,
  DutyChangePage,
  DutyFilters,
  DutyInput,
  DutyRecord,
  ExportFormat,
  ExportHeaders,
  ImportOutcome,
  ImportReport,
  MyColumns,
  Owners,
  PasswordStatus,
} from './types';

/** The plugin's admin routes are served at /responsibility/… and take the admin JWT (the fetch client sends it). */
const BASE = `/${PLUGIN_ID}`;

const isImportReport = (value: unknown): value is ImportReport =>
  typeof value === 'object' && value !== null && 'problems' in value && 'assignments' in value && 'columns' in value;

/** Every call of the admin pages, typed. Signals let a page drop the answer of a request it no longer needs. */
export const createApi = (client: FetchClient) => ({
  async assignments(filters: AssignmentFilters, signal?: AbortSignal): Promise<AssignmentList> {
    const { data } = await client.get<AssignmentList>(withQuery(`${BASE}/assignments`, { ...filters }), { signal });
    return data;
  },

  async createAssignment(input: AssignmentInput & { columnId: number }): Promise<{ id: number }> {
    const { data } = await client.post<{ id: number }>(`${BASE}/assignments`, input);
    return data;
  },

  async updateAssignment(id: number, input: AssignmentInput): Promise<{ id: number }> {
    const { data } = await client.put<{ id: number }>(`${BASE}/assignments/${id}`, input);
    return data;
  },

  async deleteAssignment(id: number): Promise<void> {
    await client.del(`${BASE}/assignments/${id}`);
  },

  async owners(signal?: AbortSignal): Promise<Owners> {
    const { data } = await client.get<Owners>(`${BASE}/owners`, { signal });
    return data;
  },

  async columns(signal?: AbortSignal): Promise<ColumnStatus[]> {
    const { data } = await client.get<{ results: ColumnStatus[] }>(`${BASE}/columns`, { signal });
    return data.results;
  },

  async columnDuty(columnId: number, signal?: AbortSignal): Promise<ColumnDuty> {
    const { data } = await client.get<ColumnDuty>(`${BASE}/columns/${columnId}/duty`, { signal });
    return data;
  },

  async myColumns(signal?: AbortSignal): Promise<MyColumns> {
    const { data } = await client.get<MyColumns>(`${BASE}/my-columns`, { signal });
    return data;
  },

  /** Dry run or commit of a table file. A file with problems answers 400 with the same report in `error.details`. */
  async importTable(file: File, dryRun: boolean): Promise<ImportOutcome> {
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const { data } = await client.post<ImportReport>(withQuery(`${BASE}/import`, { dryRun }), form);
      return { report: data };
    } catch (error) {
      const details = serverError(error)?.details;
      const message = errorMessage(error) ?? String(error);
      if (isImportReport(details)) return { report: details, message };
      return { report: null, message };
    }
  },

  async exportTable(format: ExportFormat, headers: ExportHeaders): Promise<{ blob: Blob; filename: string }> {
    const response = await client.get(withQuery(`${BASE}/export`, { format, headers }), { responseType: 'blob' });
    return { blob: response.data, filename: fileNameOf(response.headers, `responsibility-table.${format}`) };
  },

  async duties(filters: DutyFilters, signal?: AbortSignal): Promise<DutyRecord[]> {
    const { data } = await client.get<{ results: DutyRecord[] }>(withQuery(`${BASE}/duties`, { ...filters }), { signal });
    return data.results;
  },

  async assignDuty(input: DutyInput): Promise<DutyRecord> {
    const { data } = await client.post<DutyRecord>(`${BASE}/duties`, input);
    return data;
  },

  async revokeDuty(id: number): Promise<DutyRecord> {
    const { data } = await client.del<DutyRecord>(`${BASE}/duties/${id}`);
    return data;
  },

  async dutyChanges(page: number, pageSize: number, signal?: AbortSignal): Promise<DutyChangePage> {
    const { data } = await client.get<DutyChangePage>(withQuery(`${BASE}/duties/changes`, { page, pageSize }), { signal });
    return data;
  },

  async passwordStatus(signal?: AbortSignal): Promise<PasswordStatus> {
    const { data } = await client.get<PasswordStatus>(`${BASE}/account/password-status`, { signal });
    return data;
  },

  async adminUsers(signal?: AbortSignal): Promise<AdminUserOption[]> {
    const { data } = await client.get<{ results: AdminUserOption[] }>(`${BASE}/admin-users`, { signal });
    return data.results;
  },
});

export type ResponsibilityApi = ReturnType<typeof createApi>;

/** The API with the admin's fetch client (admin JWT, token refresh). Stable for the component's life. */
export const useApi = (): ResponsibilityApi => {
  const client = useFetchClient();
  return React.useMemo(() => createApi(client), [client]);
};
