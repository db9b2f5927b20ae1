import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';
import { say } from '../errors';

interface Ctx {
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * GET /api/overdue/column-health (API token) — for status boards: each column's last update, next due
 * date and state, from the same findings as the morning scan.
 */
const columnHealth = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const unknown = Object.keys(ctx.query).filter((key) => key !== 'state');
    if (unknown.length) throw new errors.ValidationError(...say(`未知参数：${unknown.join('、')}`, `Unknown parameters: ${unknown.join(', ')}`));
    const state = ctx.query.state;
    if (state !== undefined && !['overdue', 'due-soon', 'ok', 'blank', 'no-deadline'].includes(String(state))) {
      throw new errors.ValidationError(...say('state 应为 overdue、due-soon、ok、blank 或 no-deadline', 'State must be overdue, due-soon, ok, blank or no-deadline'));
    }
    const now = getService(strapi, 'clock').now();
    const scan = getService(strapi, 'scan');
    const [input, preview] = await Promise.all([scan.input(now), scan.preview(now)]);
    const byColumn = new Map<number, { state: string; dueAt: string | null; kinds: string[] }>();
    for (const finding of preview.findings) {
      const columnId = (finding as { columnId?: number }).columnId;
      if (columnId === undefined) continue;
      const current = byColumn.get(columnId) ?? { state: 'ok', dueAt: null, kinds: [] };
      current.kinds.push(finding.kind);
      const rank = (s: string) => ['ok', 'due-soon', 'blank', 'overdue'].indexOf(s);
      const next = finding.kind === 'column-blank' ? 'blank' : finding.severity === 'due-soon' ? 'due-soon' : finding.severity === 'overdue' ? 'overdue' : 'ok';
      if (rank(next) > rank(current.state)) current.state = next;
      if (finding.dueAt && (!current.dueAt || finding.dueAt.toISOString() < current.dueAt)) current.dueAt = finding.dueAt.toISOString();
      byColumn.set(columnId, current);
    }
    const results = input.columns
      .filter((c) => c.active && !c.hasChildren)
      .map((c) => {
        const health = byColumn.get(c.id);
        const deadline = c.rules.length ? (health?.dueAt ?? null) : null;
        return {
          id: c.id,
          documentId: c.documentId,
          name: c.name,
          path: c.path,
          category: c.category,
          lastPublishedAt: c.lastPublishedAt?.toISOString() ?? null,
          nextDueAt: deadline,
          state: health?.state ?? (c.rules.length ? 'ok' : 'no-deadline'),
          findings: health?.kinds ?? [],
        };
      })
      .filter((c) => state === undefined || c.state === state);
    ctx.body = { data: results, meta: { total: results.length, evaluatedAt: now.toISOString() } };
  },
});

export default columnHealth;
