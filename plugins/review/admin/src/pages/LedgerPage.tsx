import * as React from 'react';

import {
  Box,
  Button,
  Combobox,
  ComboboxOption,
  DatePicker,
  EmptyStateLayout,
  Field,
  Flex,
  NumberInput,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download, Eye } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { errorMessage, firstOfMonth, saveBlob, shanghaiDay, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { LEDGER_COLUMNS, type LedgerFormat, type LedgerQuery, type LedgerRow } from '../types';
import { useT } from '../utils/i18n';

/**
 * The design system's DatePicker reads its value as a UTC calendar day and answers with the chosen
 * day's local midnight: a day string goes in as that day's UTC midnight and comes back through the
 * local calendar.
 */
const toDate = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const toDay = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** 台账导出: the submissions between two Beijing days (inclusive), optionally of one unit, as a table or a file. */
export const LedgerPage = () => {
  const t = useT();
  const api = useApi();
  const { locale } = useIntl();
  const { toggleNotification } = useNotification();
  const today = React.useMemo(() => shanghaiDay(), []);
  const [from, setFrom] = React.useState(firstOfMonth(today));
  const [to, setTo] = React.useState(today);
  const [unit, setUnit] = React.useState<number | undefined>();
  const [rows, setRows] = React.useState<LedgerRow[] | null>(null);
  const [previewError, setPreviewError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState<'preview' | LedgerFormat | null>(null);
  const units = useLoader((signal) => api.namedEntries('api::unit.unit', signal), [api]);

  const query = (): LedgerQuery | null => {
    if (from > to) {
      toggleNotification({ type: 'warning', message: t('ledger.error.range') });
      return null;
    }
    return { from, to, unit };
  };

  const preview = async () => {
    const q = query();
    if (!q) return;
    setBusy('preview');
    setPreviewError(null);
    try {
      setRows(await api.ledger(q));
    } catch (e) {
      const message = errorMessage(e) ?? t('error.unknown');
      setPreviewError(message);
      toggleNotification({ type: 'danger', message });
    } finally {
      setBusy(null);
    }
  };

  const download = async (format: LedgerFormat) => {
    const q = query();
    if (!q) return;
    setBusy(format);
    try {
      const { blob, filename } = await api.ledgerFile(q, format);
      saveBlob(blob, filename);
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) ?? t('error.unknown') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <PluginPage page="ledger" title={t('ledger.title')} subtitle={t('ledger.subtitle')} busy={busy !== null}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Box width="18rem">
              <Field.Root name="from" required>
                <Field.Label>{t('ledger.from')}</Field.Label>
                <DatePicker value={toDate(from)} locale={locale} onChange={(date) => date && setFrom(toDay(date))} clearLabel={t('action.clear')} />
              </Field.Root>
            </Box>
            <Box width="18rem">
              <Field.Root name="to" required>
                <Field.Label>{t('ledger.to')}</Field.Label>
                <DatePicker value={toDate(to)} locale={locale} onChange={(date) => date && setTo(toDay(date))} clearLabel={t('action.clear')} />
              </Field.Root>
            </Box>
            <Box width="24rem">
              {units.error ? (
                <Field.Root name="unit" hint={t('ledger.unit.id-hint')}>
                  <Field.Label>{t('ledger.unit.id')}</Field.Label>
                  <NumberInput value={unit} onValueChange={(value) => setUnit(value && value > 0 ? Math.floor(value) : undefined)} />
                  <Field.Hint />
                </Field.Root>
              ) : (
                <Field.Root name="unit">
                  <Field.Label>{t('ledger.unit')}</Field.Label>
                  <Combobox
                    value={unit ? String(unit) : ''}
                    placeholder={t('ledger.unit.all')}
                    loading={units.isLoading}
                    loadingMessage={t('state.loading')}
                    onChange={(value) => setUnit(value ? Number(value) : undefined)}
                    onClear={() => setUnit(undefined)}
                    clearLabel={t('action.clear')}
                    noOptionsMessage={() => t('ledger.unit.no-match')}
                  >
                    {(units.data ?? []).map((u) => (
                      <ComboboxOption key={u.id} value={String(u.id)}>
                        {u.name}
                      </ComboboxOption>
                    ))}
                  </Combobox>
                </Field.Root>
              )}
            </Box>
            <Flex gap={2} wrap="wrap">
              <Button variant="secondary" startIcon={<Eye />} loading={busy === 'preview'} disabled={busy !== null} onClick={() => void preview()}>
                {t('ledger.preview')}
              </Button>
              <Button startIcon={<Download />} loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void download('xlsx')}>
                {t('ledger.download.xlsx')}
              </Button>
              <Button variant="secondary" startIcon={<Download />} loading={busy === 'csv'} disabled={busy !== null} onClick={() => void download('csv')}>
                {t('ledger.download.csv')}
              </Button>
            </Flex>
          </Flex>
        </Box>

        {previewError ? <LoadError message={previewError} onRetry={() => void preview()} /> : null}
        {busy === 'preview' && rows === null ? (
          <Loading />
        ) : null}
        {rows && rows.length === 0 ? <EmptyStateLayout content={t('ledger.empty')} icon={<Box />} /> : null}
        {rows && rows.length > 0 ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography textColor="neutral600">{t('ledger.count', { count: rows.length })}</Typography>
            <Table colCount={LEDGER_COLUMNS.length} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  {LEDGER_COLUMNS.map((column) => (
                    <Th key={column}>
                      <Typography variant="sigma">{t(`ledger.col.${column}`)}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((row) => (
                  <Tr key={row.seq}>
                    {LEDGER_COLUMNS.map((column) => (
                      <Td key={column} style={column === 'title' || column === 'remarks' ? { whiteSpace: 'normal', minWidth: '16rem' } : undefined}>
                        <Typography>{String(row[column] ?? '')}</Typography>
                      </Td>
                    ))}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Flex>
        ) : null}
      </Flex>
    </PluginPage>
  );
};
