import * as React from 'react';

import { Badge, Box, Flex, IconButton, Link, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowRight, ChevronDown, ChevronUp } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

import { useBilingual, useDateFormatters } from '@content-assurance/kit/admin';

import { editViewPath } from '../../routes';
import type { ColumnFinding } from '../../types';
import { useT } from '../../utils/i18n';
import { kindLabel, latenessText } from '../../utils/kinds';
import { SeverityBadge } from '../Badges';
import { ColumnPathText, Empty, HeadText, ShowMore, WrapText } from '../Cells';

export interface UnitGroup {
  /** null: findings nobody answers for (the site administrators' digest). */
  unitId: number | null;
  name: string;
  findings: ColumnFinding[];
  /** Distinct columns with an overdue finding. */
  overdue: number;
  /** Of the overdue columns, those with nothing ever published. */
  blank: number;
  /** Distinct columns due soon and not overdue. */
  dueSoon: number;
  /** The most days overdue among the unit's findings. */
  maxDaysOverdue: number;
}

/** Units shown before 显示全部. */
const UNIT_LIMIT = 10;

const SEVERITY_ORDER = { overdue: 0, 'due-soon': 1, info: 2 } as const;

/** The column findings of each responsible unit (a finding of several units counts for each). */
export const groupByUnit = (findings: ColumnFinding[], unitName: (id: number | null) => string): UnitGroup[] => {
  const groups = new Map<number | null, ColumnFinding[]>();
  for (const finding of findings) {
    const ids: (number | null)[] = finding.unitIds.length ? finding.unitIds : [null];
    for (const id of ids) groups.set(id, [...(groups.get(id) ?? []), finding]);
  }
  return [...groups]
    .map(([unitId, list]): UnitGroup => {
      const overdueColumns = new Set(list.filter((f) => f.severity === 'overdue').map((f) => f.columnId));
      const blankColumns = new Set(list.filter((f) => f.kind === 'column-blank').map((f) => f.columnId));
      const soonColumns = new Set(list.filter((f) => f.severity === 'due-soon' && !overdueColumns.has(f.columnId)).map((f) => f.columnId));
      const sorted = [...list].sort(
        (a, b) =>
          a.columnPath.join('/').localeCompare(b.columnPath.join('/'), 'zh-Hans-CN') ||
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
          b.daysOverdue - a.daysOverdue,
      );
      return {
        unitId,
        name: unitName(unitId),
        findings: sorted,
        overdue: overdueColumns.size,
        blank: blankColumns.size,
        dueSoon: soonColumns.size,
        maxDaysOverdue: Math.max(0, ...list.map((f) => f.daysOverdue)),
      };
    })
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name, 'zh-Hans-CN'));
};

/** The findings of a unit, a row group per column: the column (and its link) spans its findings. */
const FindingRows = ({ findings }: { findings: ColumnFinding[] }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { date } = useDateFormatters();
  const columns: ColumnFinding[][] = [];
  for (const finding of findings) {
    const last = columns[columns.length - 1];
    if (last && last[0].columnId === finding.columnId) last.push(finding);
    else columns.push([finding]);
  }
  return (
    <Table colCount={6} rowCount={findings.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('units.col.column')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('units.col.problem')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('units.col.rule')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('units.col.due')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('units.col.late')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('units.col.last')}</HeadText>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {columns.flatMap((group) =>
          group.map((finding, index) => (
            <Tr key={finding.key}>
              {index === 0 ? (
                <Td rowSpan={group.length} style={{ verticalAlign: 'top', paddingTop: '1.2rem' }}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <ColumnPathText path={finding.columnPath.length ? finding.columnPath : [finding.columnName]} min="14rem" />
                    <Link tag={RouterLink} to={editViewPath('api::column.column', finding.columnDocumentId)} isExternal={false} endIcon={<ArrowRight />}>
                      {t('units.open-column')}
                    </Link>
                  </Flex>
                </Td>
              ) : null}
              {/* The design system pads a row's first cell as a checkbox cell: a spanned row's first cell is a normal one. */}
              <Td style={index > 0 ? { padding: '1.6rem' } : undefined}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <SeverityBadge severity={finding.severity} />
                  <WrapText $min="8rem" $max="14rem" variant="pi" textColor="neutral700">
                    {kindLabel(t, finding.kind)}
                  </WrapText>
                </Flex>
              </Td>
              <Td>
                <WrapText $min="9rem" $max="16rem">{bilingual(finding.ruleLabel) || '—'}</WrapText>
              </Td>
              <Td>
                <Typography>{finding.dueAt ? date(finding.dueAt) : '—'}</Typography>
              </Td>
              <Td>
                <Typography fontWeight="bold" textColor={finding.severity === 'overdue' ? 'danger600' : 'warning600'}>
                  {latenessText(t, finding)}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral600">{finding.lastPublishedAt ? date(finding.lastPublishedAt) : t('units.never')}</Typography>
              </Td>
            </Tr>
          )),
        )}
      </Tbody>
    </Table>
  );
};

