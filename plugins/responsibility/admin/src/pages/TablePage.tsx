import * as React from 'react';

import { Box, Button, EmptyStateLayout, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Pagination, useNotification } from '@strapi/strapi/admin';

import { ConfirmAction, errorMessage, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { AssignmentModal, type AssignmentModalTarget } from '../components/table/AssignmentModal';
import { AssignmentTable, type TableRow } from '../components/table/AssignmentTable';
import { ColumnDutyModal } from '../components/table/ColumnDutyModal';
import { FiltersBar } from '../components/table/FiltersBar';
import { UnassignedCallout } from '../components/table/UnassignedCallout';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, pageOf, usePageParams } from '../hooks/usePage';
import { usePermissions } from '../hooks/usePermissions';
import { useTableFilters } from '../hooks/useTableFilters';
import type { Assignment, AssignmentFilters, AssignmentList, ColumnStatus, Owners } from '../types';
import { pathText, useT } from '../utils/i18n';

/**
 * Active columns nobody answers for and that have no row in the list: shown as rows of their own,
 * as far as the filters can apply to a column without a row (channel, status, text).
 */
const columnsWithoutRows = (list: AssignmentList, filters: AssignmentFilters, owners: Owners | undefined): ColumnStatus[] => {
  if (filters.unit || filters.method || filters.frequency) return [];
  const listed = new Set(list.results.map((a) => a.column?.id));
  const channel = filters.channel ? owners?.channels.find((c) => c.id === filters.channel)?.name : undefined;
  const q = filters.q?.toLowerCase();
  return list.unassignedColumns.filter(
    (column) =>
      !listed.has(column.id) &&
      (!filters.due || filters.due === 'unassigned' || filters.due === column.dueStatus) &&
      (!channel || column.path[0] === channel) &&
      (!q || column.path.join('/').toLowerCase().includes(q)),
  );
};

/** 任务分工表: filters, the columns still without a unit, the table with inline edit for managers. */
export const TablePage = () => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const { canManage } = usePermissions();
  const [filters, setFilters] = useTableFilters();
  const owners = useLoader((signal) => api.owners(signal), [api]);
  const list = useLoader((signal) => api.assignments(filters, signal), [api, JSON.stringify(filters)]);
  const [modal, setModal] = React.useState<AssignmentModalTarget | null>(null);
  const [deleting, setDeleting] = React.useState<Assignment | null>(null);
  const [dutyOf, setDutyOf] = React.useState<number | null>(null);

  const rows = React.useMemo<TableRow[]>(() => {
    if (!list.data) return [];
    const extra = columnsWithoutRows(list.data, filters, owners.data).map((column): TableRow => ({ kind: 'column', column }));
    return [...extra, ...list.data.results.map((assignment): TableRow => ({ kind: 'assignment', assignment }))];
  }, [list.data, filters, owners.data]);

  // 93 rows and more: one page at a time (Strapi's own pagination, page and size in the address).
  const { page, pageSize } = usePageParams();
  const shown = React.useMemo(() => pageOf(rows, page, pageSize), [rows, page, pageSize]);

  const assignColumn = (column: ColumnStatus) => {
    // A column whose row names no unit: edit that row; a column without a row: a new one.
    const row = list.data?.results.find((a) => a.column?.id === column.id && a.units.length + a.unitGroups.length === 0);
    setModal(row ? { kind: 'edit', assignment: row } : { kind: 'create', column });
  };

  const remove = async (assignment: Assignment) => {
    try {
      await api.deleteAssignment(assignment.id);
      toggleNotification({ type: 'success', message: t('delete.done') });
      list.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) ?? t('error.unknown') });
    } finally {
      setDeleting(null);
    }
  };

  const unassigned = list.data?.unassignedColumns ?? [];

  return (
    <PluginPage
      page="table"
      title={t('table.title')}
      subtitle={t('table.subtitle')}
      busy={list.isLoading}
      primaryAction={
        canManage ? (
          <Button startIcon={<Plus />} onClick={() => setModal({ kind: 'create' })}>
            {t('table.add')}
          </Button>
        ) : undefined
      }
    >
      <FiltersBar owners={owners.data} filters={filters} onChange={setFilters} />
      {list.error ? <LoadError message={list.error} onRetry={list.reload} /> : null}
      <UnassignedCallout
        columns={unassigned}
        canManage={canManage}
        onAssign={assignColumn}
        onShowOnly={() => setFilters({ due: 'unassigned' })}
      />
      {list.data === undefined && list.isLoading ? (
        <Loading />
      ) : null}
      {list.data && rows.length === 0 ? (
        <EmptyStateLayout content={t('table.empty')} />
      ) : null}
      {rows.length > 0 ? (
        <Box>
          <Box paddingBottom={2}>
            <Typography variant="pi" textColor="neutral600">
              {t('table.count', { shown: list.data?.total ?? 0 })}
            </Typography>
          </Box>
          <AssignmentTable
            rows={shown.items}
            canManage={canManage}
            onEdit={(assignment) => setModal({ kind: 'edit', assignment })}
            onDelete={setDeleting}
            onAdd={(column) => setModal({ kind: 'create', column })}
            onShowDuty={setDutyOf}
          />
          <Pagination.Root pageCount={shown.pageCount} total={shown.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
            <Pagination.PageSize options={[...PAGE_SIZES]} />
            <Pagination.Links />
          </Pagination.Root>
        </Box>
      ) : null}
      {modal ? (
        <AssignmentModal
          target={modal}
          owners={owners.data}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            list.reload();
          }}
        />
      ) : null}
      {dutyOf !== null ? <ColumnDutyModal columnId={dutyOf} onClose={() => setDutyOf(null)} /> : null}
      <ConfirmAction
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('delete.title')}
        body={deleting ? t('delete.body', { column: pathText(deleting.column?.path ?? []), content: deleting.content || '—' }) : ''}
        confirmLabel={t('action.delete')}
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </PluginPage>
  );
};
