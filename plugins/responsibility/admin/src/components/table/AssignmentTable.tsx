import { Badge, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Eye, Pencil, Plus, Trash } from '@strapi/icons';

import { useBilingual } from '@content-assurance/kit/admin';

import type { Assignment, ColumnStatus } from '../../types';
import { useT } from '../../utils/i18n';
import { ColumnPathText, HeadText, WrapText } from '../Cells';
import { DueBadge, DueDate } from '../DueBadge';

/** A row of the table: an assignment, or an active column that has none (shown so it can be assigned). */
export type TableRow = { kind: 'assignment'; assignment: Assignment } | { kind: 'column'; column: ColumnStatus };

export interface AssignmentTableProps {
  rows: TableRow[];
  canManage: boolean;
  onEdit: (assignment: Assignment) => void;
  onDelete: (assignment: Assignment) => void;
  onAdd: (column: ColumnStatus) => void;
  onShowDuty: (columnId: number) => void;
}

const COLUMNS = 8;

const Owners = ({ assignment }: { assignment: Assignment }) => {
  const t = useT();
  const linked = [...assignment.units.map((u) => u.name), ...assignment.unitGroups.map((g) => g.name)];
  const written = assignment.ownerText?.trim() ?? '';
  const unassigned = assignment.columnStatus?.unassigned ?? linked.length === 0;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {written ? <WrapText $min="9rem" $max="20rem">{written}</WrapText> : null}
      {linked.length > 0 && linked.join('、') !== written ? (
        <WrapText $min="9rem" $max="20rem" variant="pi" textColor="neutral600">
          {t('table.linked', { names: linked.join('、') })}
        </WrapText>
      ) : null}
      {unassigned ? (
        <Badge variant="warning" size="S">
          {t('table.unassigned')}
        </Badge>
      ) : null}
    </Flex>
  );
};

const Frequency = ({ assignment }: { assignment: Assignment }) => {
  const t = useT();
  const pick = useBilingual();
  const text = assignment.frequencyText?.trim();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {text ? <WrapText $min="8rem" $max="18rem">{text}</WrapText> : <Typography textColor="neutral500">{t('table.frequency.blank')}</Typography>}
      {assignment.frequencyLabel ? (
        <Typography variant="pi" textColor="neutral600">
          {t('table.frequency.parsed', { label: pick(assignment.frequencyLabel) })}
        </Typography>
      ) : null}
    </Flex>
  );
};

const AssignmentRow = ({ assignment, canManage, onEdit, onDelete, onShowDuty }: { assignment: Assignment } & Omit<AssignmentTableProps, 'rows' | 'onAdd'>) => {
  const t = useT();
  const status = assignment.columnStatus;
  const unassigned = status?.unassigned ?? false;
  const path = assignment.column?.path ?? [];
  return (
    <Tr background={unassigned ? 'warning100' : undefined}>
      <Td>
        <ColumnPathText path={path} min="12rem" />
      </Td>
      <Td>
        <WrapText $min="12rem" $max="28rem">{assignment.content || '—'}</WrapText>
      </Td>
      <Td>
        <Owners assignment={assignment} />
      </Td>
      <Td>
        <WrapText $min="6rem" $max="10rem">{assignment.methods.map((m) => t(`method.${m}`)).join('、') || '—'}</WrapText>
      </Td>
      <Td>
        <Frequency assignment={assignment} />
      </Td>
      <Td>{status ? <DueBadge status={status.dueStatus} /> : null}</Td>
      <Td>{status ? <DueDate iso={status.nextDueAt} status={status.dueStatus} blankSince={status.blankSince} /> : null}</Td>
      <Td>
        <Flex gap={1} justifyContent="flex-end">
          {assignment.column ? (
            <IconButton label={t('table.action.duty', { column: path.join(' › ') })} variant="ghost" onClick={() => onShowDuty(assignment.column!.id)}>
              <Eye />
            </IconButton>
          ) : null}
          {canManage ? (
            <>
              <IconButton label={t('table.action.edit')} variant="ghost" onClick={() => onEdit(assignment)}>
                <Pencil />
              </IconButton>
              <IconButton label={t('table.action.delete')} variant="ghost" onClick={() => onDelete(assignment)}>
                <Trash />
              </IconButton>
            </>
          ) : null}
        </Flex>
      </Td>
    </Tr>
  );
};

const ColumnRow = ({ column, canManage, onAdd, onShowDuty }: { column: ColumnStatus } & Pick<AssignmentTableProps, 'canManage' | 'onAdd' | 'onShowDuty'>) => {
  const t = useT();
  return (
    <Tr background="warning100">
      <Td>
        <ColumnPathText path={column.path} min="12rem" />
      </Td>
      <Td colSpan={4}>
        <Flex gap={2}>
          <Badge variant="warning" size="S">
            {t('table.unassigned')}
          </Badge>
          <Typography textColor="neutral700">{t('unassigned.no-row')}</Typography>
        </Flex>
      </Td>
      <Td>
        <DueBadge status={column.dueStatus} />
      </Td>
      <Td>
        <DueDate iso={column.nextDueAt} status={column.dueStatus} blankSince={column.blankSince} />
      </Td>
      <Td>
        <Flex gap={1} justifyContent="flex-end">
          <IconButton label={t('table.action.duty', { column: column.path.join(' › ') })} variant="ghost" onClick={() => onShowDuty(column.id)}>
            <Eye />
          </IconButton>
          {canManage ? (
            <IconButton label={t('table.action.assign', { column: column.path.join(' › ') })} variant="secondary" onClick={() => onAdd(column)}>
              <Plus />
            </IconButton>
          ) : null}
        </Flex>
      </Td>
    </Tr>
  );
};

/** 任务分工表: one row per assignment; rows of columns nobody answers for stand out. */
export const AssignmentTable = ({ rows, ...actions }: AssignmentTableProps) => {
  const t = useT();
  return (
    <Table colCount={COLUMNS} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('table.col.column')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.content')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.units')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.methods')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.frequency')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.status')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.next-due')}</HeadText>
          </Th>
          <Th>
            <VisuallyHidden>{t('table.col.actions')}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) =>
          row.kind === 'assignment' ? (
            <AssignmentRow key={`a${row.assignment.id}`} assignment={row.assignment} {...actions} />
          ) : (
            <ColumnRow key={`c${row.column.id}`} column={row.column} {...actions} />
          ),
        )}
      </Tbody>
    </Table>
  );
};
