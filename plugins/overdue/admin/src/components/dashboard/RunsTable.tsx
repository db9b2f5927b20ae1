import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { useDateFormatters } from '@content-assurance/kit/admin';

import { FINDING_KINDS, type ScanRun } from '../../types';
import { hasMessage, useT } from '../../utils/i18n';
import { kindLabel } from '../../utils/kinds';
import { Empty, HeadText, WrapText } from '../Cells';

/** The kinds in their usual order, then any the page does not know. */
const ORDER = new Map<string, number>(FINDING_KINDS.map((kind, index) => [kind, index]));
const byKind = ([a]: [string, number], [b]: [string, number]) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99) || a.localeCompare(b);

/** 最近扫描: when, by what, the outcome, findings and emails queued. */
export const RunsTable = ({ runs }: { runs: ScanRun[] }) => {
  const t = useT();
  const { dateTime } = useDateFormatters();
  if (runs.length === 0) return <Empty>{t('runs.empty')}</Empty>;
  return (
    <Table colCount={6} rowCount={runs.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('runs.col.started')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('runs.col.trigger')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('runs.col.status')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('runs.col.findings')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('runs.col.queued')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('runs.col.counts')}</HeadText>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {runs.map((run) => {
          const trigger = `runs.trigger.${run.trigger}`;
          const status = `runs.status.${run.status}`;
          const counts = Object.entries(run.counts ?? {})
            .filter(([, count]) => count > 0)
            .sort(byKind);
          return (
            <Tr key={run.id}>
              <Td>
                <Typography>{dateTime(run.startedAt)}</Typography>
              </Td>
              <Td>
                <Typography>{hasMessage(trigger) ? t(trigger) : run.trigger}</Typography>
              </Td>
              <Td>
                <Badge variant={run.status === 'done' ? 'success' : run.status === 'running' ? 'primary' : 'danger'}>{hasMessage(status) ? t(status) : run.status}</Badge>
                {run.error ? (
                  <WrapText variant="pi" textColor="danger600" $min="10rem" $max="20rem">
                    {run.error}
                  </WrapText>
                ) : null}
              </Td>
              <Td>
                <Typography fontWeight="bold">{run.findingsCount}</Typography>
              </Td>
              <Td>
                <Typography>{run.emailsQueued}</Typography>
              </Td>
              <Td>
                <WrapText variant="pi" textColor="neutral600" $min="16rem" $max="40rem">
                  {counts.length ? counts.map(([kind, count]) => `${kindLabel(t, kind)} ${count}`).join(t('list.comma')) : '—'}
                </WrapText>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
