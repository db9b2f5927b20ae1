import type { EveryRule, FrequencyRule } from './frequency';

/** Column categories the national inspection indicators judge by (国办秘函〔2019〕19号). */
export const COLUMN_CATEGORIES = ['news', 'notice', 'policy', 'personnel-plan', 'interaction', 'topic', 'profile', 'other'] as const;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ColumnCategory, { zh: string; en: string }> = {
  news: { zh: '动态要闻', en: 'news' },
  notice: { zh: '通知公告', en: 'notices' },
  policy: { zh: '政策文件', en: 'policy' },
  'personnel-plan': { zh: '人事/规划计划', en: 'personnel and plans' },
  interaction: { zh: '互动交流', en: 'interaction' },
  topic: { zh: '专题专栏', en: 'topics' },
  profile: { zh: '概况类', en: 'profile' },
  other: { zh: '其他', en: 'other' },
};

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

export const isColumnCategory = (value: unknown): value is ColumnCategory =>
  typeof value === 'string' && (COLUMN_CATEGORIES as readonly string[]).includes(value);
