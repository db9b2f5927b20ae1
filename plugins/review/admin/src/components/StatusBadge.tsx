import { Status, Typography } from '@strapi/design-system';

import { useBilingual } from '@content-assurance/kit/admin';

import type { LevelSnapshot, ReviewState } from '../types';
import { useT, type Translate } from '../utils/i18n';

type Variant = 'neutral' | 'primary' | 'secondary' | 'success' | 'warning' | 'danger' | 'alternative';

export interface StatusFacts {
  status: ReviewState['status'];
  urgent: boolean;
  returned: boolean;
  /** The level awaiting a decision, and its position (0-based). */
  level: LevelSnapshot | null;
  levelIndex: number | null;
}

export const factsOf = (state: ReviewState): StatusFacts => ({
  status: state.status,
  urgent: state.urgent !== null,
  returned: state.returned !== null,
  level: state.levelIndex === null ? null : (state.levels[state.levelIndex] ?? null),
  levelIndex: state.levelIndex,
});

/** 草稿 / 已退回 / 审核中 第k级：初审 / 审核通过 / 已发布 / 紧急发布待补审. */
export const statusLabel = (facts: StatusFacts, t: Translate, levelName: (level: LevelSnapshot) => string): { text: string; variant: Variant } => {
  if (facts.urgent) {
    return {
      text: facts.level ? t('status.urgent.at', { level: levelName(facts.level), n: (facts.levelIndex ?? 0) + 1 }) : t('status.urgent'),
      variant: 'warning',
    };
  }
  switch (facts.status) {
    case 'draft':
      return facts.returned ? { text: t('status.returned'), variant: 'danger' } : { text: t('status.draft'), variant: 'neutral' };
    case 'in-review':
      return {
        text: facts.level ? t('status.in-review.at', { level: levelName(facts.level), n: (facts.levelIndex ?? 0) + 1 }) : t('status.in-review'),
        variant: 'primary',
      };
    case 'approved':
      return { text: t('status.approved'), variant: 'success' };
    case 'published':
      return { text: t('status.published'), variant: 'success' };
    default:
      return { text: String(facts.status), variant: 'neutral' };
  }
};

/** The review status as a coloured tag. */
export const StatusBadge = ({ facts, size = 'S' }: { facts: StatusFacts; size?: 'XS' | 'S' | 'M' }) => {
  const t = useT();
  const bilingual = useBilingual();
  const { text, variant } = statusLabel(facts, t, (level) => bilingual(level.name));
  return (
    <Status variant={variant} size={size}>
      <Typography fontWeight="bold" textColor={`${variant}700`}>
        {text}
      </Typography>
    </Status>
  );
};
