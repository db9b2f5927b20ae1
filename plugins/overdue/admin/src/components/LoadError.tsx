import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';

import { useT } from '../utils/i18n';

/** A failed load: the server's message and a retry button. */
export const LoadError = ({ message, onRetry, compact }: { message: string; onRetry: () => void; compact?: boolean }) => {
  const t = useT();
  return (
    <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" hasRadius padding={compact ? 3 : 5}>
      <Flex gap={3} alignItems="flex-start">
        {compact ? null : <WarningCircle fill="danger600" width="2rem" height="2rem" aria-hidden />}
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography fontWeight="bold" textColor="danger700">
            {t('error.load')}
          </Typography>
          <Typography textColor="danger700">{message}</Typography>
          <Button variant="danger-light" size="S" startIcon={<ArrowClockwise />} onClick={onRetry}>
            {t('action.retry')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
