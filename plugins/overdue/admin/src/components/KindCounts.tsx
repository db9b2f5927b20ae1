import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import { FINDING_KINDS } from '../types';
import { useT } from '../utils/i18n';
import { KIND_COLORS, kindLabel } from '../utils/kinds';

const Swatch = styled.span<{ $color: string }>`
  display: inline-block;
  width: 0.4rem;
  align-self: stretch;
  border-radius: 2px;
  background: ${({ $color }) => $color};
`;

/** The number of findings of each kind, as small tiles (kinds with none are left out unless `all`). */
export const KindCounts = ({ counts, all = false }: { counts: Partial<Record<string, number>>; all?: boolean }) => {
  const t = useT();
  const kinds = FINDING_KINDS.filter((kind) => all || (counts[kind] ?? 0) > 0);
  if (kinds.length === 0) {
    return <Typography textColor="success700">{t('counts.none')}</Typography>;
  }
  return (
    <Flex gap={3} wrap="wrap" tag="ul">
      {kinds.map((kind) => (
        <Box key={kind} tag="li" background="neutral100" hasRadius paddingTop={2} paddingBottom={2} paddingLeft={3} paddingRight={4}>
          <Flex gap={3} alignItems="stretch">
            <Swatch $color={KIND_COLORS[kind]} aria-hidden />
            <Flex direction="column" alignItems="flex-start">
              <Typography variant="beta" tag="span" textColor={(counts[kind] ?? 0) > 0 ? 'neutral800' : 'neutral500'}>
                {counts[kind] ?? 0}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {kindLabel(t, kind)}
              </Typography>
            </Flex>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
