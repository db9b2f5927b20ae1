import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';

export interface LoadErrorProps {
  message: string;
  onRetry: () => void;
  /** Small, without the icon (inside a panel or a modal). */
  compact?: boolean;
}

/** The texts of the box, in the interface language ('error.load', 'action.retry' of a plugin). */
export type LoadErrorTexts = (key: 'error.load' | 'action.retry') => string;

/**
 * A failed load: the server's message and a retry button. `useTexts` is the plugin's `useT` (its
 * messages have 'error.load' and 'action.retry'); `marginBottom` the space under the box.
 */
export const createLoadError = (useTexts: () => LoadErrorTexts, { marginBottom }: { marginBottom?: 4 } = {}) =>
  function LoadError({ message, onRetry, compact }: LoadErrorProps) {
    const t = useTexts();
    return (
      <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" hasRadius padding={compact ? 3 : 5} marginBottom={marginBottom}>
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
