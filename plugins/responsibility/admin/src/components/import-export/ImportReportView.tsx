import * as React from 'react';

import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';

import type { FieldChange, ImportProblemView, ImportReport, TableField } from '../../types';
import { pathText, useT, type MessageKey } from '../../utils/i18n';
import { HeadText, WrapText } from '../Cells';

const CHANGE_KEYS: Record<string, MessageKey> = {
  owners: 'import.change.owners',
  methods: 'import.change.methods',
  frequency: 'import.change.frequency',
};

const Stat = ({ label, value, tone }: { label: string; value: number; tone?: 'danger' | 'warning' | 'success' }) => (
  <Box
    background={tone ? `${tone}100` : 'neutral100'}
    borderColor={tone ? `${tone}200` : 'neutral150'}
    borderStyle="solid"
    borderWidth="1px"
    hasRadius
    paddingTop={3}
    paddingBottom={3}
    paddingLeft={4}
    paddingRight={4}
    minWidth="11rem"
  >
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="pi" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="beta" tag="p" textColor={tone ? `${tone}700` : 'neutral800'}>
        {value}
      </Typography>
    </Flex>
  </Box>
);

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography variant="delta" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

/** Problems or warnings by row: 行号 · 字段 · 说明 */
const ProblemTable = ({ items }: { items: ImportProblemView[] }) => {
  const t = useT();
  const field = (name: TableField | undefined) => (name ? t(`field.${name}`) : t('import.field.file'));
  return (
    <Table colCount={3} rowCount={items.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('import.col.line')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('import.col.field')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('import.col.message')}</HeadText>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {items.map((item, index) => (
          <Tr key={`${item.line}-${item.field ?? ''}-${index}`}>
            <Td>
              <Typography fontWeight="bold">{item.line > 0 ? item.line : '—'}</Typography>
            </Td>
            <Td>
              <Typography>{field(item.field)}</Typography>
            </Td>
            <Td>
              <WrapText $min="24rem" $max="48rem">{item.message}</WrapText>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** What changed in a row: 保障时限：季度 → 每月, one field a line; the field names alone from an older server. */
const Changes = ({ changes, diff }: { changes: string[]; diff?: FieldChange[] }) => {
  const t = useT();
  const label = (field: string) => (CHANGE_KEYS[field] ? t(CHANGE_KEYS[field]) : field);
  if (!diff || diff.length === 0) return <Typography>{changes.map(label).join('、')}</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {diff.map((change) => (
        <WrapText key={change.field} $min="16rem" $max="32rem">
          {t('import.change.diff', { field: label(change.field), from: change.from || t('import.change.empty'), to: change.to || t('import.change.empty') })}
        </WrapText>
      ))}
    </Flex>
  );
};

const RowTable = ({ rows }: { rows: { line: number; path: string[]; content: string; changes?: string[]; diff?: FieldChange[] }[] }) => {
  const t = useT();
  const withChanges = rows.some((row) => row.changes);
  return (
    <Table colCount={withChanges ? 4 : 3} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('import.col.line')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.column')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('table.col.content')}</HeadText>
          </Th>
          {withChanges ? (
            <Th>
              <HeadText>{t('import.col.changes')}</HeadText>
            </Th>
          ) : null}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={`${row.line}-${row.content}`}>
            <Td>
              <Typography fontWeight="bold">{row.line}</Typography>
            </Td>
            <Td>
              <WrapText $min="14rem" $max="24rem">{pathText(row.path)}</WrapText>
            </Td>
            <Td>
              <WrapText $min="14rem" $max="24rem">{row.content || '—'}</WrapText>
            </Td>
            {withChanges ? (
              <Td>
                <Changes changes={row.changes ?? []} diff={row.diff} />
              </Td>
            ) : null}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export interface ImportReportViewProps {
  report: ImportReport;
  /** The server's message for a refused file. */
  message?: string;
}

/** The report of a dry run or a commit: counts, every problem by row, warnings, new columns, new and changed rows. */
export const ImportReportView = ({ report, message }: ImportReportViewProps) => {
  const t = useT();
  const { assignments, columns, problems, warnings } = report;
  const nothingToDo = report.ok && columns.create.length + assignments.create.length + assignments.update.length === 0;
  const banner = !report.ok
    ? { tone: 'danger' as const, title: t('import.banner.problems', { count: problems.length }), text: message }
    : report.dryRun
      ? { tone: 'success' as const, title: nothingToDo ? t('import.banner.nothing') : t('import.banner.ok'), text: undefined }
      : { tone: 'success' as const, title: t('import.banner.done'), text: undefined };
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box background={`${banner.tone}100`} borderColor={`${banner.tone}200`} borderStyle="solid" borderWidth="1px" hasRadius padding={4}>
        <Flex gap={3} alignItems="flex-start">
          {banner.tone === 'danger' ? (
            <WarningCircle fill="danger600" width="2rem" height="2rem" aria-hidden />
          ) : (
            <CheckCircle fill="success600" width="2rem" height="2rem" aria-hidden />
          )}
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography fontWeight="bold" textColor={`${banner.tone}700`}>
              {banner.title}
            </Typography>
            {banner.text ? (
              <WrapText $min="0" $max="64rem" variant="pi" textColor={`${banner.tone}700`}>
                {banner.text}
              </WrapText>
            ) : null}
          </Flex>
        </Flex>
      </Box>
      <Flex gap={3} wrap="wrap">
        <Stat label={t('import.stat.rows')} value={report.rows} />
        <Stat label={t('import.stat.new-columns')} value={columns.create.length} />
        <Stat label={t('import.stat.existing-columns')} value={columns.existing} />
        <Stat label={t('import.stat.create')} value={assignments.create.length} />
        <Stat label={t('import.stat.update')} value={assignments.update.length} />
        <Stat label={t('import.stat.unchanged')} value={assignments.unchanged} />
        <Stat label={t('import.stat.problems')} value={problems.length} tone={problems.length ? 'danger' : 'success'} />
        <Stat label={t('import.stat.warnings')} value={warnings.length} tone={warnings.length ? 'warning' : undefined} />
      </Flex>
      {problems.length > 0 ? (
        <Section title={t('import.section.problems', { count: problems.length })}>
          <ProblemTable items={problems} />
        </Section>
      ) : null}
      {warnings.length > 0 ? (
        <Section title={t('import.section.warnings', { count: warnings.length })}>
          <ProblemTable items={warnings} />
        </Section>
      ) : null}
      {columns.create.length > 0 ? (
        <Section title={t(report.dryRun ? 'import.section.new-columns' : 'import.section.new-columns.done', { count: columns.create.length })}>
          <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
            {columns.create.map((column) => (
              <Typography tag="li" key={column.path.join('/')}>
                {pathText(column.path)}
              </Typography>
            ))}
          </Flex>
        </Section>
      ) : null}
      {assignments.create.length > 0 ? (
        <Section title={t(report.dryRun ? 'import.section.create' : 'import.section.create.done', { count: assignments.create.length })}>
          <RowTable rows={assignments.create} />
        </Section>
      ) : null}
      {assignments.update.length > 0 ? (
        <Section title={t(report.dryRun ? 'import.section.update' : 'import.section.update.done', { count: assignments.update.length })}>
          <RowTable rows={assignments.update} />
        </Section>
      ) : null}
    </Flex>
  );
};
