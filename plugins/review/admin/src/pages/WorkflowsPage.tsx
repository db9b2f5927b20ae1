import * as React from 'react';

import { Badge, Box, Button, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { ChevronRight, Pencil, Plus, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { ConfirmAction, errorMessage, useBilingual, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { WorkflowModal, isImportantOnly } from '../components/settings/WorkflowModal';
import { usePermissions } from '../hooks/usePermissions';
import { isSubjectUid, SUBJECT_TYPES, type Workflow } from '../types';
import { useT } from '../utils/i18n';

/** One workflow: its levels in order and what it is bound to. */
const WorkflowCard = ({
  workflow,
  columnName,
  canManage,
  onEdit,
  onDelete,
}: {
  workflow: Workflow;
  columnName: (id: number) => string;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) => {
  const t = useT();
  const bilingual = useBilingual();
  const types = workflow.contentTypes.map((uid) => (isSubjectUid(uid) ? t(`type.${SUBJECT_TYPES[uid]}`) : uid));
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="center" gap={3} wrap="wrap">
          <Flex gap={2} alignItems="center">
            <Typography variant="delta" tag="h2">
              {workflow.name}
            </Typography>
            {workflow.isDefault ? <Badge active>{t('workflows.default')}</Badge> : null}
          </Flex>
          {canManage ? (
            <Flex gap={2}>
              <Button variant="secondary" size="S" startIcon={<Pencil />} onClick={onEdit}>
                {t('action.edit')}
              </Button>
              <Button variant="danger-light" size="S" startIcon={<Trash />} onClick={onDelete} disabled={workflow.isDefault}>
                {t('action.delete')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
        <Flex gap={2} wrap="wrap" alignItems="stretch" tag="ol">
          {workflow.levels.map((level, index) => (
            <Flex key={level.key} tag="li" gap={2} alignItems="center">
              {index > 0 ? <ChevronRight fill="neutral500" width="1.2rem" height="1.2rem" aria-hidden /> : null}
              <Box background="neutral100" hasRadius paddingLeft={3} paddingRight={3} paddingTop={2} paddingBottom={2}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography fontWeight="bold">{t('panel.levels.item', { n: index + 1, name: bilingual(level.name) })}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t(`duty.${level.duty}`)}
                  </Typography>
                  {isImportantOnly(level.condition) ? (
                    <Typography variant="pi" textColor="warning700" fontWeight="bold">
                      {t('workflows.level.important-only')}
                    </Typography>
                  ) : level.condition ? (
                    <Typography variant="pi" textColor="warning700" fontWeight="bold">
                      {t('workflows.level.custom')}
                    </Typography>
                  ) : null}
                </Flex>
              </Box>
            </Flex>
          ))}
        </Flex>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" textColor="neutral700">
            {t('workflows.bound.types', { types: types.length ? types.join('、') : t('workflows.bound.none') })}
          </Typography>
          <Typography variant="pi" textColor="neutral700">
            {t('workflows.bound.columns', {
              columns: workflow.columnIds.length ? workflow.columnIds.map(columnName).join('、') : t('workflows.bound.none'),
            })}
          </Typography>
        </Flex>
      </Flex>
    </Box>
  );
};

/** 审核流程: the workflows, which one applies (column → content type → default), their editing. */
export const WorkflowsPage = () => {
  const t = useT();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const { canManageSettings } = usePermissions();
  const workflows = useLoader((signal) => api.workflows(signal), [api]);
  // Column names for the binding; without the content-manager's read permission, ids are shown and typed.
  const columns = useLoader((signal) => api.namedEntries('api::column.column', signal), [api]);
  const [editing, setEditing] = React.useState<Workflow | 'new' | null>(null);
  const [deleting, setDeleting] = React.useState<Workflow | null>(null);

  const columnName = React.useCallback(
    (id: number) => {
      const column = columns.data?.find((c) => c.id === id);
      return column ? column.name : `#${id}`;
    },
    [columns.data],
  );

  const remove = async (workflow: Workflow) => {
    setDeleting(null);
    try {
      await api.deleteWorkflow(workflow.id);
      toggleNotification({ type: 'success', message: t('workflows.deleted', { name: workflow.name }) });
      workflows.reload();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) ?? t('error.unknown') });
    }
  };

  const list = workflows.data ?? [];

  return (
    <PluginPage
      page="workflows"
      title={t('workflows.title')}
      subtitle={t('workflows.subtitle')}
      busy={workflows.isLoading}
      primaryAction={
        canManageSettings ? (
          <Button startIcon={<Plus />} onClick={() => setEditing('new')}>
            {t('workflows.add')}
          </Button>
        ) : undefined
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {workflows.error ? <LoadError message={workflows.error} onRetry={workflows.reload} /> : null}
        {workflows.data === undefined && workflows.isLoading ? (
          <Loading />
        ) : null}
        {workflows.data && list.length === 0 ? <EmptyStateLayout content={t('workflows.empty')} icon={<Box />} /> : null}
        {list.map((workflow) => (
          <WorkflowCard
            key={workflow.id}
            workflow={workflow}
            columnName={columnName}
            canManage={canManageSettings}
            onEdit={() => setEditing(workflow)}
            onDelete={() => setDeleting(workflow)}
          />
        ))}
      </Flex>
      {editing ? (
        <WorkflowModal
          workflow={editing === 'new' ? null : editing}
          columns={columns.error ? null : (columns.data ?? null)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            workflows.reload();
          }}
        />
      ) : null}
      <ConfirmAction
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('workflows.delete.title')}
        body={deleting ? t('workflows.delete.body', { name: deleting.name }) : ''}
        confirmLabel={t('action.delete')}
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </PluginPage>
  );
};
