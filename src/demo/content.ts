import type { Core } from '@strapi/strapi';

import { overdueApi, reviewApi, type ReviewSubjectRef, type ReviewSubjectType, type ReviewSummary } from '@content-assurance/kit/server';

import { demoPlan, type ArticlePlan, type Fate, type InquiryPlan, type LevelKey } from './catalog';
import { ensureReviewStaff, type ReviewDuty, type Roster, type StaffMember } from './staff';

/**
 * The demo site's content, carried through the review like any item (分级审核、先审后发): each item is
 * written and submitted by its unit's 信息员, signed at every level of its workflow by the unit's
 * reviewers, and published by the officer — as of the days and hours the plan gives, a few months
 * back (the review's clock, `runAt`: the decisions, the audit trail and the approval sheets carry
 * those times; no notification is sent for the past). Policy documents go out with their
 * interpretation, replies answer inquiries, and some items are still in review so that every
 * reviewer has work waiting.
 */

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type SubjectType = ReviewSubjectType;

export interface DemoContentResult {
  articles: number;
  published: number;
  inReview: number;
  interpretations: number;
  inquiries: number;
  replies: number;
}

const LEVEL_DUTY: Record<string, ReviewDuty> = {
  'section-reviewer': 'section-reviewer',
  'confidentiality-reviewer': 'confidentiality-reviewer',
  'leader-in-charge': 'leader-in-charge',
  'principal-leader': 'principal-leader',
};

/** Sign-off opinions as reviewers write them (one is chosen per item and level). */
const OPINIONS: Record<string, string[]> = {
  section: ['内容属实，同意报送。', '已核对数据，同意。', '同意，请按程序报送。'],
  confidentiality: ['经审查，不涉及国家秘密和工作秘密，同意公开。', '不涉密，无个人隐私信息，同意。'],
  'leader-in-charge': ['同意发布。', '同意。', '同意，按程序发布。'],
  'principal-leader': ['同意发布。', '同意。'],
};

/** Column path ('频道/栏目/子栏目') → ids. */
const columnsByPath = async (strapi: Core.Strapi): Promise<Map<string, { id: number; documentId: string }>> => {
  const rows = (await strapi.db.query('api::column.column').findMany({
    select: ['id', 'documentId', 'name'],
    populate: { parent: { select: ['id'] } },
  })) as { id: number; documentId: string; name: string; parent: { id: number } | null }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pathOf = (row: (typeof rows)[number]): string => {
    const names: string[] = [];
    for (let at: (typeof rows)[number] | undefined = row; at; at = at.parent ? byId.get(at.parent.id) : undefined) names.unshift(at.name);
    return names.join('/');
  };
  return new Map(rows.map((row) => [pathOf(row), { id: row.id, documentId: row.documentId }]));
};

/** Who reviews what: the officer and every level's signer in each unit that writes (unit id → duties). */
const staffNeeds = (plan: ReturnType<typeof demoPlan>, unitId: (name: string) => number): Map<number, Set<ReviewDuty>> => {
  const needs = new Map<number, Set<ReviewDuty>>();
  const need = (unitName: string, important: boolean) => {
    const id = unitId(unitName);
    const set = needs.get(id) ?? new Set<ReviewDuty>();
    for (const duty of ['information-officer', 'section-reviewer', 'confidentiality-reviewer', 'leader-in-charge'] as const) set.add(duty);
    if (important) set.add('principal-leader');
    needs.set(id, set);
  };
  for (const item of plan.articles) need(item.unit, item.importance === 'important');
  for (const inquiry of plan.inquiries) if (inquiry.reply) need(inquiry.unit, false);
  return needs;
};

/**
 * The review staff the content needs, in the units that write it (src/demo/staff.ts); returns how many
 * accounts it made. Run before `seedDemoContent` (which finds them in place), in the seed's transaction.
 */
