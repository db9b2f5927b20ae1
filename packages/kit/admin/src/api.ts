/**
 * Helpers around Strapi's admin fetch client (useFetchClient): query strings, the server's error
 * answer, downloads. Each plugin's api.ts lists its own calls with them.
 */
import { isFetchError } from '@strapi/strapi/admin';

/** How long a download's object URL is kept before it is revoked (the browser must have started the download). */
const DOWNLOAD_URL_LIFETIME_MS = 1_000;
/** How long an opened HTML page's object URL is kept (the new tab must have read it). */
const OPENED_PAGE_URL_LIFETIME_MS = 60_000;

export type QueryValue = string | number | boolean | undefined | null;

/**
 * A query string, encoded here: the fetch client joins `params` without encoding them, which would
 * break a search text with Chinese characters, spaces or "&". Empty values are left out.
 */
export const withQuery = (path: string, query: Record<string, QueryValue>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

/** The `error` of a Strapi error answer ({ data: null, error: { status, name, message, details } }). */
export interface ServerError {
  status?: number;
  name?: string;
  message?: string;
  details?: unknown;
}

/** The server's error of a failed request, or the fetch error's status and message; null for other errors. */
export const serverError = (error: unknown): ServerError | null => {
  if (!isFetchError(error)) return null;
  return (error.response?.data?.error as ServerError | undefined) ?? { status: error.status, message: error.message };
};

/** The message to show for a failed request: the server's (bilingual) message as is, or the error's. */
export const errorMessage = (error: unknown): string | null => {
  const fromServer = serverError(error)?.message;
  if (fromServer) return fromServer;
  if (error instanceof Error && error.name !== 'AbortError') return error.message;
  return null;
};

/** The HTTP status of a failed request, when there is one. */
export const errorStatus = (error: unknown): number | undefined => {
  const found = serverError(error);
  if (found?.status) return found.status;
  return isFetchError(error) ? error.status : undefined;
};

/** The fields a 400 names (`details.errors[].path`), e.g. frequencyText for an unreadable 保障时限. */
export const errorFields = (error: unknown): string[] => {
  const details = serverError(error)?.details as { errors?: { path?: (string | number)[] }[] } | undefined;
  return (details?.errors ?? []).flatMap((e) => (e.path && e.path.length > 0 ? [String(e.path[0])] : []));
};

/** A request aborted by its signal (the page no longer needs the answer). */
export const isAbort = (error: unknown): boolean =>
  (error instanceof DOMException && error.name === 'AbortError') || (error instanceof Error && error.name === 'AbortError');

/** The file name of a download, from its Content-Disposition header. */
export const fileNameOf = (headers: Headers | undefined, fallback: string): string => {
  const disposition = headers?.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
};

/** Save a downloaded file in the browser. */
export const saveBlob = (blob: Blob, filename: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
};

/** Open an HTML page (the approval sheet) in a new tab, without handing it the admin's session. */
export const openHtml = (html: string): void => {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), OPENED_PAGE_URL_LIFETIME_MS);
};
