import * as React from 'react';

import { Badge, Box, Flex, Grid, Link, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import { styled } from 'styled-components';

import { daysBetween, monthsBetween, shanghaiDay, useBilingual, useDateFormatters } from '@content-assurance/kit/admin';

import { editViewPath } from '../../routes';
import type { InquiryChannel, InquiryFinding } from '../../types';
import { hasMessage, useT, type MessageKey } from '../../utils/i18n';
import { latenessText } from '../../utils/kinds';
import { Empty, HeadText, WrapText } from '../Cells';

export const AGE_BUCKETS = ['up-to-5-working-days', 'up-to-15-days', 'up-to-3-months', 'over-3-months'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** One unanswered inquiry, from its inquiry-overdue and inquiry-stale findings (one or both). */
export interface OpenInquiry {
  inquiryId: number;
  documentId: string;
  subject: string;
  channel: InquiryChannel;
  receivedAt: string;
  unitIds: number[];
  overdue: InquiryFinding | null;
  stale: InquiryFinding | null;
  /** Calendar days since the Beijing day of receipt. */
  ageDays: number;
  /** Working days since receipt, when the server's calendar tells it (a deadline in working days). */
  ageWorkingDays: number | null;
  bucket: AgeBucket;
}

/**
 * The inquiries of the findings, by how long they have waited: ≤ 5 working days, up to 15 days,
 * up to 3 months, more than 3 months (the national veto). The working-day age comes from the
 * server's holiday calendar: a deadline of n working days plus the working days it is overdue.
 */
export const openInquiries = (findings: InquiryFinding[], today: string = shanghaiDay()): OpenInquiry[] => {
  const byId = new Map<number, { overdue: InquiryFinding | null; stale: InquiryFinding | null }>();
  for (const finding of findings) {
    const entry = byId.get(finding.inquiryId) ?? { overdue: null, stale: null };
    if (finding.kind === 'inquiry-overdue') entry.overdue = finding;
    else entry.stale = finding;
    byId.set(finding.inquiryId, entry);
  }
  return [...byId.values()]
    .map(({ overdue, stale }): OpenInquiry => {
      const base = (overdue ?? stale) as InquiryFinding;
      const receivedDay = shanghaiDay(new Date(base.receivedAt));
      const ageDays = Math.max(0, daysBetween(receivedDay, today));
      const ageWorkingDays = overdue?.deadline?.unit === 'working-day' ? overdue.deadline.count + overdue.workingDaysOverdue : null;
      const months = monthsBetween(receivedDay, today);
      const bucket: AgeBucket =
        stale !== null || months >= 3
          ? 'over-3-months'
          : (ageWorkingDays !== null ? ageWorkingDays <= 5 : ageDays <= 7)
            ? 'up-to-5-working-days'
            : ageDays <= 15
              ? 'up-to-15-days'
              : 'up-to-3-months';
      const unitIds = [...new Set([...(overdue?.unitIds ?? []), ...(stale?.unitIds ?? [])])];
      return { inquiryId: base.inquiryId, documentId: base.inquiryDocumentId, subject: base.subject, channel: base.channel, receivedAt: base.receivedAt, unitIds, overdue, stale, ageDays, ageWorkingDays, bucket };
    })
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
};

const BUCKET_STYLE: Record<AgeBucket, { bg: 'neutral100' | 'warning100' | 'danger100'; text: 'neutral800' | 'warning700' | 'danger600' | 'danger700' }> = {
  'up-to-5-working-days': { bg: 'neutral100', text: 'neutral800' },
  'up-to-15-days': { bg: 'warning100', text: 'warning700' },
  'up-to-3-months': { bg: 'danger100', text: 'danger600' },
  'over-3-months': { bg: 'danger100', text: 'danger700' },
};

const BucketButton = styled.button<{ $selected: boolean }>`
  width: 100%;
  text-align: left;
  cursor: pointer;
  border: 0;
  padding: 0;
  background: none;
  border-radius: ${({ theme }) => theme.borderRadius};
  outline-offset: 2px;
  box-shadow: ${({ $selected, theme }) => ($selected ? `0 0 0 2px ${theme.colors.primary600}` : 'none')};
`;

const channelKey = (channel: string): MessageKey | null => {
  const key = `channel.${channel}`;
  return hasMessage(key) ? key : null;
};

/** 超期未复留言（按等待时长）: four buckets (click one to list only it) and the inquiries. */
export const InquiryAges = ({ inquiries, unitName }: { inquiries: OpenInquiry[]; unitName: (id: number | null) => string }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { date } = useDateFormatters();
  const [selected, setSelected] = React.useState<AgeBucket | null>(null);
  const shown = selected ? inquiries.filter((inquiry) => inquiry.bucket === selected) : inquiries;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Grid.Root gap={3} gridCols={4}>
        {AGE_BUCKETS.map((bucket) => {
          const count = inquiries.filter((inquiry) => inquiry.bucket === bucket).length;
          const style = BUCKET_STYLE[bucket];
          return (
            <Grid.Item key={bucket} col={1} s={2} xs={4} alignItems="stretch">
              <BucketButton type="button" $selected={selected === bucket} aria-pressed={selected === bucket} onClick={() => setSelected(selected === bucket ? null : bucket)}>
                <Box background={count > 0 ? style.bg : 'neutral100'} hasRadius padding={4} height="100%">
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography variant="alpha" tag="span" textColor={count > 0 ? style.text : 'neutral500'}>
                      {count}
                    </Typography>
                    <Typography variant="pi" fontWeight="bold" textColor="neutral700">
                      {t(`inquiries.bucket.${bucket}`)}
                    </Typography>
                  </Flex>
                </Box>
              </BucketButton>
            </Grid.Item>
          );
        })}
      </Grid.Root>
      {selected ? (
        <Flex gap={2}>
          <Typography variant="pi" textColor="neutral600">
            {t('inquiries.filtered', { bucket: t(`inquiries.bucket.${selected}`), count: shown.length })}
          </Typography>
          <TextButton onClick={() => setSelected(null)}>{t('inquiries.show-all')}</TextButton>
        </Flex>
      ) : null}
      {shown.length === 0 ? (
        <Empty>{t('inquiries.empty')}</Empty>
      ) : (
        <Table colCount={6} rowCount={shown.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <HeadText>{t('inquiries.col.subject')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('inquiries.col.channel')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('inquiries.col.received')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('inquiries.col.deadline')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('inquiries.col.late')}</HeadText>
              </Th>
              <Th>
                <HeadText>{t('inquiries.col.unit')}</HeadText>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {shown.map((inquiry) => {
              const main = inquiry.overdue ?? inquiry.stale;
              const channel = channelKey(inquiry.channel);
              return (
                <Tr key={inquiry.inquiryId}>
                  <Td>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Link tag={RouterLink} to={editViewPath('api::inquiry.inquiry', inquiry.documentId)} isExternal={false}>
                        <WrapText $min="14rem" $max="26rem" textColor="primary600">
                          {inquiry.subject || t('inquiries.untitled')}
                        </WrapText>
                      </Link>
                      {inquiry.stale ? (
                        <Badge size="S" variant="danger">
                          {t('inquiries.veto')}
                        </Badge>
                      ) : null}
                    </Flex>
                  </Td>
                  <Td>
                    <Typography>{channel ? t(channel) : inquiry.channel}</Typography>
                  </Td>
                  <Td>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography>{date(inquiry.receivedAt)}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {inquiry.ageWorkingDays !== null
                          ? t('inquiries.age.working', { days: inquiry.ageDays, working: inquiry.ageWorkingDays })
                          : t('inquiries.age', { days: inquiry.ageDays })}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography>{main?.dueAt ? date(main.dueAt) : '—'}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {main ? bilingual(main.ruleLabel) : ''}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td>
                    <Typography fontWeight="bold" textColor="danger600">
                      {main ? latenessText(t, main) : '—'}
                    </Typography>
                  </Td>
                  <Td>
                    <WrapText $min="8rem" $max="16rem">{inquiry.unitIds.length ? inquiry.unitIds.map((id) => unitName(id)).join(t('list.enum')) : unitName(null)}</WrapText>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
};
