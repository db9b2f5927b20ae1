import * as React from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

/** Strapi's tables keep cells on one line; long Chinese text wraps in these instead. */
export const WrapText = styled(Typography)<{ $min?: string; $max?: string }>`
  display: block;
  white-space: normal;
  word-break: break-word;
  min-width: ${({ $min }) => $min ?? '10rem'};
  max-width: ${({ $max }) => $max ?? '32rem'};
`;

/** A table head cell's text. */
export const HeadText = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="sigma" textColor="neutral600">
    {children}
  </Typography>
);

/** 频道 › 一级 › 二级, the column's own name in bold. */
export const ColumnPathText = ({ path, min }: { path: readonly string[]; min?: string }) => {
  const parents = path.slice(0, -1);
  const name = path[path.length - 1] ?? '';
  return (
    <WrapText $min={min ?? '14rem'} $max="28rem" textColor="neutral800">
      {parents.map((part, index) => (
        <React.Fragment key={`${index}:${part}`}>
          <Typography textColor="neutral600">{part}</Typography>
          <Typography textColor="neutral500">{' › '}</Typography>
        </React.Fragment>
      ))}
      <Typography fontWeight="bold">{name}</Typography>
    </WrapText>
  );
};

/** A titled white panel of the dashboard. */
export const Section = ({ title, subtitle, actions, children }: { title: string; subtitle?: React.ReactNode; actions?: React.ReactNode; children: React.ReactNode }) => (
  <Box background="neutral0" shadow="tableShadow" hasRadius padding={6} tag="section">
    <Flex justifyContent="space-between" alignItems="flex-start" gap={4} paddingBottom={4} wrap="wrap">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {subtitle ? (
          <Typography variant="pi" textColor="neutral600">
            {subtitle}
          </Typography>
        ) : null}
      </Flex>
      {actions}
    </Flex>
    {children}
  </Box>
);

/** A quiet one-line empty state inside a section (the design system's EmptyStateLayout is made for whole pages). */
export const Empty = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral100" hasRadius padding={5}>
    <Typography textColor="neutral600">{children}</Typography>
  </Box>
);

/** 显示全部 N 项 / 只显示前 n 项: for long lists shown a part at first; nothing when the list is short. */
export const ShowMore = ({ expanded, total, limit, onToggle, moreLabel, lessLabel }: { expanded: boolean; total: number; limit: number; onToggle: () => void; moreLabel: string; lessLabel: string }) =>
  total > limit ? (
    <Flex justifyContent="center" paddingTop={3}>
      <Button variant="tertiary" onClick={onToggle}>
        {expanded ? lessLabel : moreLabel}
      </Button>
    </Flex>
  ) : null;
