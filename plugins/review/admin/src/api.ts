import * as React from 'react';

import { useFetchClient, type FetchClient } from '@strapi/strapi/admin';
import { fileNameOf, withQuery } from '@content-assurance/kit/admin';

import { PLUGIN_ID } from './pluginId';
import {
  SUBJECT_TYPES,
  type AuditVerification,
  type DecisionKind,
  type LedgerFormat,
  type LedgerQuery,
  type LedgerRow,
  type NamedEntry,
  type ReviewHistory,
  type ReviewView,
  type SensitiveWord,
  type SubjectUid,
  type WaitingItem,
  type WordInput,
  type Workflow,
  type WorkflowInput,
} from './types';

/** The plugin's admin routes are served at /review/… and take the admin JWT (the fetch client sends it). */
const BASE = `/${PLUGIN_ID}`;

/** /review/items/article/<documentId> */
const itemPath = (uid: SubjectUid, documentId: string): string => `${BASE}/items/${SUBJECT_TYPES[uid]}/${encodeURIComponent(documentId)}`;

interface CollectionPage {
  results: { id: number; name?: string | null }[];
  pagination?: { page: number; pageCount: number };
}

export interface ReviewApi {
  view(uid: SubjectUid, documentId: string, signal?: AbortSignal): Promise<ReviewView>;
  submit(uid: SubjectUid, documentId: string): Promise<ReviewView>;
  withdraw(uid: SubjectUid, documentId: string): Promise<ReviewView>;
  publish(uid: SubjectUid, documentId: string): Promise<ReviewView>;
  decide(uid: SubjectUid, documentId: string, input: { levelKey: string; decision: DecisionKind; opinion: string | null }): Promise<ReviewView>;
  urgentPublish(uid: SubjectUid, documentId: string, reason: string): Promise<ReviewView>;
  history(uid: SubjectUid, documentId: string, signal?: AbortSignal): Promise<ReviewHistory>;
  approvalSheetHtml(uid: SubjectUid, documentId: string, signal?: AbortSignal): Promise<string>;
  waiting(signal?: AbortSignal): Promise<WaitingItem[]>;
  workflows(signal?: AbortSignal): Promise<Workflow[]>;
  createWorkflow(input: WorkflowInput): Promise<{ id: number }>;
  updateWorkflow(id: number, input: Partial<WorkflowInput>): Promise<{ id: number }>;
  deleteWorkflow(id: number): Promise<void>;
  words(signal?: AbortSignal): Promise<SensitiveWord[]>;
  addWord(input: WordInput): Promise<SensitiveWord>;
  updateWord(id: number, input: Partial<WordInput>): Promise<SensitiveWord>;
  deleteWord(id: number): Promise<void>;
  verifyAudit(signal?: AbortSignal): Promise<AuditVerification>;
  ledger(query: LedgerQuery, signal?: AbortSignal): Promise<LedgerRow[]>;
  ledgerFile(query: LedgerQuery, format: LedgerFormat): Promise<{ blob: Blob; filename: string }>;
  /** Units or columns, read through the content-manager (needs its read permission; the caller falls back to ids). */
  namedEntries(uid: 'api::unit.unit' | 'api::column.column', signal?: AbortSignal): Promise<NamedEntry[]>;
}

/** Every call of the admin pages, typed. Signals let a page drop the answer of a request it no longer needs. */
export const createApi = (client: FetchClient): ReviewApi => ({
  async view(uid, documentId, signal) {
    const { data } = await client.get<ReviewView>(itemPath(uid, documentId), { signal });
    return data;
  },
  async submit(uid, documentId) {
    const { data } = await client.post<ReviewView>(`${itemPath(uid, documentId)}/submit`);
    return data;
  },
  async withdraw(uid, documentId) {
    const { data } = await client.post<ReviewView>(`${itemPath(uid, documentId)}/withdraw`);
    return data;
  },
  async publish(uid, documentId) {
    const { data } = await client.post<ReviewView>(`${itemPath(uid, documentId)}/publish`);
    return data;
  },
  async decide(uid, documentId, input) {
    const body: { levelKey: string; decision: DecisionKind; opinion?: string } = { levelKey: input.levelKey, decision: input.decision };
    if (input.opinion) body.opinion = input.opinion;
    const { data } = await client.post<ReviewView>(`${itemPath(uid, documentId)}/decisions`, body);
    return data;
  },
  async urgentPublish(uid, documentId, reason) {
    const { data } = await client.post<ReviewView>(`${itemPath(uid, documentId)}/urgent-publish`, { reason });
    return data;
  },
  async history(uid, documentId, signal) {
    const { data } = await client.get<ReviewHistory>(`${itemPath(uid, documentId)}/history`, { signal });
    return data;
  },
  async approvalSheetHtml(uid, documentId, signal) {
    const { data } = await client.get(`${itemPath(uid, documentId)}/approval-sheet`, { signal, responseType: 'text' });
    return data;
  },
  async waiting(signal) {
    const { data } = await client.get<{ results: WaitingItem[] }>(`${BASE}/waiting`, { signal });
    return data.results;
  },
  async workflows(signal) {
    const { data } = await client.get<{ results: Workflow[] }>(`${BASE}/workflows`, { signal });
    return data.results;
  },
  async createWorkflow(input) {
    const { data } = await client.post<{ id: number }>(`${BASE}/workflows`, input);
    return data;
  },
  async updateWorkflow(id, input) {
    const { data } = await client.put<{ id: number }>(`${BASE}/workflows/${id}`, input);
    return data;
  },
  async deleteWorkflow(id) {
    await client.del(`${BASE}/workflows/${id}`);
  },
  async words(signal) {
    const { data } = await client.get<{ results: SensitiveWord[] }>(`${BASE}/words`, { signal });
    return data.results;
  },
  async addWord(input) {
    const { data } = await client.post<SensitiveWord>(`${BASE}/words`, input);
    return data;
  },
  async updateWord(id, input) {
    const { data } = await client.put<SensitiveWord>(`${BASE}/words/${id}`, input);
    return data;
  },
  async deleteWord(id) {
    await client.del(`${BASE}/words/${id}`);
  },
  async verifyAudit(signal) {
    const { data } = await client.get<AuditVerification>(`${BASE}/audit/verify`, { signal });
    return data;
  },
  async ledger(query, signal) {
    const { data } = await client.get<{ results: LedgerRow[] }>(withQuery(`${BASE}/ledger`, { ...query, format: 'json' }), { signal });
    return data.results;
  },
  async ledgerFile(query, format) {
    const response = await client.get(withQuery(`${BASE}/ledger`, { ...query, format }), { responseType: 'blob' });
    return { blob: response.data, filename: fileNameOf(response.headers, `ledger-${query.from}_${query.to}.${format}`) };
  },
  async namedEntries(uid, signal) {
    const entries: NamedEntry[] = [];
    for (let page = 1; page <= 20; page += 1) {
      const { data } = await client.get<CollectionPage>(withQuery(`/content-manager/collection-types/${uid}`, { page, pageSize: 100, sort: 'name:ASC' }), {
        signal,
      });
      for (const row of data.results) entries.push({ id: row.id, name: row.name ?? `#${row.id}` });
      if (!data.pagination || page >= data.pagination.pageCount) break;
    }
    return entries;
  },
});

/** The API bound to the admin's fetch client (stable; it carries the admin JWT and aborts on unmount). */
export const useApi = (): ReviewApi => {
  const client = useFetchClient();
  return React.useMemo(() => createApi(client), [client]);
};
