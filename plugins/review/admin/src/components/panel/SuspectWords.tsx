import { Box, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import type { Finding } from '../../types';
import { useT, type MessageKey } from '../../utils/i18n';

const FIELD_KEYS: Record<string, MessageKey> = { title: 'field.title', body: 'field.body' };

/** 疑似错敏词: each occurrence with its field, line and column, and a few characters around it. */
export const SuspectWords = ({ findings }: { findings: Finding[] }) => {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <Box background="warning100" borderColor="warning200" borderStyle="solid" borderWidth="1px" hasRadius padding={3}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex gap={2} alignItems="center">
          <WarningCircle fill="warning600" width="1.6rem" height="1.6rem" aria-hidden />
          <Typography fontWeight="bold" textColor="warning700">
            {t('panel.suspect.title', { count: findings.length })}
          </Typography>
        </Flex>
        <Typography variant="pi" textColor="neutral700">
          {t('panel.suspect.help')}
        </Typography>
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {findings.map((finding, i) => (
            <Box tag="li" key={`${finding.field}:${finding.index}:${i}`}>
              <Typography variant="pi" fontWeight="bold" textColor="neutral800">
                “{finding.text || finding.word}”
              </Typography>{' '}
              <Typography variant="pi" textColor="neutral600">
                {t('panel.suspect.where', {
                  field: FIELD_KEYS[finding.field] ? t(FIELD_KEYS[finding.field]) : finding.field,
                  line: finding.line,
                  column: finding.column,
                })}
              </Typography>
              {finding.context ? (
                <Typography variant="pi" textColor="neutral600" tag="div" style={{ overflowWrap: 'anywhere' }}>
                  {finding.context}
                </Typography>
              ) : null}
            </Box>
          ))}
        </Flex>
      </Flex>
    </Box>
  );
};
