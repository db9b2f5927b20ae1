import * as React from 'react';

import { Box, EmptyStateLayout, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { ColumnPathText, HeadText, WrapText } from '../components/Cells';
import { DueBadge, DueDate } from '../components/DueBadge';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { usePermissions } from '../hooks/usePermissions';
import { DUE_STATUSES, type ColumnStatus, type DueStatus, type MyColumns } from '../types';
import { useT } from '../utils/i18n';

const SEVERITY: Record<DueStatus, number> = { overdue: 0, 'due-soon': 1, ok: 2, 'no-deadline': 3, closed: 4 };

/** Most urgent first: overdue, due soon, then by deadline. */
const byUrgency = (a: ColumnStatus, b: ColumnStatus) =>
  SEVERITY[a.dueStatus] - SEVERITY[b.dueStatus] ||
  (a.nextDueAt ?? '9999').localeCompare(b.nextDueAt ?? '9999') ||
  a.path.join('/').localeCompare(b.path.join('/'), 'zh-Hans-CN');

const StatusFilter = ({ columns, value, onChange }: { columns: ColumnStatus[]; value: DueStatus | null; onChange: (next: DueStatus | null) => void }) => {
  const t = useT();
  const counts = DUE_STATUSES.map((status) => ({ status, count: columns.filter((c) => c.dueStatus === status).length })).filter((s) => s.count > 0);
  return (
    <Flex gap={2} wrap="wrap" marginBottom={4}>
      <Box
        tag="button"
        type="button"
        onClick={() => onChange(null)}
        background={value === null ? 'primary100' : 'neutral0'}
        borderColor={value === null ? 'primary600' : 'neutral200'}
        borderStyle="solid"
        borderWidth="1px"
        hasRadius
        padding={2}
        paddingLeft={3}
        paddingRight={3}
        cursor="pointer"
      >
        <Typography fontWeight="semiBold">{t('mine.all', { count: columns.length })}</Typography>
      </Box>
      {counts.map(({ status, count }) => (
        <Box
          key={status}
          tag="button"
          type="button"
          aria-pressed={value === status}
          onClick={() => onChange(value === status ? null : status)}
          background={value === status ? 'primary100' : 'neutral0'}
          borderColor={value === status ? 'primary600' : 'neutral200'}
          borderStyle="solid"
          borderWidth="1px"
          hasRadius
          padding={2}
          paddingLeft={3}
          paddingRight={3}
          cursor="pointer"
        >
          <Flex gap={2}>
            <DueBadge status={status} />
            <Typography fontWeight="semiBold">{count}</Typography>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};

const ColumnsTable = ({ columns }: { columns: ColumnStatus[] }) => {
  const t = useT();
  const pick = useBilingual();
  const { dateTime } = useDateFormatters();
  return (
    <Table colCount={6} rowCount={columns.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('table.col.column')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('mine.col.category')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.status')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.next-due')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('mine.col.rule')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('mine.col.last-published')}</HeadText>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {columns.map((column) => (
          <Tr key={column.id}>
            <Td>
              <Box paddingLeft={3} paddingTop={2} paddingBottom={2}>
                <ColumnPathText path={column.path} />
              </Box>
            </Td>
            <Td>
              <Typography>{pick(column.categoryLabel)}</Typography>
            </Td>
            <Td>
              <DueBadge status={column.dueStatus} />
            </Td>
            <Td>
              <DueDate iso={column.nextDueAt} status={column.dueStatus} blankSince={column.blankSince} />
            </Td>
            <Td>
              <WrapText $min="10rem" $max="18rem">
                {column.dueRule
                  ? t(column.dueRule.source === 'own' ? 'column-duty.rule.own' : 'column-duty.rule.category', { label: pick(column.dueRule.label) })
                  : '—'}
              </WrapText>
            </Td>
            <Td>
              <Typography textColor={column.lastPublishedAt ? 'neutral800' : 'neutral500'}>
                {column.lastPublishedAt ? dateTime(column.lastPublishedAt) : t('column-duty.never-published')}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const useScopeText = (mine: MyColumns | undefined): string => {
  const t = useT();
  const api = useApi();
  const { canRead } = usePermissions();
  const needsNames = Boolean(mine && !mine.scope.all && mine.scope.unitIds.length > 0 && canRead);
  const owners = useLoader((signal) => (needsNames ? api.owners(signal) : Promise.resolve(undefined)), [api, needsNames]);
  if (!mine) return t('state.loading');
  if (mine.scope.all) return t(mine.scope.reason === 'super-admin' ? 'mine.scope.super-admin' : 'mine.scope.site-administrator');
  if (mine.scope.unitIds.length === 0) return t('mine.scope.none');
  const ids = mine.scope.unitIds;
  const names = owners.data?.units.filter((u) => ids.includes(u.id)).map((u) => u.name) ?? [];
  return names.length > 0 ? t('mine.scope.units', { units: names.join('、') }) : t('mine.scope.unit-count', { count: ids.length });
};

/** 我的栏目: for every admin user, the columns of their units with their due state and next deadline. */
export const MyColumnsPage = () => {
  const t = useT();
  const api = useApi();
  const mine = useLoader((signal) => api.myColumns(signal), [api]);
  const [status, setStatus] = React.useState<DueStatus | null>(null);
  const subtitle = useScopeText(mine.data);
  const columns = React.useMemo(() => [...(mine.data?.columns ?? [])].sort(byUrgency), [mine.data]);
  const shown = status ? columns.filter((c) => c.dueStatus === status) : columns;

  return (
    <PluginPage page="my-columns" title={t('mine.title')} subtitle={subtitle} busy={mine.isLoading}>
      {mine.error ? <LoadError message={mine.error} onRetry={mine.reload} /> : null}
      {mine.data === undefined && mine.isLoading ? (
        <Loading />
      ) : null}
      {mine.data && columns.length === 0 ? <EmptyStateLayout content={t('mine.empty')} /> : null}
      {columns.length > 0 ? (
        <>
          <StatusFilter columns={columns} value={status} onChange={setStatus} />
          <ColumnsTable columns={shown} />
        </>
      ) : null}
    </PluginPage>
  );
};
