import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { contentHash } from '../domain/content-hash';
import { decisionNotificationMail, levelNotificationMail, type NotificationMail } from '../domain/notification-mail';
import { formatBannedMessage, scanText, type Finding } from '../domain/sensitive-words';
import {
  currentLevel,
  initialState,
  transition,
  type Action,
  type ReviewEffect,
  type ReviewEvent,
  type ReviewState,
} from '../domain/state-machine';
import type { Duty, PersonRef } from '../domain/types';
import { offeredActions, unavailableActions } from '../domain/action-guidance';
import { snapshotLevels } from '../domain/workflow';
import { conflict, say } from '../errors';
import { repositories } from '../repositories';
import type { DecisionRecord } from '../repositories/decisions';
import type { ReviewStateIndex, ReviewStateRow } from '../repositories/review-states';
import type { Subject, SubjectType } from '../repositories/subjects';
import { afterCommit } from '@content-assurance/kit/server';
import { getService } from '../utils';
import { bypassingGate } from './gate-context';
import { owners, type Person } from './owners';

/** The person acting, as the review needs them. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  isSuperAdmin: boolean;
}

export interface SubjectRef {
  type: SubjectType;
  documentId: string;
}

export type DecisionInput = { levelKey: string; decision: 'approve' | 'reject'; opinion?: string | null };

export const SYSTEM: Actor = { id: 0, email: 'system', name: '系统 system', isSuperAdmin: true };

const FIELD_LABELS = { title: '标题', body: '正文' };

const person = (actor: Actor): PersonRef => ({ id: actor.id, name: actor.name });

const failure = (status: 400 | 403 | 409, zh: string, en: string, code?: string) => {
  if (status === 400) return new errors.ValidationError(...say(zh, en, code ? { code } : {}));
  if (status === 403) return new errors.PolicyError(...say(zh, en, code ? { code } : {}));
  return conflict(...say(zh, en, code ? { code } : {}));
};

const indexOf = (state: ReviewState, subject: Subject, unitId: number | null): ReviewStateIndex => {
  const level = currentLevel(state);
  return {
    status: state.status,
    currentDuty: level?.duty ?? null,
    currentLevel: level?.key ?? null,
    unitId,
    columnId: subject.columnId,
    submitterId: state.submitter?.id ?? null,
    urgent: state.urgent !== null,
    title: subject.title.slice(0, 250),
  };
};

/** What a transition leaves: the item as it read it, its new state, the reviewing unit. */
interface Applied {
  subject: Subject;
  state: ReviewState;
  unitId: number | null;
}

interface Mail extends NotificationMail {
  to: string[];
}

/**
 * The review of one item (分级审核、先审后发): every transition loads the item and its state, asks the
 * pure state machine, writes the new state by compare-and-set (of two concurrent decisions one wins,
 * the other gets 409), records the decision and the audit entries, publishes when the machine says so
 * — all in one transaction — and sends the emails once it has committed.
 */
