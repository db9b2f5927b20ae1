import * as React from 'react';

import { isFetchError, useFetchClient, type FetchClient } from '@strapi/strapi/admin';
import { withQuery } from '@content-assurance/kit/admin';

import { PLUGIN_ID } from './pluginId';
import type { FindingsOverview, NotificationPage, NotificationQuery, PreviewResult, ScanRunView, Unit } from './types';

/** The plugin's admin routes are served at /overdue/… and take the admin JWT (the fetch client sends it). */
const BASE = `/${PLUGIN_ID}`;

/** The run a 409 answer names (the scan already running), when it does. */
export const runningRun = (error: unknown): ScanRunView | null => {
  if (!isFetchError(error)) return null;
  const details = (error.response?.data?.error as { details?: { run?: ScanRunView | null } } | undefined)?.details;
  return details?.run ?? null;
};

export interface OverdueApi {
  /** GET /overdue/findings: what a scan would find now, the veto risk, the history and the last runs. */
  findings(signal?: AbortSignal): Promise<FindingsOverview>;
  /** POST /overdue/preview: the findings and the emails that would go; nothing written, nothing sent. */
  preview(): Promise<PreviewResult>;
  /** POST /overdue/run: start a scan now; answers at once (202) with the queued run (409 while another scan runs). */
  run(): Promise<ScanRunView>;
  /** GET /overdue/runs/:id: a run and its progress. */
  getRun(id: number, signal?: AbortSignal): Promise<ScanRunView>;
  /** GET /overdue/notifications: the notification log, newest first. */
  notifications(query: NotificationQuery, signal?: AbortSignal): Promise<NotificationPage>;
  /** The units, from the responsibility plugin (needs its read permission; the caller falls back to ids). */
  units(signal?: AbortSignal): Promise<Unit[]>;
}

/** Every call of the admin pages, typed. Signals let a page drop the answer of a request it no longer needs. */
export const createApi = (client: FetchClient): OverdueApi => ({
  async findings(signal) {
    const { data } = await client.get<FindingsOverview>(`${BASE}/findings`, { signal });
    return data;
  },
  async preview() {
    const { data } = await client.post<PreviewResult>(`${BASE}/preview`, {});
    return data;
  },
  async run() {
    const { data } = await client.post<{ run: ScanRunView }>(`${BASE}/run`, {});
    return data.run;
  },
  async getRun(id, signal) {
    const { data } = await client.get<{ run: ScanRunView }>(`${BASE}/runs/${id}`, { signal });
    return data.run;
  },
  async notifications(query, signal) {
    const { data } = await client.get<NotificationPage>(withQuery(`${BASE}/notifications`, { ...query }), { signal });
    return data;
  },
  async units(signal) {
    const { data } = await client.get<{ units: Unit[] }>('/responsibility/owners', { signal });
    return data.units ?? [];
  },
});

/** The API bound to the admin's fetch client (stable; it carries the admin JWT). */
export const useApi = (): OverdueApi => {
  const client = useFetchClient();
  return React.useMemo(() => createApi(client), [client]);
};
