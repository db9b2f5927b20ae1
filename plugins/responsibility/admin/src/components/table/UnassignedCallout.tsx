import * as React from 'react';

import { Box, Button, Flex, TextButton, Typography } from '@strapi/design-system';
import { Plus, WarningCircle } from '@strapi/icons';

import type { ColumnStatus } from '../../types';
import { pathText, useT } from '../../utils/i18n';

export interface UnassignedCalloutProps {
  columns: ColumnStatus[];
  canManage: boolean;
  onAssign: (column: ColumnStatus) => void;
  onShowOnly: () => void;
}

const SHOWN = 8;

/** "N 个栏目尚未分配保障单位": the active columns nobody answers for, each with a button to assign it. */
export const UnassignedCallout = ({ columns, canManage, onAssign, onShowOnly }: UnassignedCalloutProps) => {
  const t = useT();
  const [expanded, setExpanded] = React.useState(false);
  if (columns.length === 0) return null;
  const shown = expanded ? columns : columns.slice(0, SHOWN);
  return (
    <Box background="warning100" borderColor="warning200" borderStyle="solid" borderWidth="1px" hasRadius padding={5} marginBottom={4}>
      <Flex gap={3} alignItems="flex-start">
        <Box paddingTop={1}>
          <WarningCircle fill="warning600" width="2rem" height="2rem" aria-hidden />
        </Box>
        <Flex direction="column" alignItems="stretch" gap={3} grow={1}>
          <Flex justifyContent="space-between" gap={3} wrap="wrap">
            <Typography variant="delta" tag="h2" textColor="warning700">
              {t('unassigned.title', { count: columns.length })}
            </Typography>
            <TextButton onClick={onShowOnly}>{t('unassigned.show-only')}</TextButton>
          </Flex>
          <Typography textColor="neutral700">{t('unassigned.hint')}</Typography>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {shown.map((column) => (
              <Flex tag="li" key={column.id} justifyContent="space-between" gap={3} background="neutral0" hasRadius paddingLeft={3} paddingRight={2} paddingTop={2} paddingBottom={2}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography fontWeight="semiBold">{pathText(column.path)}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {column.assignmentIds.length > 0 ? t('unassigned.row-without-units') : t('unassigned.no-row')}
                  </Typography>
                </Flex>
                {canManage ? (
                  <Button size="S" variant="secondary" startIcon={<Plus />} onClick={() => onAssign(column)}>
                    {t('unassigned.assign')}
                  </Button>
                ) : null}
              </Flex>
            ))}
          </Flex>
          {columns.length > SHOWN ? (
            <Box>
              <TextButton onClick={() => setExpanded((e) => !e)}>
                {expanded ? t('unassigned.fewer') : t('unassigned.more', { count: columns.length - SHOWN })}
              </TextButton>
            </Box>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
};
