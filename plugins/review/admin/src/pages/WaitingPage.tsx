import * as React from 'react';

import { Badge, Box, Button, EmptyStateLayout, Flex, Link, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowRight, ClockCounterClockwise, File, Lightning } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

import { useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { ApprovalSheetModal } from '../components/ApprovalSheetModal';
import { HistoryModal } from '../components/HistoryModal';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { editViewPath } from '../routes';
import { SUBJECT_TYPES, type WaitingItem } from '../types';
import { useT } from '../utils/i18n';

/** 待我审核: the items waiting at a level whose duty the user holds in the item's unit. */
export const WaitingPage = () => {
  const t = useT();
  const api = useApi();
  const bilingual = useBilingual();
  const { dateTime } = useDateFormatters();
  const waiting = useLoader((signal) => api.waiting(signal), [api]);
  const [sheetOf, setSheetOf] = React.useState<WaitingItem | null>(null);
  const [historyOf, setHistoryOf] = React.useState<WaitingItem | null>(null);
  const items = waiting.data ?? [];
  // Urgent items (published, review pending) first, then in the server's order.
  const sorted = React.useMemo(() => [...items].sort((a, b) => Number(b.urgent) - Number(a.urgent)), [items]);

  return (
    <PluginPage
      page="waiting"
      title={t('waiting.title')}
      subtitle={waiting.data ? t('waiting.subtitle', { count: items.length }) : undefined}
      busy={waiting.isLoading}
      primaryAction={
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={waiting.reload} loading={waiting.isLoading && waiting.data !== undefined}>
          {t('action.refresh')}
        </Button>
      }
    >
      {waiting.error ? (
        <Box marginBottom={4}>
          <LoadError message={waiting.error} onRetry={waiting.reload} />
        </Box>
      ) : null}
      {waiting.data === undefined && waiting.isLoading ? (
        <Loading />
      ) : null}
      {waiting.data && items.length === 0 ? <EmptyStateLayout content={t('waiting.empty')} icon={<Box />} /> : null}
      {items.length > 0 ? (
        <Table colCount={7} rowCount={items.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('waiting.col.title')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('waiting.col.type')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('waiting.col.level')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('waiting.col.round')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('waiting.col.submitter')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('waiting.col.since')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('waiting.col.actions')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {sorted.map((item) => {
              const typeName = SUBJECT_TYPES[item.subjectType];
              return (
                <Tr key={`${item.subjectType}:${item.documentId}`}>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '36rem' }}>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Link tag={RouterLink} to={editViewPath(item.subjectType, item.documentId)} isExternal={false}>
                        {item.title || t('waiting.untitled')}
                      </Link>
                      {item.urgent ? (
                        <Flex gap={1} alignItems="center">
                          <Lightning fill="warning600" width="1.2rem" height="1.2rem" aria-hidden />
                          <Typography variant="pi" fontWeight="bold" textColor="warning700">
                            {t('waiting.urgent')}
                          </Typography>
                        </Flex>
                      ) : null}
                    </Flex>
                  </Td>
                  <Td>
                    <Badge>{typeName ? t(`type.${typeName}`) : item.subjectType}</Badge>
                  </Td>
                  <Td>
                    <Typography>{item.level ? bilingual(item.level.name) : '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{t('history.round', { round: item.round })}</Typography>
                  </Td>
                  <Td>
                    <Typography>{item.submitter?.name ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral600">{item.submittedAt ? dateTime(item.submittedAt) : '—'}</Typography>
                  </Td>
                  <Td>
                    <Flex gap={3}>
                      <Link tag={RouterLink} to={editViewPath(item.subjectType, item.documentId)} endIcon={<ArrowRight />} isExternal={false}>
                        {t('waiting.open')}
                      </Link>
                      <TextButton startIcon={<File />} onClick={() => setSheetOf(item)}>
                        {t('action.approval-sheet')}
                      </TextButton>
                      <TextButton startIcon={<ClockCounterClockwise />} onClick={() => setHistoryOf(item)}>
                        {t('action.history')}
                      </TextButton>
                    </Flex>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      ) : null}
      {sheetOf ? <ApprovalSheetModal uid={sheetOf.subjectType} documentId={sheetOf.documentId} title={sheetOf.title} onClose={() => setSheetOf(null)} /> : null}
      {historyOf ? (
        <HistoryModal uid={historyOf.subjectType} documentId={historyOf.documentId} title={historyOf.title} onClose={() => setHistoryOf(null)} />
      ) : null}
    </PluginPage>
  );
};