const review = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const people = owners(strapi);
  /** Every transition's time (tests set it; the demo seed records past history with its runAt). */
  const now = () => getService(strapi, 'clock').now();
  const adminUrl = () => String(strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port', 1337)}`).replace(/\/$/, '');

  /**
   * A publication or unpublication the review decided (an urgent publication, a rejection that takes an
   * urgent item down, a policy bundle published with its document): the review acts, past its own gate
   * and outside the person's request — the state machine already checked who may cause it.
   */
  const asSystem = async <T>(reason: string, fn: () => Promise<T>): Promise<T> => {
    let result: { value: T } | null = null;
    await strapi.requestContext.run(undefined as never, async () => {
      result = { value: await bypassingGate(reason, fn) };
    });
    return (result as unknown as { value: T }).value;
  };

  const notFound = (ref: SubjectRef) => new errors.NotFoundError(...say(`找不到该条目（${ref.type} ${ref.documentId}）`, `No such item (${ref.type} ${ref.documentId})`));
  const loadSubject = async (ref: SubjectRef): Promise<Subject> => {
    const subject = await repo.subjects.load(ref.type, ref.documentId);
    if (!subject) throw notFound(ref);
    return subject;
  };
  /** The item and its review state, in one query. */
  const loadUnderReview = async (ref: SubjectRef) => {
    const loaded = await repo.subjects.loadUnderReview<ReviewState>(ref.type, ref.documentId);
    if (!loaded) throw notFound(ref);
    return loaded;
  };

  /** The unit whose duty holders would review an item submitted by `actor`: its own unit if it answers for the column, else the submitter's; null if none can be told. */
  const prospectiveUnit = async (subject: Subject, actor: Actor): Promise<number | null> => {
    const owners = await people.columnOwners(subject.columnId);
    if (subject.unitId !== null && (owners.unitIds.length === 0 || owners.unitIds.includes(subject.unitId))) return subject.unitId;
    const mine = (await people.dutiesIn(actor.id, null)).unitIds.filter((id) => owners.unitIds.includes(id));
    if (mine.length > 0) return mine[0];
    if (owners.unitIds.length === 1) return owners.unitIds[0];
    return null;
  };
  const reviewingUnit = async (subject: Subject, actor: Actor): Promise<number> => {
    const unitId = await prospectiveUnit(subject, actor);
    if (unitId !== null) return unitId;
    throw new errors.ValidationError(
      ...say('未选择报送单位：请在“报送单位”中选择本单位后保存', 'No submitting unit: choose your unit in “报送单位” (submitting unit) and save', { code: 'no-unit' }),
    );
  };

  const levelsFor = async (subject: Subject) => {
    const workflow = await getService(strapi, 'workflows').resolve(subject.type, subject.columnId);
    return snapshotLevels(workflow.levels, { ...subject.content, importance: subject.importance });
  };

  const dictionaryScan = async (subject: Subject) =>
    scanText(
      { title: subject.title, body: typeof subject.content.body === 'string' ? subject.content.body : null },
      await getService(strapi, 'dictionary').compiled(),
    );

  const mailsFor = async (effects: ReviewEffect[], subject: Subject, state: ReviewState, unitId: number | null, ref: SubjectRef): Promise<Mail[]> => {
    const link = `${adminUrl()}/admin/content-manager/collection-types/${ref.type}/${ref.documentId}`;
    const mails: Mail[] = [];
    for (const effect of effects) {
      if (effect.type === 'notify-level' && unitId !== null) {
        const holders = await people.holders(effect.duty, unitId);
        if (holders.length === 0) continue;
        mails.push({
          to: holders.map((h) => h.email),
          ...levelNotificationMail({ title: subject.title, levelName: effect.levelName, round: effect.round, submitterName: state.submitter?.name ?? '', link }),
        });
      }
      if (effect.type === 'notify-author' && effect.to) {
        const author = (await people.emailOfDutyHolder(effect.to.id)) ?? (await repo.people.emailOf(effect.to.id));
        if (!author) continue;
        mails.push({
          to: [author],
          ...decisionNotificationMail({ title: subject.title, approved: effect.decision === 'approved', opinion: effect.opinion, link }),
        });
      }
    }
    return mails;
  };

  /** Mails being sent after a commit; `flush` waits for them (the plugin's destroy, tests). */
  const pending = new Set<Promise<void>>();
  const send = (mails: Mail[]) => {
    const sending = deliver(mails).finally(() => pending.delete(sending));
    pending.add(sending);
  };
  const deliver = async (mails: Mail[]) => {
    for (const mail of mails) {
      try {
        await strapi.plugin('email').service('email').send({ to: mail.to.join(','), subject: mail.subject, text: mail.text, html: mail.html });
      } catch (error) {
        strapi.log.error(`review: could not send "${mail.subject}" to ${mail.to.join(', ')}: ${(error as Error).message}`);
      }
    }
  };

  /** Publish the other members of a policy bundle (同步发布): the article and its interpretations go out together. */
  const bundleOf = async (subject: Subject): Promise<SubjectRef[]> => {
    if (subject.type === 'api::article.article') {
      if (!subject.needsInterpretation) return [];
      return (await repo.subjects.interpretationsOf(subject.id)).map((i) => ({ type: 'api::interpretation.interpretation' as const, documentId: i.documentId }));
    }
    if (subject.type === 'api::interpretation.interpretation') {
      const article = await repo.subjects.policyArticleOf(subject.documentId);
      if (!article) return [];
      const articleSubject = await repo.subjects.load('api::article.article', article.documentId);
      if (!articleSubject?.needsInterpretation) return [];
      const siblings = await repo.subjects.interpretationsOf(articleSubject.id);
      return [
        { type: 'api::article.article', documentId: article.documentId },
        ...siblings.filter((s) => s.documentId !== subject.documentId).map((s) => ({ type: 'api::interpretation.interpretation' as const, documentId: s.documentId })),
      ];
    }
    return [];
  };

  /** The decision record of an approval or a rejection (审签记录), null for other events. */
  const decisionOf = (event: ReviewEvent, before: ReviewState, after: ReviewState, actor: Actor, now: Date, ref: SubjectRef): DecisionRecord | null => {
    if (event.type !== 'approve' && event.type !== 'reject') return null;
    const level = before.levels.find((l) => l.key === event.levelKey);
    return {
      subjectType: ref.type,
      subjectId: ref.documentId,
      round: after.round,
      levelKey: event.levelKey,
      levelName: level?.name.zh ?? null,
      duty: level?.duty ?? '',
      decision: event.type,
      opinion: event.opinion?.trim() || null,
      actorId: actor.id,
      actorName: actor.name,
      at: now.toISOString(),
      contentHash: event.contentHash,
    };
  };

  /**
   * Apply one event to one item. `build` sees the item, its state and the acting person's standing,
   * and returns the event. The new state, the decision and the audit entries are written together by
   * compare-and-set on the state's version (of two concurrent transitions one wins, the other gets
   * 409); a first submission (which creates the state) and a transition that publishes or unpublishes
   * do so in one transaction with those writes. Emails go once it has committed.
   */
  const apply = async (
    ref: SubjectRef,
    actor: Actor,
    build: (ctx: { subject: Subject; state: ReviewState; unitId: number | null; duties: Duty[]; siteAdministrator: boolean }) => Promise<ReviewEvent>,
    options: { unitForSubmission?: boolean; publishSelf?: boolean } = {},
  ): Promise<Applied> => {
    const at = now();
    const { subject, review: stored } = await loadUnderReview(ref);
    const before = stored?.state ?? initialState();
    const unitId = options.unitForSubmission ? await reviewingUnit(subject, actor) : (stored?.unitId ?? null);
    // Who may not see the item's review is refused before anything about its state is told (403, not 409).
    if (actor !== SYSTEM) await people.assertMayViewReview(actor, unitId ?? subject.unitId, subject.columnId);
    const standing = await people.dutiesIn(actor.id, unitId);
    const event = await build({ subject, state: before, unitId, duties: standing.duties, siteAdministrator: actor.isSuperAdmin || standing.siteAdministrator });
    const result = transition(before, event, at);
    if (!result.ok) throw failure(result.status, result.message, result.en, result.code);
    await guardPolicyBundle(subject, result.state);
    // History recorded as of a past time (the demo seed) notifies nobody: those mails would be long out of date.
    const mails = getService(strapi, 'clock').inPast() ? [] : await mailsFor(result.effects, subject, result.state, unitId, ref);
    const publishing = result.effects.filter((effect) => (effect.type === 'publish' && options.publishSelf !== false) || effect.type === 'unpublish');

    const concurrent = () => conflict(...say('该条目刚被他人处理，请刷新后重试', 'Someone else acted on this item first: reload and try again', { code: 'concurrent-decision' }));
    const commit = async () => {
      const row = stored ?? (await repo.states.insert(ref.type, ref.documentId, initialState(), indexOf(initialState(), subject, unitId)));
      if (!row) throw concurrent();
      const written = await repo.transitions.write({
        stateId: row.id,
        version: row.version,
        state: result.state,
        index: indexOf(result.state, subject, unitId),
        decision: decisionOf(event, before, result.state, actor, at, ref),
        audit: result.effects.flatMap((effect) =>
          effect.type === 'audit'
            ? [{ at: at.toISOString(), actor: person(actor), action: effect.action, contentType: ref.type, documentId: ref.documentId, data: effect.data }]
            : [],
        ),
        at,
      });
      if (!written) throw concurrent();
      for (const effect of publishing) {
        if (effect.type === 'publish') await asSystem('review: publish', () => repo.subjects.publish(ref.type, ref.documentId));
        else await asSystem('review: unpublish', () => repo.subjects.unpublish(ref.type, ref.documentId));
      }
    };
    if (stored && publishing.length === 0) await commit();
    else await strapi.db.transaction(commit);
    // The audit entries were written pending: sealed into the chain once committed (see the audit-trail service).
    await afterCommit(strapi, () => {
      getService(strapi, 'audit-trail').appended();
      send(mails);
    });
    // The round's last level approved: its approval sheet gets its number (序号) now, once. Inside an
    // enclosing transaction (a publication) it is left to the sheet's first reading.
    if (!strapi.db.inTransaction() && result.effects.some((e) => e.type === 'notify-author' && e.decision === 'approved')) {
      try {
        await getService(strapi, 'records').sheetNumber(ref.type, ref.documentId, result.state, unitId);
      } catch (error) {
        strapi.log.error(`review: could not number the approval sheet of ${ref.type} ${ref.documentId}: ${(error as Error).message}`);
      }
    }
    return { subject, state: result.state, unitId };
  };

  /** The state of an item for a viewer: levels, this round's decisions, what this viewer may do, suspect words. */
  const present = async (ref: SubjectRef, viewer: Actor, { subject, state, unitId }: Applied) => {
    const standing = await people.dutiesIn(viewer.id, unitId);
    const who = { personId: viewer.id, duties: standing.duties, isSiteAdministrator: viewer.isSuperAdmin || standing.siteAdministrator };
    const actions: Action[] = offeredActions(state, who, { hasColumn: subject.columnId !== null, hasUnit: unitId !== null });
    const unavailable = unavailableActions(state, who, { hasColumn: subject.columnId !== null, hasUnit: unitId !== null });
    const hash = hashOf(subject);
    const scan = await dictionaryScan(subject);
    return {
      subject: { type: ref.type, documentId: ref.documentId, title: subject.title, unitId, columnId: subject.columnId },
      state,
      currentLevel: currentLevel(state),
      contentHash: hash,
      changedSinceSubmission: state.submittedHash !== null && state.submittedHash !== hash,
      allowedActions: actions,
      /** What the viewer may be looking for and cannot do now, with why and what to do. */
      unavailableActions: unavailable,
      suspectWords: scan.suspect as Finding[],
    };
  };

  /** An article that needs an interpretation cannot complete its review without one in review with it. */
  const guardPolicyBundle = async (subject: Subject, next: ReviewState) => {
    if (subject.type !== 'api::article.article' || !subject.needsInterpretation || next.status !== 'approved') return;
    const interpretations = await repo.subjects.interpretationsOf(subject.id);
    for (const interpretation of interpretations) {
      const row = await repo.states.find<ReviewState>('api::interpretation.interpretation', interpretation.documentId);
      if (row && ['in-review', 'approved', 'published'].includes(row.state.status)) return;
    }
    throw conflict(...say('该政策文件需同步报送政策解读：请先将其解读提交审核', 'This policy document needs its interpretation in review with it: submit its interpretation first', {
      code: 'interpretation-missing',
    }));
  };

  /** The content hash of an item as loaded, computed once (a transition and its answer both need it). */
  const hashes = new WeakMap<Subject, string>();
  const hashOf = (subject: Subject) => {
    let hash = hashes.get(subject);
    if (hash === undefined) {
      hash = contentHash(subject.content);
      hashes.set(subject, hash);
    }
    return hash;
  };

  /** The view of the item once a transition has committed, from what the transition read (no second load). */
  const presentAfter = async (ref: SubjectRef, viewer: Actor, applied: Promise<Applied>) => present(ref, viewer, await applied);

  return {
    /** Wait for the notification mails still being sent. */
    async flush(): Promise<void> {
      await Promise.allSettled([...pending]);
    },

    /**
     * Run `fn` past the publish gate as a recorded import (e.g. the demo's or a migration's historical,
     * already published items): one audit entry says who imported what and why.
     */
    async runAsImport<T>(reason: string, fn: () => Promise<T>): Promise<T> {
      const result = await bypassingGate(reason, fn);
      await getService(strapi, 'audit-trail').record([{ at: now().toISOString(), actor: null, action: 'import', contentType: '*', documentId: '*', data: { reason } }]);
      return result;
    },

    async submit(ref: SubjectRef, actor: Actor): ReturnType<typeof present> {
      return presentAfter(
        ref,
        actor,
        apply(
          ref,
          actor,
          async ({ subject, duties }) => {
            if (subject.columnId === null) {
              throw new errors.ValidationError(
                ...say('未选择栏目：请在“栏目”中选择本单位负责的栏目后保存', 'No column: choose one of your unit’s columns in “栏目” (column) and save', { code: 'no-column' }),
              );
            }
            if (!duties.includes('information-officer') && !actor.isSuperAdmin) {
              throw new errors.PolicyError(...say('只有本单位的信息员可以报送', 'Only an information officer of the unit may submit'));
            }
            const scan = await dictionaryScan(subject);
            if (scan.banned.length > 0) {
              throw new errors.ValidationError(formatBannedMessage(scan.banned, FIELD_LABELS), { banned: scan.banned });
            }
            return { type: 'submit', actor: person(actor), contentHash: hashOf(subject), levels: await levelsFor(subject) };
          },
          { unitForSubmission: true },
        ),
      );
    },

    async withdraw(ref: SubjectRef, actor: Actor): ReturnType<typeof present> {
      return presentAfter(ref, actor, apply(ref, actor, async () => ({ type: 'withdraw', actor: person(actor) })));
    },

    async decide(ref: SubjectRef, actor: Actor, input: DecisionInput): ReturnType<typeof present> {
      return presentAfter(
        ref,
        actor,
        apply(ref, actor, async ({ subject, duties }) =>
          input.decision === 'approve'
            ? { type: 'approve', actor: person(actor), actorDuties: duties, levelKey: input.levelKey, opinion: input.opinion ?? null, contentHash: hashOf(subject) }
            : { type: 'reject', actor: person(actor), actorDuties: duties, levelKey: input.levelKey, opinion: input.opinion ?? '', contentHash: hashOf(subject) },
        ),
      );
    },

    async urgentPublish(ref: SubjectRef, actor: Actor, reason: string): ReturnType<typeof present> {
      return presentAfter(
        ref,
        actor,
        apply(
          ref,
          actor,
          async ({ subject, siteAdministrator }) => ({
            type: 'urgent-publish',
            actor: person(actor),
            actorIsSiteAdministrator: siteAdministrator,
            reason,
            contentHash: hashOf(subject),
            levels: await levelsFor(subject),
          }),
          { unitForSubmission: true },
        ),
      );
    },

    /**
     * The gate's check before any publication of a reviewed type (content-manager, REST, GraphQL,
     * bulk, code): the item must be approved on its current content, and its policy bundle too —
     * else 403. Returns what to do once the item itself is published (in the same transaction):
     * move its state to published, and publish the rest of its bundle with it.
     */
    async checkPublish(ref: SubjectRef, actor: Actor | null): Promise<() => Promise<void>> {
      const subject = await loadSubject(ref);
      const row = await repo.states.find<ReviewState>(ref.type, ref.documentId);
      const who = actor ?? SYSTEM;
      const state = row?.state ?? initialState();
      const result = transition(state, { type: 'publish', actor: person(who), contentHash: hashOf(subject) }, now());
      if (!result.ok) {
        throw new errors.PolicyError(...say(`未经审核通过不得发布：${result.message}`, `Nothing is published before its review approves it: ${result.en}`, { code: result.code }));
      }
      const bundle = await bundleOf(subject);
      for (const member of bundle) {
        const memberSubject = await repo.subjects.load(member.type, member.documentId);
        const memberRow = await repo.states.find<ReviewState>(member.type, member.documentId);
        if (!memberSubject || !memberRow) {
          throw new errors.PolicyError(...say('政策文件与其解读须同步发布：解读尚未审核通过', 'A policy document and its interpretation are published together: not all are approved'));
        }
        if (memberRow.state.status === 'published' && memberRow.state.publishedHash === hashOf(memberSubject)) continue;
        if (memberRow.state.status !== 'approved') {
          throw new errors.PolicyError(...say(`政策文件与其解读须同步发布：《${memberSubject.title}》尚未审核通过`, `Published together: "${memberSubject.title}" is not approved`));
        }
      }
      return async () => {
        for (const member of bundle) {
          const memberRow = await repo.states.find<ReviewState>(member.type, member.documentId);
          if (memberRow?.state.status !== 'approved') continue;
          await asSystem('review: policy bundle', () => repo.subjects.publish(member.type, member.documentId));
          await apply(member, who, async ({ subject: memberSubject }) => ({ type: 'publish', actor: person(who), contentHash: hashOf(memberSubject) }), {
            publishSelf: false,
          });
        }
        await apply(ref, who, async () => ({ type: 'publish', actor: person(who), contentHash: hashOf(subject) }), { publishSelf: false });
      };
    },

    /** After the live version was taken offline (unpublish): an approved version stays approved for republication. */
    async afterUnpublish(ref: SubjectRef, actor: Actor | null): Promise<void> {
      const row = await repo.states.find<ReviewState>(ref.type, ref.documentId);
      if (!row || row.state.publishedHash === null) return;
      const who = actor ?? SYSTEM;
      await apply(ref, who, async () => ({ type: 'unpublish', actor: person(who) }));
    },

    /** After the draft was discarded: the live version stands again, and a review of the dropped version is over. */
    async afterDiscard(ref: SubjectRef): Promise<void> {
      const row = await repo.states.find<ReviewState>(ref.type, ref.documentId);
      if (!row || row.state.publishedHash === null || row.state.status === 'published') return;
      const subject = await repo.subjects.load(ref.type, ref.documentId);
      if (!subject || hashOf(subject) !== row.state.publishedHash) return;
      await apply(ref, SYSTEM, async () => ({ type: 'discard', contentHash: hashOf(subject) }));
    },

    /** After the reviewed content was saved: an edit of an item under or after review restarts it. */
    async afterEdit(ref: SubjectRef): Promise<void> {
      const row = await repo.states.find<ReviewState>(ref.type, ref.documentId);
      if (!row || row.state.status === 'draft') return;
      const subject = await repo.subjects.load(ref.type, ref.documentId);
      if (!subject) return;
      const hash = hashOf(subject);
      if (hash === row.state.submittedHash && row.state.status !== 'published') return;
      await apply(ref, SYSTEM, async () => ({ type: 'edit', contentHash: hash, levels: await levelsFor(subject) }));
    },

    /** The state of an item for a viewer: levels, decisions, what this viewer may do, suspect words. */
    async view(ref: SubjectRef, viewer: Actor): ReturnType<typeof present> {
      const { subject, review: row } = await loadUnderReview(ref);
      await people.assertMayViewReview(viewer, row?.unitId ?? subject.unitId, subject.columnId);
      // Not yet submitted: the unit a submission by this viewer would choose (an item without a
      // submitting unit — saved before it defaulted, or by an administrator — is still submittable).
      const unitId = row?.unitId ?? (await prospectiveUnit(subject, viewer));
      return present(ref, viewer, { subject, state: row?.state ?? initialState(), unitId });
    },

    /** Refuse (403) the item's review records (history, approval sheet) to anyone outside its reviewing unit. */
    async assertMayView(ref: SubjectRef, viewer: Actor): Promise<void> {
      const { subject, review: row } = await loadUnderReview(ref);
      await people.assertMayViewReview(viewer, row?.unitId ?? subject.unitId, subject.columnId);
    },

    /** 待我审核: items waiting at a level whose duty the person holds in the item's unit. */
    async waitingFor(actor: Actor) {
      const pairs = (await people.allDuties(actor.id)).filter((d) => d.unitId !== null);
      if (pairs.length === 0) return [];
      const rows = await repo.states.findMany<ReviewState>({
        $or: pairs.map((d) => ({ currentDuty: d.duty, unitId: d.unitId })),
        status: { $in: ['in-review', 'published'] },
        currentLevel: { $notNull: true },
      });
      return rows
        .filter((row: ReviewStateRow<ReviewState>) => row.state.submitter?.id !== actor.id && !row.state.decisions.some((d) => d.actor.id === actor.id))
        .map((row: ReviewStateRow<ReviewState>) => ({
          subjectType: row.subjectType,
          documentId: row.subjectId,
          title: row.title,
          status: row.status,
          urgent: row.urgent,
          level: currentLevel(row.state),
          round: row.state.round,
          submitter: row.state.submitter,
          submittedAt: row.state.decisions.length ? row.state.decisions[row.state.decisions.length - 1].at : null,
        }));
    },
  };
};

export default review;
export type ReviewService = ReturnType<typeof review>;
export type ReviewView = Awaited<ReturnType<ReviewService['view']>>;
export type { Person };
