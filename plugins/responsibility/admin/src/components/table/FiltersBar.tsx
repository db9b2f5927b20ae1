import * as React from 'react';

import { Box, Button, Combobox, ComboboxOption, Field, Flex, Searchbar, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';

import { hasFilters } from '../../hooks/useTableFilters';
import { DUE_FILTERS, FREQUENCY_KINDS, GUARANTEE_METHODS, type AssignmentFilters, type Owners } from '../../types';
import { useT } from '../../utils/i18n';

export interface FiltersBarProps {
  owners: Owners | undefined;
  filters: AssignmentFilters;
  onChange: (filters: AssignmentFilters) => void;
}

const FilterField = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box width="18rem">
    <Field.Root>
      <Field.Label>{label}</Field.Label>
      {children}
    </Field.Root>
  </Box>
);

/** 频道 · 保障单位 · 保障方式 · 时限类型 · 状态 · 关键词 */
export const FiltersBar = ({ owners, filters, onChange }: FiltersBarProps) => {
  const t = useT();
  const [text, setText] = React.useState(filters.q ?? '');
  const set = (patch: Partial<AssignmentFilters>) => onChange({ ...filters, ...patch });

  // The search text is applied when the typing pauses.
  React.useEffect(() => setText(filters.q ?? ''), [filters.q]);
  React.useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (filters.q ?? '')) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, q: trimmed || undefined }), 350);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end" marginBottom={4}>
      <FilterField label={t('filter.channel')}>
        <SingleSelect
          placeholder={t('filter.all')}
          value={filters.channel ?? ''}
          onChange={(value) => set({ channel: Number(value) || undefined })}
          onClear={filters.channel ? () => set({ channel: undefined }) : undefined}
          clearLabel={t('filter.clear-one')}
        >
          {(owners?.channels ?? []).map((channel) => (
            <SingleSelectOption key={channel.id} value={channel.id}>
              {channel.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </FilterField>
      <FilterField label={t('filter.unit')}>
        <Combobox
          placeholder={t('filter.unit.placeholder')}
          value={filters.unit ? String(filters.unit) : ''}
          onChange={(value) => set({ unit: value ? Number(value) : undefined })}
          onClear={() => set({ unit: undefined })}
          clearLabel={t('filter.clear-one')}
          noOptionsMessage={() => t('filter.no-match')}
        >
          {(owners?.units ?? []).map((unit) => (
            <ComboboxOption key={unit.id} value={String(unit.id)}>
              {unit.name}
            </ComboboxOption>
          ))}
        </Combobox>
      </FilterField>
      <FilterField label={t('filter.method')}>
        <SingleSelect
          placeholder={t('filter.all')}
          value={filters.method ?? ''}
          onChange={(value) => set({ method: GUARANTEE_METHODS.find((m) => m === value) })}
          onClear={filters.method ? () => set({ method: undefined }) : undefined}
          clearLabel={t('filter.clear-one')}
        >
          {GUARANTEE_METHODS.map((method) => (
            <SingleSelectOption key={method} value={method}>
              {t(`method.${method}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </FilterField>
      <FilterField label={t('filter.frequency')}>
        <SingleSelect
          placeholder={t('filter.all')}
          value={filters.frequency ?? ''}
          onChange={(value) => set({ frequency: FREQUENCY_KINDS.find((k) => k === value) })}
          onClear={filters.frequency ? () => set({ frequency: undefined }) : undefined}
          clearLabel={t('filter.clear-one')}
        >
          {FREQUENCY_KINDS.map((kind) => (
            <SingleSelectOption key={kind} value={kind}>
              {t(`frequency.${kind}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </FilterField>
      <FilterField label={t('filter.due')}>
        <SingleSelect
          placeholder={t('filter.all')}
          value={filters.due ?? ''}
          onChange={(value) => set({ due: DUE_FILTERS.find((d) => d === value) })}
          onClear={filters.due ? () => set({ due: undefined }) : undefined}
          clearLabel={t('filter.clear-one')}
        >
          {DUE_FILTERS.map((due) => (
            <SingleSelectOption key={due} value={due}>
              {t(`due.${due}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </FilterField>
      <Flex direction="column" alignItems="stretch" gap={1} width="24rem">
        <Typography variant="pi" fontWeight="bold" textColor="neutral800" aria-hidden>
          {t('filter.q')}
        </Typography>
        <Searchbar
          name="q"
          size="M"
          value={text}
          placeholder={t('filter.q.placeholder')}
          onChange={(event) => setText(event.target.value)}
          onClear={() => setText('')}
          clearLabel={t('filter.clear-one')}
        >
          {t('filter.q')}
        </Searchbar>
      </Flex>
      {hasFilters(filters) ? (
        <Button variant="tertiary" startIcon={<Cross />} onClick={() => onChange({})}>
          {t('filter.clear')}
        </Button>
      ) : null}
    </Flex>
  );
};