/** 逾期 / 即将到期栏目（按单位）: a row per unit with its counts; open a row for its columns. */
export const UnitColumns = ({ groups }: { groups: UnitGroup[] }) => {
  const t = useT();
  const [open, setOpen] = React.useState<Set<string>>(() => new Set());
  const [all, setAll] = React.useState(false);
  const keyOf = (group: UnitGroup) => String(group.unitId ?? 'none');
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (groups.length === 0) return <Empty>{t('units.empty')}</Empty>;
  const shown = all ? groups : groups.slice(0, UNIT_LIMIT);

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex justifyContent="flex-end" gap={4}>
        <TextButton onClick={() => setOpen(new Set(shown.map(keyOf)))}>{t('units.expand-all')}</TextButton>
        <TextButton onClick={() => setOpen(new Set())}>{t('units.collapse-all')}</TextButton>
      </Flex>
      <Table colCount={6} rowCount={shown.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <VisuallyHidden>{t('units.col.toggle')}</VisuallyHidden>
            </Th>
            <Th>
              <HeadText>{t('units.col.unit')}</HeadText>
            </Th>
            <Th>
              <HeadText>{t('units.col.overdue')}</HeadText>
            </Th>
            <Th>
              <HeadText>{t('units.col.blank')}</HeadText>
            </Th>
            <Th>
              <HeadText>{t('units.col.due-soon')}</HeadText>
            </Th>
            <Th>
              <HeadText>{t('units.col.max-late')}</HeadText>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {shown.map((group) => {
            const key = keyOf(group);
            const isOpen = open.has(key);
            return (
              <React.Fragment key={key}>
                <Tr onClick={() => toggle(key)} style={{ cursor: 'pointer' }} aria-expanded={isOpen}>
                  <Td width="4rem">
                    <IconButton
                      variant="ghost"
                      label={isOpen ? t('units.collapse', { unit: group.name }) : t('units.expand', { unit: group.name })}
                      onClick={(event: React.MouseEvent) => {
                        event.stopPropagation();
                        toggle(key);
                      }}
                    >
                      {isOpen ? <ChevronUp /> : <ChevronDown />}
                    </IconButton>
                  </Td>
                  <Td>
                    <Flex gap={2}>
                      <Typography fontWeight="bold" textColor={group.unitId === null ? 'neutral600' : 'neutral800'}>
                        {group.name}
                      </Typography>
                      <Typography variant="pi" textColor="neutral500">
                        {t('units.findings', { count: group.findings.length })}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td>
                    {group.overdue > 0 ? <Badge variant="danger">{group.overdue}</Badge> : <Typography textColor="neutral500">0</Typography>}
                  </Td>
                  <Td>
                    <Typography textColor={group.blank > 0 ? 'neutral800' : 'neutral500'}>{group.blank}</Typography>
                  </Td>
                  <Td>
                    {group.dueSoon > 0 ? <Badge variant="warning">{group.dueSoon}</Badge> : <Typography textColor="neutral500">0</Typography>}
                  </Td>
                  <Td>
                    <Typography textColor={group.maxDaysOverdue > 0 ? 'danger600' : 'neutral500'}>
                      {group.maxDaysOverdue > 0 ? t('late.days', { days: group.maxDaysOverdue }) : '—'}
                    </Typography>
                  </Td>
                </Tr>
                {isOpen ? (
                  <Tr>
                    <Td colSpan={6} style={{ whiteSpace: 'normal' }}>
                      <Box paddingTop={2} paddingBottom={4} paddingLeft={8}>
                        <FindingRows findings={group.findings} />
                      </Box>
                    </Td>
                  </Tr>
                ) : null}
              </React.Fragment>
            );
          })}
        </Tbody>
      </Table>
      <ShowMore
        expanded={all}
        total={groups.length}
        limit={UNIT_LIMIT}
        onToggle={() => setAll(!all)}
        moreLabel={t('units.show-all', { count: groups.length })}
        lessLabel={t('units.show-less', { count: UNIT_LIMIT })}
      />
    </Flex>
  );
};
