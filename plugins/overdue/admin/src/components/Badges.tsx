import { Badge, type BadgeProps } from '@strapi/design-system';

import type { NotificationStatus, Severity } from '../types';
import { useT, type MessageKey } from '../utils/i18n';
import { severityKey } from '../utils/kinds';

type Variant = NonNullable<BadgeProps['variant']>;

const SEVERITY_VARIANTS: Record<Severity, Variant> = { overdue: 'danger', 'due-soon': 'warning', info: 'neutral' };

/** 已逾期 (red) / 即将到期 (orange) / 提示. */
export const SeverityBadge = ({ severity }: { severity: Severity }) => {
  const t = useT();
  return (
    <Badge size="S" variant={SEVERITY_VARIANTS[severity] ?? 'neutral'}>
      {t(severityKey(severity))}
    </Badge>
  );
};

const STATUS_VARIANTS: Record<NotificationStatus, Variant> = {
  sent: 'success',
  retrying: 'warning',
  failed: 'danger',
  pending: 'neutral',
  sending: 'primary',
};

export const statusKey = (status: NotificationStatus): MessageKey => `status.${status}`;

/** 已发送 / 重试中 / 失败 / 待发送 / 发送中. */
export const NotificationStatusBadge = ({ status }: { status: NotificationStatus }) => {
  const t = useT();
  const variant = STATUS_VARIANTS[status];
  return <Badge variant={variant ?? 'neutral'}>{variant ? t(statusKey(status)) : String(status)}</Badge>;
};
