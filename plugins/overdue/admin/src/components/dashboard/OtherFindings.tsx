import { Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { useBilingual, useDateFormatters } from '@content-assurance/kit/admin';

import { editViewPath } from '../../routes';
import type { InterpretationMissingFinding, QuotaShortfallFinding } from '../../types';
import { useT } from '../../utils/i18n';
import { kindLabel, latenessText } from '../../utils/kinds';
import { SeverityBadge } from '../Badges';
import { Empty, HeadText, WrapText } from '../Cells';

export type OtherFinding = InterpretationMissingFinding | QuotaShortfallFinding;

/** 政策解读缺失 and 信息报送不足: what they are about, the duty, the deadline, how late. */
export const OtherFindings = ({ findings, unitName }: { findings: OtherFinding[]; unitName: (id: number | null) => string }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { date } = useDateFormatters();
  if (findings.length === 0) return <Empty>{t('other.empty')}</Empty>;
  return (
    <Table colCount={6} rowCount={findings.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('other.col.kind')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('other.col.subject')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('other.col.unit')}</HeadText>
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
        </Tr>
      </Thead>
      <Tbody>
        {findings.map((finding) => (
          <Tr key={finding.key}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <SeverityBadge severity={finding.severity} />
                <Typography variant="pi">{kindLabel(t, finding.kind)}</Typography>
              </Flex>
            </Td>
            <Td>
              {finding.kind === 'interpretation-missing' ? (
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Link tag={RouterLink} to={editViewPath('api::article.article', finding.articleDocumentId)} isExternal={false}>
                    <WrapText $min="14rem" $max="28rem" textColor="primary600">
                      {finding.title}
                    </WrapText>
                  </Link>
                  <Typography variant="pi" textColor="neutral600">
                    {t('other.published', { date: date(finding.publishedAt) })}
                  </Typography>
                </Flex>
              ) : (
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography>{t('other.quota', { month: finding.month })}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t('other.quota.detail', { count: finding.count, quota: finding.quota, shortfall: finding.shortfall })}
                  </Typography>
                </Flex>
              )}
            </Td>
            <Td>
              <WrapText $min="8rem" $max="16rem">
                {finding.kind === 'quota-shortfall'
                  ? finding.unitName || unitName(finding.unitId)
                  : finding.unitIds.length
                    ? finding.unitIds.map((id) => unitName(id)).join(t('list.enum'))
                    : unitName(null)}
              </WrapText>
            </Td>
            <Td>
              <WrapText $min="6rem" $max="14rem">{bilingual(finding.ruleLabel) || '—'}</WrapText>
            </Td>
            <Td>
              <Typography>{finding.dueAt ? date(finding.dueAt) : '—'}</Typography>
            </Td>
            <Td>
              <Typography fontWeight="bold" textColor={finding.severity === 'overdue' ? 'danger600' : 'warning600'}>
                {latenessText(t, finding)}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