export const seedDemoStaff = async (strapi: Core.Strapi, now: Date): Promise<number> => {
  const units = (await strapi.db.query('api::unit.unit').findMany({ select: ['id', 'name'] })) as { id: number; name: string }[];
  const ids = new Map(units.map((u) => [u.name, u.id]));
  const before = await strapi.db.query('admin::user').count();
  await ensureReviewStaff(
    strapi,
    staffNeeds(demoPlan(now), (name) => {
      const id = ids.get(name);
      if (id === undefined) throw new Error(`Demo content names a unit the table does not have: ${name}`);
      return id;
    }),
  );
  return (await strapi.db.query('admin::user').count()) - before;
};

export const seedDemoContent = async (strapi: Core.Strapi, now: Date): Promise<DemoContentResult> => {
  const plan = demoPlan(now);
  const columns = await columnsByPath(strapi);
  const unitRows = (await strapi.db.query('api::unit.unit').findMany({ select: ['id', 'documentId', 'name'] })) as { id: number; documentId: string; name: string }[];
  const units = new Map(unitRows.map((u) => [u.name, u]));
  const column = (path: string) => {
    const found = columns.get(path);
    if (!found) throw new Error(`Demo content names a column the table does not have: ${path}`);
    return found;
  };
  const unit = (name: string) => {
    const found = units.get(name);
    if (!found) throw new Error(`Demo content names a unit the table does not have: ${name}`);
    return found;
  };

  const roster = await ensureReviewStaff(strapi, staffNeeds(plan, (name) => unit(name).id));
  const person = (unitName: string, duty: ReviewDuty): StaffMember => {
    const found = (roster as Roster).get(unit(unitName).id)?.[duty];
    if (!found) throw new Error(`Demo content: ${unitName} has no ${duty}`);
    return found;
  };

  const { review, clock } = reviewApi(strapi);

  // ── the timeline: every step of every item, run in time order as of its instant ───────────────
  type Step = { at: number; order: number; run: () => Promise<void> };
  const steps: Step[] = [];
  let order = 0;
  const at = (instant: number, run: () => Promise<void>) => steps.push({ at: instant, order: (order += 1), run });
  const latest = now.getTime() - 20 * MINUTE;
  /** The instant of a plan's day and hour (Beijing), never later than just before now. */
  const instantOf = (daysAgo: number, hour: number, minute: number): number => {
    const beijing = new Date(now.getTime() + 8 * HOUR - daysAgo * DAY);
    const local = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate(), hour, minute) - 8 * HOUR;
    return Math.min(local, latest);
  };
  const dateOf = (instant: number) => new Date(instant + 8 * HOUR).toISOString().slice(0, 10);

  /** Published rows to date back (Strapi stamps a publication with the real time), with their authors. */
  const history: { type: SubjectType; documentId: string; createdAt: number; updatedAt: number; publishedAt: number | null; by: number }[] = [];
  const counts: DemoContentResult = { articles: 0, published: 0, inReview: 0, interpretations: 0, inquiries: 0, replies: 0 };

  /** The review steps of one item, ending with its publication at `publishedAt` (or as its fate says). */
  const scheduleReview = (
    ref: () => ReviewSubjectRef,
    unitName: string,
    fate: Fate,
    end: number,
    seed: number,
    options: { publish: (() => Promise<void>) | null; edit?: () => Promise<void> },
  ) => {
    const officer = person(unitName, 'information-officer');
    const dutyOf = (level: LevelKey): ReviewDuty =>
      level === 'section' ? 'section-reviewer' : level === 'confidentiality' ? 'confidentiality-reviewer' : level === 'leader-in-charge' ? 'leader-in-charge' : 'principal-leader';
    /** Each signature as of its own time, level by level, `spacing` apart, up to (not including) `until`. */
    const sign = async (view: ReviewSummary, until: LevelKey | null, from: number, spacing: number) => {
      let state = view.state;
      let instant = from;
      while (state.levelIndex !== null) {
        const level = state.levels[state.levelIndex];
        if (level.key === until) return;
        instant += spacing;
        const signer = person(unitName, LEVEL_DUTY[level.duty]);
        const opinions = OPINIONS[level.key] ?? ['同意。'];
        const decision = { levelKey: level.key, decision: 'approve' as const, opinion: opinions[seed % opinions.length] };
        state = (await clock.runAt(new Date(instant), () => review.decide(ref(), signer, decision))).state;
      }
    };
    /** Submitted at `from`, signed up to `until` (null: every level). */
    const submitAndSign = (until: LevelKey | null, from: number, spacing: number) =>
      at(from, async () => sign(await review.submit(ref(), officer), until, from, spacing));
    const reject = (instant: number, level: LevelKey, opinion: string) =>
      at(instant, async () => {
        await review.decide(ref(), person(unitName, dutyOf(level)), { levelKey: level, decision: 'reject', opinion });
      });

    switch (fate.kind) {
      case 'published':
        submitAndSign(null, end - 26 * HOUR, 5 * HOUR);
        if (options.publish) at(end, options.publish);
        return;
      case 'returned-then-published': {
        // round 1 returned with an opinion, corrected the next day, round 2 signed and published
        const first = end - 75 * HOUR;
        submitAndSign(fate.levelKey, first, HOUR);
        reject(first + 20 * HOUR, fate.levelKey, fate.opinion);
        if (options.edit) at(first + 44 * HOUR, options.edit);
        submitAndSign(null, end - 26 * HOUR, 5 * HOUR);
        if (options.publish) at(end, options.publish);
        return;
      }
      case 'waiting':
        submitAndSign(fate.levelKey, end - 3 * HOUR, 40 * MINUTE);
        return;
      case 'returned':
        submitAndSign(fate.levelKey, end - 3 * HOUR, 40 * MINUTE);
        reject(end, fate.levelKey, fate.opinion);
        return;
      case 'approved':
        submitAndSign(null, end - 3 * HOUR, 40 * MINUTE);
        return;
      case 'draft':
        return;
    }
  };

  /** Publish as the officer (the approval sheet's 发布人): a request context of theirs, as the admin's would be. */
  const publishAs = (officer: StaffMember, type: SubjectType, documentId: string) =>
    strapi.requestContext.run(
      { state: { auth: { strategy: { name: 'admin' } }, user: { id: officer.id, email: officer.email, roles: [] } } } as never,
      async () => {
        await strapi.documents(type).publish({ documentId } as never);
      },
    );

  // ── articles (and the interpretations of policy documents) ─────────────────────────────────────
  plan.articles.forEach((item: ArticlePlan, index: number) => {
    const end = instantOf(item.daysAgo, item.hour, (index * 7) % 50);
    const created = end - (item.fate.kind === 'returned-then-published' ? 76 : item.fate.kind === 'published' ? 27 : 4) * HOUR;
    const officer = person(item.unit, 'information-officer');
    const ref = { type: 'api::article.article' as const, documentId: '' };
    const record = { type: ref.type, documentId: '', createdAt: created, updatedAt: end, publishedAt: null as number | null, by: officer.id };
    history.push(record);
    counts.articles += 1;
    if (item.fate.kind === 'published' || item.fate.kind === 'returned-then-published') {
      counts.published += 1;
      record.publishedAt = end;
    } else if (item.fate.kind !== 'draft') counts.inReview += 1;

    at(created, async () => {
      const doc = await strapi.documents('api::article.article').create({
        data: {
          title: item.title,
          body: item.body,
          column: column(item.column).documentId,
          submittingUnit: unit(item.unit).documentId,
          author: item.author,
          source: item.source,
          writtenAt: dateOf(created - DAY),
          infoType: item.infoType,
          importance: item.importance,
          isPolicyDocument: !!item.interpretation,
          needsInterpretation: !!item.interpretation,
        } as never,
      });
      ref.documentId = doc.documentId;
      record.documentId = doc.documentId;
    });

    if (item.interpretation) {
      const interpretation = item.interpretation;
      const iref = { type: 'api::interpretation.interpretation' as const, documentId: '' };
      const irecord = { type: iref.type, documentId: '', createdAt: created + 10 * MINUTE, updatedAt: end, publishedAt: end, by: officer.id };
      history.push(irecord);
      counts.interpretations += 1;
      at(created + 10 * MINUTE, async () => {
        const doc = await strapi.documents('api::interpretation.interpretation').create({
          data: { title: interpretation.title, body: interpretation.body, policyArticle: ref.documentId, format: interpretation.format, draftingUnit: unit(item.unit).documentId } as never,
        });
        iref.documentId = doc.documentId;
        irecord.documentId = doc.documentId;
      });
      // submitted and signed an hour ahead of its policy document (同步报送); published with it (同步发布)
      scheduleReview(() => iref, item.unit, { kind: 'published' }, end - 30 * MINUTE, index + 1, { publish: null });
    }

    scheduleReview(() => ref, item.unit, item.fate, end, index, {
      publish: () => publishAs(officer, ref.type, ref.documentId),
      edit: async () => {
        await strapi.documents('api::article.article').update({ documentId: ref.documentId, data: { body: `${item.body}（数据来源：市生态环境局${dateOf(end - 40 * DAY).slice(0, 4)}年水源地监测报告。）` } as never });
      },
    });
  });

  // ── inquiries and replies ─────────────────────────────────────────────────────────────────────
  plan.inquiries.forEach((inquiry: InquiryPlan, index: number) => {
    const received = Math.min(now.getTime() - inquiry.receivedDaysAgo * DAY - ((index * 37) % 300) * MINUTE, latest);
    const iref = { documentId: '' };
    counts.inquiries += 1;
    at(received, async () => {
      const doc = await strapi.documents('api::inquiry.inquiry').create({
        data: {
          channel: inquiry.channel,
          subject: inquiry.subject,
          content: inquiry.content,
          askerName: inquiry.askerName,
          askerContact: inquiry.askerContact,
          receivedAt: new Date(received).toISOString(),
          assignedUnit: unit(inquiry.unit).documentId,
          ...(inquiry.column ? { column: column(inquiry.column).documentId } : {}),
          status: 'assigned',
        } as never,
      });
      iref.documentId = doc.documentId;
    });
    const reply = inquiry.reply;
    if (!reply) return;
    counts.replies += 1;
    const officer = person(inquiry.unit, 'information-officer');
    const end = reply.fate === 'published' ? Math.min(received + reply.afterDays * DAY, latest) : latest - index * MINUTE;
    const rref = { type: 'api::reply.reply' as const, documentId: '' };
    const record = { type: rref.type, documentId: '', createdAt: end - 27 * HOUR, updatedAt: end, publishedAt: reply.fate === 'published' ? end : null, by: officer.id };
    if (reply.fate === 'waiting') record.createdAt = end - 4 * HOUR;
    history.push(record);
    at(record.createdAt, async () => {
      const doc = await strapi.documents('api::reply.reply').create({
        data: { inquiry: iref.documentId, body: reply.body, replyingUnit: unit(inquiry.unit).documentId } as never,
      });
      rref.documentId = doc.documentId;
      record.documentId = doc.documentId;
    });
    scheduleReview(() => rref, inquiry.unit, reply.fate === 'published' ? { kind: 'published' } : { kind: 'waiting', levelKey: reply.levelKey }, end, index, {
      publish: async () => {
        await publishAs(officer, rref.type, rref.documentId);
        await strapi.documents('api::inquiry.inquiry').update({ documentId: iref.documentId, data: { status: 'replied' } as never });
      },
    });
  });

  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const step of steps) await clock.runAt(new Date(step.at), step.run);

  // Strapi stamps rows with the real time: date them as the history says (the review's own records
  // already carry its times), so that the site, the activity tables and the content-manager agree.
  for (const row of history) {
    const rows = strapi.db.query(row.type);
    await rows.updateMany({
      where: { documentId: row.documentId, publishedAt: { $null: true } },
      data: { createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt), createdBy: row.by, updatedBy: row.by },
    });
    if (row.publishedAt !== null) {
      await rows.updateMany({
        where: { documentId: row.documentId, publishedAt: { $notNull: true } },
        data: { createdAt: new Date(row.createdAt), updatedAt: new Date(row.publishedAt), publishedAt: new Date(row.publishedAt), createdBy: row.by, updatedBy: row.by },
      });
    }
  }
  await overdueApi(strapi).activity.rebuild();
  return counts;
};
