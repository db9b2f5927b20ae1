import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';

import { FINDING_KIND_LABELS } from '../domain';
import { repositories } from '../repositories';
import { getService } from '../utils';
import { pageNumber, validateInput } from '../validation/input';
import { say } from '../errors';

interface Ctx {
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
}

const logQuery = validateInput(
  yup.object({
    status: yup.string().oneOf(['pending', 'sending', 'sent', 'retrying', 'failed']),
    day: yup.string().matches(/^\d{4}-\d{2}-\d{2}$/, 'day must be a date YYYY-MM-DD'),
    page: pageNumber().default(1),
    pageSize: yup.number().integer().min(1).max(200).default(50),
  }),
  { strict: false },
);

const refuseUnknown = (input: unknown, fields: string[]) => {
  const unknown = input && typeof input === 'object' ? Object.keys(input).filter((key) => !fields.includes(key)) : [];
  if (unknown.length) throw new errors.ValidationError(...say(`未知参数：${unknown.join('、')}`, `Unknown parameters: ${unknown.join(', ')}`));
};

/** The admin routes: current findings and veto risk, the notification log, run now, preview, rebuild the activity tables. */
const admin = ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => getService(strapi, 'clock').now();
  return {
    /** GET /overdue/findings — what a scan would find now, the veto risk, and the findings history. */
    async findings(ctx: Ctx) {
      refuseUnknown(ctx.query, []);
      const preview = await getService(strapi, 'scan').preview(now());
      const since = new Date(now().getTime() - 90 * 24 * 3600 * 1000);
      ctx.body = {
        findings: preview.findings,
        vetoRisk: preview.vetoRisk,
        counts: preview.counts,
        kinds: FINDING_KIND_LABELS,
        history: await repositories(strapi).runs.history(since),
        runs: await repositories(strapi).runs.recent(10),
      };
    },

    /** POST /overdue/preview — the findings and the emails that would go; nothing written, nothing sent. */
    async preview(ctx: Ctx) {
      refuseUnknown(ctx.request.body ?? {}, []);
      const preview = await getService(strapi, 'scan').preview(now());
      ctx.body = { findings: preview.findings, vetoRisk: preview.vetoRisk, counts: preview.counts, emails: preview.emails };
    },

    /** POST /overdue/run — scan now (refused with 409 while another scan runs). */
    async run(ctx: Ctx) {
      refuseUnknown(ctx.request.body ?? {}, []);
      const result = await getService(strapi, 'scan').run({ trigger: 'manual', now: now() });
      if (!result.ran) {
        const createError = (await import('http-errors')).default;
        const [message, details] = say('另一次扫描正在进行，请稍后再试', 'Another scan is running: try again shortly');
        throw Object.assign(createError(409, message), { details });
      }
      ctx.body = result;
    },

    /** POST /overdue/activity/rebuild — rebuild the activity tables the scan reads from the items (after writes past the Document Service). */
    async rebuildActivity(ctx: Ctx) {
      refuseUnknown(ctx.request.body ?? {}, []);
      ctx.body = await getService(strapi, 'activity').rebuild();
    },

    /** GET /overdue/notifications?status=&day=&page=&pageSize= — the notification log. */
    async notifications(ctx: Ctx) {
      refuseUnknown(ctx.query, ['status', 'day', 'page', 'pageSize']);
      const { status, day, page, pageSize } = (await logQuery(ctx.query)) as { status?: never; day?: string; page: number; pageSize: number };
      const { results, total } = await repositories(strapi).outbox.list({ status, day }, pageSize, (page - 1) * pageSize);
      ctx.body = { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
    },
  };
};

export default admin;
