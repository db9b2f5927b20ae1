import * as React from 'react';

import { Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

/** Strapi's tables keep cells on one line; long Chinese text wraps in these instead. */
export const WrapText = styled(Typography)<{ $min?: string; $max?: string }>`
  display: block;
  white-space: normal;
  word-break: break-word;
  min-width: ${({ $min }) => $min ?? '12rem'};
  max-width: ${({ $max }) => $max ?? '32rem'};
`;

/** 频道 › 一级 › 二级, the column's own name in bold. */
const PathText = styled(WrapText)`
  word-break: keep-all;
  overflow-wrap: anywhere;
`;

export const ColumnPathText = ({ path, min }: { path: readonly string[]; min?: string }) => {
  const parents = path.slice(0, -1);
  const name = path[path.length - 1] ?? '';
  return (
    <PathText $min={min ?? '14rem'} $max="26rem" textColor="neutral800">
      {parents.map((part) => (
        <React.Fragment key={part}>
          <Typography textColor="neutral600">{part}</Typography>
          <Typography textColor="neutral500">{' › '}</Typography>
        </React.Fragment>
      ))}
      <Typography fontWeight="bold">{name}</Typography>
    </PathText>
  );
};

/** Column headers of Strapi's tables. */
export const HeadText = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="sigma" textColor="neutral600">
    {children}
  </Typography>
);
