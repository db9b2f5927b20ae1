import * as React from 'react';

import { useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { useT } from '../utils/i18n';

/**
 * Unit names for the unit ids of the findings, from the responsibility plugin's /owners (which needs
 * that plugin's read permission): without it, units show as 单位 #id.
 */
export const useUnitNames = (): { unitName: (id: number | null) => string; isLoading: boolean; failed: boolean } => {
  const api = useApi();
  const t = useT();
  const units = useLoader((signal) => api.units(signal), [api]);
  const names = React.useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const unitName = React.useCallback(
    (id: number | null) => (id === null ? t('unit.none') : (names.get(id) ?? t('unit.id', { id }))),
    [names, t],
  );
  return { unitName, isLoading: units.isLoading, failed: units.error !== null };
};
