import * as React from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise, CheckCircle, WarningCircle } from '@strapi/icons';

import { useBilingual, useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { Section } from '../components/Cells';
import { Loading } from '../components/Loading';
import { HistoryChart } from '../components/dashboard/HistoryChart';
import { InquiryAges, openInquiries } from '../components/dashboard/InquiryAges';
import { OtherFindings, type OtherFinding } from '../components/dashboard/OtherFindings';
import { RunsTable } from '../components/dashboard/RunsTable';
import { UnitColumns, groupByUnit } from '../components/dashboard/UnitColumns';
import { VetoGauges } from '../components/dashboard/VetoGauges';
import { KindCounts } from '../components/KindCounts';
import { LoadError } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { useUnitNames } from '../hooks/useUnitNames';
import { isColumnFinding, isInquiryFinding, type FindingsOverview } from '../types';
import { useT } from '../utils/i18n';

/** 全站单项否决: red when an item (or the homepage) is at its limit, green when none is. */
const RiskBanner = ({ data }: { data: FindingsOverview }) => {
  const t = useT();
  const bilingual = useBilingual();
  const risk = data.vetoRisk;
  const atRisk = [...risk.items.filter((item) => item.atRisk).map((item) => bilingual(item.label)), ...(risk.homepage.atRisk ? [bilingual(risk.homepage.label)] : [])];
  const near = risk.items.filter((item) => !item.atRisk && item.count >= item.limit - 1).map((item) => bilingual(item.label));
  const tone = atRisk.length ? 'danger' : near.length ? 'warning' : 'success';
  return (
    <Box background={`${tone}100`} borderColor={`${tone}200`} borderStyle="solid" borderWidth="1px" hasRadius padding={5} role={atRisk.length ? 'alert' : 'status'}>
      <Flex gap={3} alignItems="flex-start">
        {tone === 'success' ? (
          <CheckCircle fill="success600" width="2.4rem" height="2.4rem" aria-hidden />
        ) : (
          <WarningCircle fill={`${tone}600`} width="2.4rem" height="2.4rem" aria-hidden />
        )}
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="delta" textColor={`${tone}700`}>
            {atRisk.length ? t('banner.vetoed') : near.length ? t('banner.near') : t('banner.safe')}
          </Typography>
          {atRisk.length || near.length ? (
            <Typography textColor={`${tone}700`}>{[...atRisk, ...near].join(t('list.separator'))}</Typography>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
};

/** 总览: the veto risk, the columns by unit, the inquiries by age, other findings, the trend and the last runs. */
export const DashboardPage = () => {
  const t = useT();
  const api = useApi();
  const { dateTime } = useDateFormatters();
  const overview = useLoader((signal) => api.findings(signal), [api]);
  const { unitName } = useUnitNames();
  const data = overview.data;

  const columnFindings = React.useMemo(() => (data ? data.findings.filter(isColumnFinding) : []), [data]);
  const groups = React.useMemo(() => groupByUnit(columnFindings, unitName), [columnFindings, unitName]);
  const inquiries = React.useMemo(() => openInquiries(data ? data.findings.filter(isInquiryFinding) : []), [data]);
  const others = React.useMemo(
    () => (data ? data.findings.filter((f): f is OtherFinding => f.kind === 'interpretation-missing' || f.kind === 'quota-shortfall') : []),
    [data],
  );
  const overdueColumns = new Set(columnFindings.filter((f) => f.severity === 'overdue').map((f) => f.columnId));
  const soonColumns = new Set(columnFindings.filter((f) => f.severity === 'due-soon' && !overdueColumns.has(f.columnId)).map((f) => f.columnId));

  return (
    <PluginPage
      page="dashboard"
      title={t('dashboard.title')}
      subtitle={data ? t('dashboard.subtitle', { at: dateTime(data.vetoRisk.evaluatedAt), count: data.findings.length }) : t('dashboard.subtitle.loading')}
      busy={overview.isLoading}
      primaryAction={
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={overview.reload} loading={overview.isLoading && data !== undefined}>
          {t('action.refresh')}
        </Button>
      }
    >
      {overview.error ? (
        <Box marginBottom={4}>
          <LoadError message={overview.error} onRetry={overview.reload} />
        </Box>
      ) : null}
      {data === undefined && overview.isLoading ? (
        <Loading />
      ) : null}
      {data ? (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <RiskBanner data={data} />
          <Section title={t('veto.title')} subtitle={t('veto.subtitle')}>
            <VetoGauges risk={data.vetoRisk} />
          </Section>
          <Section title={t('counts.title')} subtitle={t('counts.subtitle', { count: data.findings.length })}>
            <KindCounts counts={data.counts} />
          </Section>
          <Section title={t('units.title')} subtitle={t('units.subtitle', { units: groups.length, overdue: overdueColumns.size, soon: soonColumns.size })}>
            <UnitColumns groups={groups} />
          </Section>
          <Section title={t('inquiries.title')} subtitle={t('inquiries.subtitle', { count: inquiries.length })}>
            <InquiryAges inquiries={inquiries} unitName={unitName} />
          </Section>
          <Section title={t('other.title')} subtitle={t('other.subtitle', { count: others.length })}>
            <OtherFindings findings={others} unitName={unitName} />
          </Section>
          <Section title={t('chart.title')} subtitle={t('chart.subtitle')}>
            <HistoryChart history={data.history} />
          </Section>
          <Section title={t('runs.title')} subtitle={t('runs.subtitle')}>
            <RunsTable runs={data.runs} />
          </Section>
        </Flex>
      ) : null}
    </PluginPage>
  );
};
