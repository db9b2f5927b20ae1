import * as React from 'react';

import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { CheckCircle, House, WarningCircle } from '@strapi/icons';
import { styled } from 'styled-components';

import { useBilingual, useDateFormatters } from '@content-assurance/kit/admin';

import type { HomepageVeto, VetoItem, VetoRisk } from '../../types';
import { useT } from '../../utils/i18n';

type Level = 'safe' | 'near' | 'vetoed';

/** Red at or over the limit, orange one below it, green otherwise. */
export const levelOf = (count: number, limit: number): Level => (count >= limit ? 'vetoed' : count >= limit - 1 ? 'near' : 'safe');

const COLORS: Record<Level, { bar: 'success500' | 'warning500' | 'danger600'; text: 'success700' | 'warning700' | 'danger700'; bg: 'success100' | 'warning100' | 'danger100'; border: 'success200' | 'warning200' | 'danger200' }> = {
  safe: { bar: 'success500', text: 'success700', bg: 'success100', border: 'success200' },
  near: { bar: 'warning500', text: 'warning700', bg: 'warning100', border: 'warning200' },
  vetoed: { bar: 'danger600', text: 'danger700', bg: 'danger100', border: 'danger200' },
};

const Track = styled(Box)`
  position: relative;
  height: 1rem;
  overflow: hidden;
`;

const Fill = styled(Box)<{ $ratio: number }>`
  position: absolute;
  inset: 0 auto 0 0;
  width: ${({ $ratio }) => `${Math.round(Math.min(1, Math.max(0, $ratio)) * 1000) / 10}%`};
  min-width: ${({ $ratio }) => ($ratio > 0 ? '0.6rem' : '0')};
`;

/** The limit's tick at the end of the track, and the warning threshold (limit − 1). */
const Tick = styled.span<{ $at: number }>`
  position: absolute;
  top: 0;
  bottom: 0;
  left: ${({ $at }) => `${$at * 100}%`};
  width: 2px;
  background: ${({ theme }) => theme.colors.neutral0};
`;

const Card = ({ level, children }: { level: Level; children: React.ReactNode }) => (
  <Box
    width="100%"
    height="100%"
    background="neutral0"
    hasRadius
    padding={5}
    borderStyle="solid"
    borderWidth="1px"
    borderColor={level === 'safe' ? 'neutral150' : COLORS[level].border}
    shadow="tableShadow"
  >
    <Flex direction="column" alignItems="stretch" gap={3} height="100%">
      {children}
    </Flex>
  </Box>
);

const LevelIcon = ({ level }: { level: Level }) => (
  <Flex flex="0 0 auto">
    {level === 'safe' ? (
      <CheckCircle fill="success600" width="1.8rem" height="1.8rem" aria-hidden />
    ) : (
      <WarningCircle fill={level === 'near' ? 'warning600' : 'danger600'} width="1.8rem" height="1.8rem" aria-hidden />
    )}
  </Flex>
);

const ItemCard = ({ item }: { item: VetoItem }) => {
  const t = useT();
  const bilingual = useBilingual();
  const level = levelOf(item.count, item.limit);
  const ratio = item.limit > 0 ? item.count / item.limit : 1;
  return (
    <Card level={level}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
        <Typography variant="omega" fontWeight="bold" textColor="neutral800">
          {bilingual(item.label)}
        </Typography>
        <LevelIcon level={level} />
      </Flex>
      <Flex alignItems="baseline" gap={1}>
        <Typography variant="alpha" tag="span" textColor={COLORS[level].text}>
          {item.count}
        </Typography>
        <Typography variant="epsilon" tag="span" textColor="neutral600">
          {t('veto.of-limit', { limit: item.limit })}
        </Typography>
      </Flex>
      <Track background="neutral150" hasRadius role="meter" aria-valuemin={0} aria-valuemax={item.limit} aria-valuenow={item.count} aria-label={bilingual(item.label)}>
        <Fill $ratio={ratio} background={COLORS[level].bar} hasRadius />
        {item.limit > 1 ? <Tick $at={(item.limit - 1) / item.limit} /> : null}
      </Track>
      <Typography variant="pi" fontWeight="bold" textColor={COLORS[level].text}>
        {item.margin <= 0 ? t('veto.vetoed', { over: item.count - item.limit }) : t('veto.margin', { margin: item.margin })}
      </Typography>
      {item.breakdown ? (
        <Typography variant="pi" textColor="neutral600">
          {t('veto.breakdown', { news: item.breakdown.news, noticePolicy: item.breakdown.noticePolicy })}
        </Typography>
      ) : null}
    </Card>
  );
};

const HomepageCard = ({ homepage }: { homepage: HomepageVeto }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { date } = useDateFormatters();
  const level: Level = homepage.atRisk ? 'vetoed' : 'safe';
  return (
    <Card level={level}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
        <Flex gap={2} alignItems="center">
          <House fill="neutral600" width="1.6rem" height="1.6rem" aria-hidden />
          <Typography variant="omega" fontWeight="bold" textColor="neutral800">
            {bilingual(homepage.label)}
          </Typography>
        </Flex>
        {homepage.judged ? <LevelIcon level={level} /> : null}
      </Flex>
      {homepage.judged ? (
        <>
          <Typography variant="beta" tag="span" textColor={COLORS[level].text}>
            {homepage.atRisk ? t('veto.homepage.stale') : t('veto.homepage.ok')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {homepage.lastPublishedAt ? t('veto.homepage.last', { date: date(homepage.lastPublishedAt) }) : t('veto.homepage.never')}
          </Typography>
          {homepage.staleAt ? (
            <Typography variant="pi" fontWeight="bold" textColor={COLORS[level].text}>
              {homepage.atRisk ? t('veto.homepage.stale-since', { date: date(homepage.staleAt) }) : t('veto.homepage.stale-at', { date: date(homepage.staleAt) })}
            </Typography>
          ) : null}
          <Typography variant="pi" textColor="neutral500">
            {t('veto.homepage.columns', { count: homepage.columnIds.length })}
          </Typography>
        </>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('veto.homepage.unjudged')}
        </Typography>
      )}
    </Card>
  );
};

/** 单项否决: one card per veto item (count / limit, margin, a bar green → orange → red) and the homepage. */
export const VetoGauges = ({ risk }: { risk: VetoRisk }) => (
  <Grid.Root gap={4} gridCols={12}>
    {risk.items.map((item) => (
      <Grid.Item key={item.key} col={4} s={6} xs={12} alignItems="stretch">
        <ItemCard item={item} />
      </Grid.Item>
    ))}
    <Grid.Item col={4} s={6} xs={12} alignItems="stretch">
      <HomepageCard homepage={risk.homepage} />
    </Grid.Item>
  </Grid.Root>
);
