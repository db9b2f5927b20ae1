import * as React from 'react';

import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { NavLink } from 'react-router-dom';

import { useDateFormatters, useLoader } from '@content-assurance/kit/admin';

import { useApi } from '../../api';
import type { PasswordStatus } from '../../types';
import { useT } from '../../utils/i18n';

/** The profile page of the admin, where a person changes their password. */
const PROFILE_PATH = '/me';

const usePasswordStatus = () => {
  const api = useApi();
  return useLoader((signal) => api.passwordStatus(signal), [api]);
};

const Message = ({ status }: { status: PasswordStatus }) => {
  const t = useT();
  const { date } = useDateFormatters();
  const expires = status.expiresAt ? date(status.expiresAt) : '';
  if (status.reason === 'initial') return <>{t('password.initial')}</>;
  if (status.reason === 'expired') return <>{t('password.expired', { date: expires })}</>;
  if (status.warn) return <>{t('password.warn', { days: Math.max(0, status.daysLeft ?? 0), date: expires })}</>;
  return <>{expires ? t('password.ok', { date: expires }) : t('password.ok-unknown')}</>;
};

const ProfileLink = () => {
  const t = useT();
  return (
    <Link tag={NavLink} to={PROFILE_PATH}>
      {t('password.change')}
    </Link>
  );
};

/**
 * 密码状态 on the admin's home page: when the person's password expires; a warning in the last days;
 * when it must be changed (an initial password, or an expired one), what to do and where.
 */
export const PasswordStatusWidget = () => {
  const status = usePasswordStatus();
  if (!status.data) return status.error ? <Typography textColor="neutral600">{status.error}</Typography> : null;
  const urgent = status.data.mustChange || status.data.warn;
  return (
    <Flex direction="column" alignItems="flex-start" gap={3}>
      <Flex gap={2} alignItems="flex-start">
        {urgent ? <WarningCircle fill={status.data.mustChange ? 'danger600' : 'warning600'} aria-hidden /> : <CheckCircle fill="success600" aria-hidden />}
        <Typography textColor={status.data.mustChange ? 'danger700' : urgent ? 'warning700' : 'neutral800'}>
          <Message status={status.data} />
        </Typography>
      </Flex>
      <ProfileLink />
    </Flex>
  );
};

/** The same message as a banner above the plugin's pages, shown only when the password must change or expires soon. */
export const PasswordStatusBanner = () => {
  const status = usePasswordStatus();
  const data = status.data;
  if (!data || (!data.mustChange && !data.warn)) return null;
  return (
    <Box background={data.mustChange ? 'danger100' : 'warning100'} borderColor={data.mustChange ? 'danger200' : 'warning200'} hasRadius padding={4} marginBottom={4}>
      <Flex gap={3} alignItems="center" wrap="wrap">
        <WarningCircle fill={data.mustChange ? 'danger600' : 'warning600'} aria-hidden />
        <Typography textColor={data.mustChange ? 'danger700' : 'warning700'}>
          <Message status={data} />
        </Typography>
        <ProfileLink />
      </Flex>
    </Box>
  );
};
