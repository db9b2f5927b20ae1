import type { ColumnCategory } from '@content-assurance/kit/shared';

import type { EveryRule, FrequencyRule } from './frequency';

/** Column categories and their labels are the kit's (国办秘函〔2019〕19号 column classes). */
export { CATEGORY_LABELS, COLUMN_CATEGORIES, isColumnCategory, type ColumnCategory } from '@content-assurance/kit/shared';

/**
 * The longest a column of each category may go without an update before the national indicators
 * count it as stale: 动态/要闻 2 weeks, 通知公告/政策文件 6 months, 人事/规划计划 1 year (local rule).
 * A 随时 (as-needed) or blank frequency is judged by these.
 */
export const NATIONAL_CATEGORY_LIMITS: Partial<Record<ColumnCategory, EveryRule>> = {
  news: { kind: 'every', unit: 'week', count: 2 },
  notice: { kind: 'every', unit: 'month', count: 6 },
  policy: { kind: 'every', unit: 'month', count: 6 },
  'personnel-plan': { kind: 'every', unit: 'year', count: 1 },
};

/**
 * The rule a column's updates are judged by: its own cadence, or — for 随时 and blank — the national
 * limit of its category (null when the category has none). Reply deadlines concern inquiries, not
 * the column's own updates: null.
 */
export const updateRuleOf = (
  rule: FrequencyRule,
  category: ColumnCategory,
  limits: Partial<Record<ColumnCategory, EveryRule>> = NATIONAL_CATEGORY_LIMITS,
): { rule: FrequencyRule; source: 'own' | 'category' } | null => {
  switch (rule.kind) {
    case 'as-needed':
    case 'unspecified': {
      const limit = limits[category];
      return limit ? { rule: limit, source: 'category' } : null;
    }
    case 'reply-within':
      return null;
    default:
      return { rule, source: 'own' };
  }
};
