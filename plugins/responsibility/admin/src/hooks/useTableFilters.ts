import * as React from 'react';

import { useSearchParams } from 'react-router-dom';

import {
  DUE_FILTERS,
  FREQUENCY_KINDS,
  GUARANTEE_METHODS,
  type AssignmentFilters,
  type DueFilter,
  type FrequencyKind,
  type GuaranteeMethod,
} from '../types';

const positive = (value: string | null): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The table's filters, kept in the address (?channel=&unit=&method=&frequency=&due=&q=, with the page) so a view can be shared and survives a reload. */
export const useTableFilters = (): [AssignmentFilters, (next: AssignmentFilters) => void] => {
  const [params, setParams] = useSearchParams();
  const filters = React.useMemo<AssignmentFilters>(
    () => ({
      channel: positive(params.get('channel')),
      unit: positive(params.get('unit')),
      method: oneOf<GuaranteeMethod>(GUARANTEE_METHODS, params.get('method')),
      frequency: oneOf<FrequencyKind>(FREQUENCY_KINDS, params.get('frequency')),
      due: oneOf<DueFilter>(DUE_FILTERS, params.get('due')),
      q: params.get('q')?.trim() || undefined,
    }),
    [params],
  );
  const setFilters = React.useCallback(
    (next: AssignmentFilters) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value !== undefined && value !== '') search.set(key, String(value));
      }
      // New filters start at the first page; the chosen page size stays.
      const pageSize = params.get('pageSize');
      if (pageSize) search.set('pageSize', pageSize);
      setParams(search, { replace: true });
    },
    [params, setParams],
  );
  return [filters, setFilters];
};

export const hasFilters = (filters: AssignmentFilters): boolean => Object.values(filters).some((v) => v !== undefined && v !== '');
