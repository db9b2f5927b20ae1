/**
 * A content-API filter may reach through a relation into a type with drafts — `/api/columns?filters
 * [articles][title][$startsWith]=…` — and so reveal, by what it matches, the text of unreviewed drafts.
 * This rewrites a filter so that every such relation matches published versions only: the nested filter
 * of a relation to a type with drafts gets `publishedAt: { $notNull: true }`. Logical operators are
 * followed; anything else is left as it is (Strapi validates it).
 */

export interface ModelInfo {
  draftAndPublish: boolean;
  /** The target model of a relation attribute, null for any other attribute. */
  relationTarget(attribute: string): string | null;
}

const LOGICAL = new Set(['$and', '$or']);

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export const publishedOnlyFilters = (filters: unknown, uid: string, model: (uid: string) => ModelInfo | null): unknown => {
  const info = model(uid);
  if (!info || !isPlainObject(filters)) return filters;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (LOGICAL.has(key) && Array.isArray(value)) {
      out[key] = value.map((inner) => publishedOnlyFilters(inner, uid, model));
      continue;
    }
    if (key === '$not') {
      out[key] = publishedOnlyFilters(value, uid, model);
      continue;
    }
    const target = key.startsWith('$') ? null : info.relationTarget(key);
    const targetInfo = target ? model(target) : null;
    if (target && targetInfo && isPlainObject(value)) {
      const nested = publishedOnlyFilters(value, target, model) as Record<string, unknown>;
      out[key] = targetInfo.draftAndPublish ? { ...nested, publishedAt: { $notNull: true } } : nested;
      continue;
    }
    out[key] = value;
  }
  return out;
};
