import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';

import type { FindingsOverviewBody, NotificationPageBody, PreviewBody, RunAnswer, ScanRunView } from '../../../shared/contracts';
import { FINDING_KIND_LABELS } from '../domain';
import { repositories } from '../repositories';
import type { ScanRunRecord } from '../repositories/runs';
import { getService } from '../utils';
import { pageNumber, validateInput } from '@content-assurance/kit/server';
import { say } from '../errors';

interface Ctx {
  params?: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  status?: number;
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

/** A run id from the path: a whole number from 1 to 2147483647, else 400. */
const runId = (raw: unknown): number => {
  const id = Number(raw);
  if (!/^\d{1,10}$/.test(String(raw)) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) {
    throw new errors.ValidationError(...say(`扫描记录编号须为正整数，收到“${String(raw).slice(0, 20)}”`, 'A run id is a positive whole number'));
  }
  return id;
};

/** A run as the admin page follows it; `queued` and `delivery` as the scan answers when it ends. */
const runView = (run: ScanRunRecord): ScanRunView => {
  const progress = run.progress ?? null;
  return {
    id: run.id,
    status: run.status,
    trigger: run.trigger,
    scanDay: run.scanDay,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    findings: run.findingsCount,
    queued: run.emailsQueued,
    counts: run.counts,
    progress,
    delivery: progress ? { digests: progress.digests, sent: progress.sent, retrying: progress.retrying, failed: progress.failed } : null,
    error: run.error,
  };
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
      } satisfies FindingsOverviewBody;
    },

    /** POST /overdue/preview — the findings and the emails that would go; nothing written, nothing sent. */
    async preview(ctx: Ctx) {
      refuseUnknown(ctx.request.body ?? {}, []);
      const preview = await getService(strapi, 'scan').preview(now());
      ctx.body = { findings: preview.findings, vetoRisk: preview.vetoRisk, counts: preview.counts, emails: preview.emails } satisfies PreviewBody;
    },

    /**
     * POST /overdue/run — start a scan now and answer at once: 202 with the run (status queued), whose
     * progress GET /overdue/runs/:id follows. 409 with the running run while another scan runs.
     */
    async run(ctx: Ctx) {
      refuseUnknown(ctx.request.body ?? {}, []);
      const started = await getService(strapi, 'scan').start({ trigger: 'manual', now: now() });
      if (!started.started) {
        const createError = (await import('http-errors')).default;
        const [message, details] = say('另一次扫描正在进行，请等它结束后再试', 'Another scan is running: wait for it to end', { run: started.run ? runView(started.run) : null });
        throw Object.assign(createError(409, message), { details });
      }
      ctx.status = 202;
      ctx.body = { run: runView(started.run) } satisfies RunAnswer;
    },

    /** GET /overdue/runs/:id — a run and its progress (queued, running, sending n of m, done, failed). */
    async getRun(ctx: Ctx) {
      const id = runId(ctx.params?.id);
      const run = await getService(strapi, 'scan').getRun(id);
      if (!run) throw new errors.NotFoundError(...say(`找不到扫描记录 #${id}`, `No scan run #${id}`));
      ctx.body = { run: runView(run) } satisfies RunAnswer;
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
      ctx.body = { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } satisfies NotificationPageBody;
    },
  };
};

export default admin;
