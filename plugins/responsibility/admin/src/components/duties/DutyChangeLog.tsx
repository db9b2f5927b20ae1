import * as React from 'react';

import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';

import { useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import { isDuty, type DutyChange } from '../../types';
import { useT } from '../../utils/i18n';
import { HeadText } from '../Cells';
import { LoadError } from '../LoadError';

const PAGE_SIZE = 10;

const BADGE: Record<DutyChange['action'], 'success' | 'danger' | 'secondary' | 'neutral'> = {
  assigned: 'success',
  revoked: 'danger',
  updated: 'secondary',
  'account-created': 'success',
  'account-enabled': 'success',
  'account-disabled': 'danger',
  'account-deleted': 'danger',
  'password-changed': 'secondary',
};

/** 变更记录: who assigned or revoked which duty, where, when — newest first, page by page. */
export const DutyChangeLog = ({ version }: { version: number }) => {
  const t = useT();
  const pick = useBilingual();
  const api = useApi();
  const { dateTime } = useDateFormatters();
  const [page, setPage] = React.useState(1);
  React.useEffect(() => setPage(1), [version]);
  const changes = useLoader((signal) => api.dutyChanges(page, PAGE_SIZE, signal), [api, page, version]);
  const pagination = changes.data?.pagination;
  const pageCount = Math.max(1, pagination?.pageCount ?? 1);

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {t('changes.title')}
      </Typography>
      {changes.error ? <LoadError message={changes.error} onRetry={changes.reload} /> : null}
      {changes.data && changes.data.results.length === 0 ? <Typography textColor="neutral600">{t('changes.empty')}</Typography> : null}
      {changes.data && changes.data.results.length > 0 ? (
        <Table colCount={6} rowCount={changes.data.results.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <HeadText>{t('changes.col.at')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('changes.col.action')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('changes.col.duty')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('changes.col.unit')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('changes.col.user')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('changes.col.actor')}</HeadText>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {changes.data.results.map((change, index) => (
              <Tr key={change.id ?? `${change.at}-${index}`}>
                <Td>
                  <Box paddingLeft={3}>
                    <Typography>{dateTime(change.at)}</Typography>
                  </Box>
                </Td>
                <Td>
                  <Badge variant={BADGE[change.action] ?? 'neutral'} size="S">
                    {t(`changes.${change.action}`)}
                  </Badge>
                </Td>
                <Td>
                  {change.duty === null ? (
                    <Flex direction="column" alignItems="flex-start">
                      <Typography textColor="neutral600">{t('changes.account')}</Typography>
                      {change.detail ? (
                        <Typography variant="pi" textColor="neutral600">
                          {change.detail}
                        </Typography>
                      ) : null}
                    </Flex>
                  ) : (
                    <Typography>{isDuty(change.duty) ? t(`duty.${change.duty}`) : pick(change.dutyLabel)}</Typography>
                  )}
                </Td>
                <Td>
                  <Typography>{change.duty === null ? '' : (change.unitName ?? t('duties.site'))}</Typography>
                </Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start">
                    <Typography>{change.userName || change.userEmail}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {change.userEmail}
                    </Typography>
                  </Flex>
                </Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start">
                    <Typography>{change.actorName || change.actorEmail}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {change.actorEmail}
                    </Typography>
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
      {pagination && pagination.total > PAGE_SIZE ? (
        <Flex justifyContent="space-between" gap={3}>
          <Typography variant="pi" textColor="neutral600">
            {t('changes.page', { page, pages: pageCount, total: pagination.total })}
          </Typography>
          <Flex gap={2}>
            <Button variant="tertiary" size="S" startIcon={<ChevronLeft />} disabled={page <= 1 || changes.isLoading} onClick={() => setPage((p) => p - 1)}>
              {t('changes.previous')}
            </Button>
            <Button variant="tertiary" size="S" endIcon={<ChevronRight />} disabled={page >= pageCount || changes.isLoading} onClick={() => setPage((p) => p + 1)}>
              {t('changes.next')}
            </Button>
          </Flex>
        </Flex>
      ) : null}
    </Flex>
  );
};
