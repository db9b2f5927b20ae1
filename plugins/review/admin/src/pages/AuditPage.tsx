import * as React from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { CheckCircle, Shield, WarningCircle } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';

import { errorMessage, useDateFormatters } from '@content-assurance/kit/admin';

import { useApi } from '../api';
import { PluginPage } from '../components/PluginPage';
import type { AuditVerification } from '../types';
import { useT } from '../utils/i18n';

/** 留痕校验: walk the audit chain (each entry carries the previous one's hash) and report the first broken link. */
export const AuditPage = () => {
  const t = useT();
  const api = useApi();
  const { dateTime } = useDateFormatters();
  const { toggleNotification } = useNotification();
  const [result, setResult] = React.useState<{ verification: AuditVerification; at: string } | null>(null);
  const [busy, setBusy] = React.useState(false);

  const verify = async () => {
    setBusy(true);
    try {
      setResult({ verification: await api.verifyAudit(), at: new Date().toISOString() });
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) ?? t('error.unknown') });
    } finally {
      setBusy(false);
    }
  };

  const verification = result?.verification;

  return (
    <PluginPage page="audit" title={t('audit.title')} subtitle={t('audit.subtitle')} busy={busy}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
          <Flex direction="column" alignItems="flex-start" gap={4}>
            <Typography textColor="neutral700">{t('audit.help')}</Typography>
            <Button startIcon={<Shield />} loading={busy} onClick={() => void verify()}>
              {t('audit.verify')}
            </Button>
          </Flex>
        </Box>
        {verification && verification.ok ? (
          <Box background="success100" borderColor="success200" borderStyle="solid" borderWidth="1px" hasRadius padding={5} role="status">
            <Flex gap={3} alignItems="flex-start">
              <CheckCircle fill="success600" width="2.4rem" height="2.4rem" aria-hidden />
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="delta" textColor="success700">
                  {t('audit.ok', { count: verification.count })}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('audit.checked-at', { at: dateTime(result?.at) })}
                </Typography>
              </Flex>
            </Flex>
          </Box>
        ) : null}
        {verification && !verification.ok ? (
          <Box background="danger100" borderColor="danger600" borderStyle="solid" borderWidth="1px" hasRadius padding={5} role="alert">
            <Flex gap={3} alignItems="flex-start">
              <WarningCircle fill="danger600" width="2.4rem" height="2.4rem" aria-hidden />
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <Typography variant="delta" textColor="danger700">
                  {t('audit.broken', { seq: verification.brokenAt })}
                </Typography>
                <Typography textColor="danger700" fontWeight="bold">
                  {t(`audit.reason.${verification.reason}`)}
                </Typography>
                <Typography textColor="danger700">{verification.message}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('audit.checked-at', { at: dateTime(result?.at) })}
                </Typography>
              </Flex>
            </Flex>
          </Box>
        ) : null}
      </Flex>
    </PluginPage>
  );
};
