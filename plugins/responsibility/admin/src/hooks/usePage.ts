import { useSearchParams } from 'react-router-dom';

/** Page sizes offered on the table page (Strapi's Pagination.PageSize takes them as text). */
export const PAGE_SIZES = ['10', '20', '50', '100'] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageOf<T> {
  items: T[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** One page of `rows`; a page past the end shows the last one. */
export const pageOf = <T>(rows: readonly T[], page: number, pageSize: number): PageOf<T> => {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pageSize, pageCount, total: rows.length };
};

/** The page and page size in the address (?page=&pageSize=, as Strapi's Pagination writes them), so a reload keeps them. */
export const usePageParams = (): { page: number; pageSize: number } => {
  const [params] = useSearchParams();
  const page = Number(params.get('page'));
  const size = params.get('pageSize');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: size !== null && (PAGE_SIZES as readonly string[]).includes(size) ? Number(size) : DEFAULT_PAGE_SIZE,
  };
};
