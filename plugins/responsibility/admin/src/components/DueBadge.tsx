import { Badge, type BadgeProps, Flex, Typography } from '@strapi/design-system';

import { daysUntil, useDateFormatters } from '@content-assurance/kit/admin';

import type { DueStatus } from '../types';
import { useT } from '../utils/i18n';

const VARIANTS: Record<DueStatus, NonNullable<BadgeProps['variant']>> = {
  overdue: 'danger',
  'due-soon': 'warning',
  ok: 'success',
  'no-deadline': 'neutral',
  closed: 'secondary',
};

/** 逾期 (red) / 即将到期 (orange) / 正常 (green) / 无固定时限 / 已关闭 */
export const DueBadge = ({ status }: { status: DueStatus }) => {
  const t = useT();
  return (
    <Badge variant={VARIANTS[status]}>
      {t(`due.${status}`)}
    </Badge>
  );
};

/**
 * The next deadline in Asia/Shanghai, with how far it is (逾期 12 天 / 还有 3 天); for a late column never
 * published since it opened, 开通以来未更新 with the opening date instead of a deadline years old.
 */
export const DueDate = ({ iso, status, blankSince }: { iso: string | null; status: DueStatus; blankSince?: string | null }) => {
  const t = useT();
  const { deadline } = useDateFormatters();
  if (blankSince) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography textColor="danger600" fontWeight="bold">
          {t('due.blank-since')}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('due.opened-on', { date: deadline(blankSince) })}
        </Typography>
      </Flex>
    );
  }
  if (!iso) {
    return <Typography textColor="neutral500">—</Typography>;
  }
  const days = daysUntil(iso);
  const late = status === 'overdue' || days < 0;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography textColor={late ? 'danger600' : 'neutral800'} fontWeight={late ? 'bold' : undefined}>
        {deadline(iso)}
      </Typography>
      <Typography variant="pi" textColor={late ? 'danger600' : status === 'due-soon' ? 'warning600' : 'neutral500'}>
        {days < 0 ? t('due.days-late', { days: -days }) : days === 0 ? t('due.today') : t('due.days-left', { days })}
      </Typography>
    </Flex>
  );
};
