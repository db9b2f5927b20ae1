import { Badge, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { useDateFormatters } from '@content-assurance/kit/admin';

import { routerPathOf } from '../routes';
import type { DigestRow } from '../types';
import { useT } from '../utils/i18n';
import { kindLabel, latenessText } from '../utils/kinds';
import { SeverityBadge } from './Badges';
import { HeadText, WrapText } from './Cells';

/** The rows of one digest email, as the recipient will read them. */
export const DigestRows = ({ rows }: { rows: DigestRow[] }) => {
  const t = useT();
  const { day } = useDateFormatters();
  return (
    <Table colCount={6} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <HeadText>{t('digest.col.kind')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('digest.col.subject')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('digest.col.rule')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('digest.col.due')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('digest.col.late')}</HeadText>
          </Th>
          <Th>
            <HeadText>{t('digest.col.detail')}</HeadText>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => {
          const path = routerPathOf(row.link);
          return (
            <Tr key={row.key}>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <SeverityBadge severity={row.severity} />
                  <WrapText $min="8rem" $max="12rem" variant="pi">
                    {kindLabel(t, row.kind)}
                  </WrapText>
                  {row.escalated ? (
                    <Badge size="S" variant="danger">
                      {t('digest.escalated')}
                    </Badge>
                  ) : null}
                </Flex>
              </Td>
              <Td>
                {path ? (
                  <Link tag={RouterLink} to={path} isExternal={false}>
                    <WrapText $min="14rem" $max="26rem" textColor="primary600">
                      {row.subject}
                    </WrapText>
                  </Link>
                ) : (
                  <WrapText $min="14rem" $max="26rem">
                    {row.subject}
                  </WrapText>
                )}
              </Td>
              <Td>
                <WrapText $min="9rem" $max="14rem">{row.rule || '—'}</WrapText>
              </Td>
              <Td>
                <Typography>{row.dueDate ? day(row.dueDate) : '—'}</Typography>
              </Td>
              <Td>
                <Typography fontWeight="bold" textColor={row.severity === 'overdue' ? 'danger600' : 'warning600'}>
                  {latenessText(t, row)}
                </Typography>
              </Td>
              <Td>
                <WrapText $min="12rem" $max="20rem" variant="pi" textColor="neutral600">
                  {row.detail}
                </WrapText>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
