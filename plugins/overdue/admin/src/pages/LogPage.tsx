import {
  Box,
  Button,
  DatePicker,
  Dots,
  EmptyStateLayout,
  Field,
  Flex,
  NextLink,
  PageLink,
  Pagination,
  PreviousLink,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';

import { fromPickerDate, shanghaiDay, toPickerDate, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { NotificationStatusBadge, statusKey } from '../components/Badges';
import { HeadText, WrapText } from '../components/Cells';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { PluginPage } from '../components/PluginPage';
import { NOTIFICATION_STATUSES, isNotificationStatus, type NotificationQuery, type NotificationRecord } from '../types';
import { hasMessage, useT, type MessageKey } from '../utils/i18n';
import { kindLabel } from '../utils/kinds';

const PAGE_SIZE = 20;
const COLUMNS = 9;

/** The filters live in the address (?status=&day=&page=): a filtered log can be bookmarked and shared. */
const queryOf = (params: URLSearchParams): NotificationQuery => {
  const status = params.get('status');
  const day = params.get('day');
  const page = Number(params.get('page'));
  return {
    status: isNotificationStatus(status) ? status : undefined,
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
};

const searchOf = (query: Partial<NotificationQuery>): string => {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.day) params.set('day', query.day);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '?';
};

/** The page numbers to show: the first, the last, and two either side of the current one; null for a gap. */
const pageNumbers = (page: number, pageCount: number): (number | null)[] => {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
};

/** A plain-language reason for the usual SMTP errors (the raw error is shown under it). */
const reasonOf = (error: string | null): MessageKey | null => {
  if (!error) return null;
  if (/^5\d\d\b/.test(error)) return 'log.reason.rejected';
  if (/^4\d\d\b/.test(error)) return 'log.reason.deferred';
  if (/EAUTH|auth/i.test(error)) return 'log.reason.auth';
  if (/ETIMEDOUT|timeout/i.test(error)) return 'log.reason.timeout';
  if (/ECONNREFUSED|ESOCKET|ECONNECTION|ENOTFOUND|EDNS|EHOSTUNREACH|ECONNRESET/i.test(error)) return 'log.reason.connection';
  return null;
};

const Row = ({ row }: { row: NotificationRecord }) => {
  const t = useT();
  const { dateTime, day } = useDateFormatters();
  const role = `role.${row.role}`;
  const subject = typeof row.payload?.subject === 'string' ? row.payload.subject : null;
  const waiting = row.status === 'retrying' || row.status === 'pending';
  const reason = reasonOf(row.lastError);
  return (
    <Tr>
      <Td>
        <Typography>{day(row.day)}</Typography>
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography fontWeight="bold">{row.recipientName || row.recipientEmail}</Typography>
          {row.recipientName ? (
            <Typography variant="pi" textColor="neutral600">
              {row.recipientEmail}
            </Typography>
          ) : null}
          <Typography variant="pi" textColor="neutral500">
            {hasMessage(role) ? t(role) : row.role}
          </Typography>
        </Flex>
      </Td>
      <Td>
        <WrapText $min="9rem" $max="14rem">{row.unitName || t('unit.none')}</WrapText>
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" fontWeight="bold">
            {kindLabel(t, row.kind)}
          </Typography>
          {subject ? (
            <WrapText $min="12rem" $max="22rem" variant="pi" textColor="neutral600">
              {subject}
            </WrapText>
          ) : null}
          {row.payload?.escalated ? (
            <Typography variant="pi" textColor="danger600">
              {t('log.escalated')}
            </Typography>
          ) : null}
        </Flex>
      </Td>
      <Td>
        <NotificationStatusBadge status={row.status} />
      </Td>
      <Td>
        <Typography>{row.attempts}</Typography>
      </Td>
      <Td>
        <Typography textColor={waiting ? 'neutral800' : 'neutral500'}>{waiting && row.nextAttemptAt ? dateTime(row.nextAttemptAt) : '—'}</Typography>
      </Td>
      <Td>
        {row.lastError ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {reason ? (
              <Typography variant="pi" fontWeight="bold" textColor={row.status === 'failed' ? 'danger700' : 'warning700'}>
                {t(reason)}
              </Typography>
            ) : null}
            <WrapText $min="14rem" $max="26rem" variant="pi" textColor={row.status === 'failed' ? 'danger600' : 'neutral600'}>
              {row.lastError}
            </WrapText>
          </Flex>
        ) : (
          <Typography textColor="neutral500">—</Typography>
        )}
      </Td>
      <Td>
        <Typography textColor={row.sentAt ? 'success700' : 'neutral500'}>{row.sentAt ? dateTime(row.sentAt) : '—'}</Typography>
      </Td>
    </Tr>
  );
};

/** 发送记录: the notification outbox, newest first, filtered by status and day, a page at a time. */
export const LogPage = () => {
  const t = useT();
  const api = useApi();
  const { locale } = useIntl();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const log = useLoader((signal) => api.notifications(query, signal), [api, query.status, query.day, query.page]);
  const rows = log.data?.results ?? [];
  const pagination = log.data?.pagination;
  const pageCount = Math.max(1, pagination?.pageCount ?? 1);

  const update = (patch: Partial<NotificationQuery>) => setParams(new URLSearchParams(searchOf({ ...query, page: 1, ...patch }).slice(1)));

  return (
    <PluginPage
      page="log"
      title={t('log.title')}
      subtitle={pagination ? t('log.subtitle', { total: pagination.total }) : t('log.subtitle.loading')}
      busy={log.isLoading}
      primaryAction={
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={log.reload} loading={log.isLoading && log.data !== undefined}>
          {t('action.refresh')}
        </Button>
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Box width="20rem">
              <Field.Root name="status">
                <Field.Label>{t('log.filter.status')}</Field.Label>
                <SingleSelect
                  value={query.status ?? ''}
                  placeholder={t('log.filter.all')}
                  onChange={(value) => update({ status: isNotificationStatus(value) ? value : undefined })}
                  onClear={() => update({ status: undefined })}
                  clearLabel={t('action.clear')}
                >
                  {NOTIFICATION_STATUSES.map((status) => (
                    <SingleSelectOption key={status} value={status}>
                      {t(statusKey(status))}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Box width="20rem">
              <Field.Root name="day">
                <Field.Label>{t('log.filter.day')}</Field.Label>
                <DatePicker
                  value={query.day ? toPickerDate(query.day) : undefined}
                  locale={locale}
                  placeholder={t('log.filter.any-day')}
                  onChange={(date) => update({ day: date ? fromPickerDate(date) : undefined })}
                  onClear={() => update({ day: undefined })}
                  clearLabel={t('action.clear')}
                />
              </Field.Root>
            </Box>
            <Flex gap={2}>
              <Button variant="tertiary" size="L" onClick={() => update({ day: shanghaiDay() })}>
                {t('log.filter.today')}
              </Button>
              {query.status || query.day ? (
                <Button variant="ghost" size="L" onClick={() => setParams(new URLSearchParams())}>
                  {t('log.filter.reset')}
                </Button>
              ) : null}
            </Flex>
          </Flex>
        </Box>

        {log.error ? <LoadError message={log.error} onRetry={log.reload} /> : null}
        {log.data === undefined && log.isLoading ? (
          <Loading />
        ) : null}
        {log.data && rows.length === 0 ? (
          <EmptyStateLayout content={query.status || query.day ? t('log.empty.filtered') : t('log.empty')} icon={<Box />} />
        ) : null}
        {rows.length > 0 ? (
          <Table colCount={COLUMNS} rowCount={rows.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <HeadText>{t('log.col.day')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.recipient')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.unit')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.kind')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.status')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.attempts')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.next')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.error')}</HeadText>
                </Th>
                <Th>
                  <HeadText>{t('log.col.sent')}</HeadText>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((row) => (
                <Row key={row.id} row={row} />
              ))}
            </Tbody>
          </Table>
        ) : null}
        {pagination && pagination.total > 0 ? (
          <Flex justifyContent="space-between" alignItems="center" wrap="wrap" gap={2}>
            <Typography variant="pi" textColor="neutral600">
              {t('log.range', {
                from: (query.page - 1) * PAGE_SIZE + 1,
                to: Math.min(pagination.total, (query.page - 1) * PAGE_SIZE + rows.length),
                total: pagination.total,
              })}
            </Typography>
            {pageCount > 1 ? (
              <Pagination activePage={query.page} pageCount={pageCount} label={t('log.pagination')}>
                <PreviousLink tag={RouterLink} to={searchOf({ ...query, page: Math.max(1, query.page - 1) })}>
                  {t('log.page.previous')}
                </PreviousLink>
                {pageNumbers(query.page, pageCount).map((n, i) =>
                  n === null ? (
                    <Dots key={`gap${i}`}>{t('log.page.more')}</Dots>
                  ) : (
                    <PageLink key={n} number={n} tag={RouterLink} to={searchOf({ ...query, page: n })}>
                      {t('log.page.go', { page: n })}
                    </PageLink>
                  ),
                )}
                <NextLink tag={RouterLink} to={searchOf({ ...query, page: Math.min(pageCount, query.page + 1) })}>
                  {t('log.page.next')}
                </NextLink>
              </Pagination>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </PluginPage>
  );
};
