/** 保障方式: how a unit guarantees a column's content. */
export const GUARANTEE_METHODS = ['report', 'back-office', 'link', 'handling', 'co-built'] as const;
export type GuaranteeMethod = (typeof GUARANTEE_METHODS)[number];

export const METHOD_LABELS: Record<GuaranteeMethod, { zh: string; en: string }> = {
  report: { zh: '信息报送', en: 'report' }, // submitted to the site's editors
  'back-office': { zh: '后台加载', en: 'back-office' }, // the unit loads it in the back office
  link: { zh: '网站链接', en: 'link' }, // a link to another site
  handling: { zh: '后台受理', en: 'handling' }, // handled in the back office (replies)
  'co-built': { zh: '联合共建', en: 'co-built' },
};

const BY_LABEL = new Map<string, GuaranteeMethod>(
  GUARANTEE_METHODS.flatMap((method) => [
    [METHOD_LABELS[method].zh, method],
    [method, method],
  ]),
);

export type MethodsResult = { ok: true; methods: GuaranteeMethod[] } | { ok: false; unknown: string[] };

/** Read a 保障方式 cell: one or more methods separated by ；;、,/ (e.g. "信息报送；联合共建"). */
export const readMethods = (cell: string): MethodsResult => {
  const tokens = cell
    .split(/[；;、，,/]/)
    .map((token) => token.trim())
    .filter(Boolean);
  const unknown = tokens.filter((token) => !BY_LABEL.has(token.toLowerCase()) && !BY_LABEL.has(token));
  if (unknown.length > 0) return { ok: false, unknown };
  const methods = [...new Set(tokens.map((token) => (BY_LABEL.get(token) ?? BY_LABEL.get(token.toLowerCase())) as GuaranteeMethod))];
  return { ok: true, methods };
};

export const methodsText = (methods: readonly GuaranteeMethod[]): string => methods.map((m) => METHOD_LABELS[m].zh).join('；');
