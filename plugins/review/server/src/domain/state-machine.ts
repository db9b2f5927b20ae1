import { DUTY_LABELS, type Duty, type Label, type PersonRef } from './types';
import type { LevelSnapshot } from './workflow';

/**
 * The review state of one item (稿件、政策解读、回复) and its transitions: 分级审核、先审后发.
 *
 * Pure: no clock (the instant is passed in), no I/O, no Strapi. The service loads the state (a JSON
 * column: every field is JSON), computes what only it can know (the actor's duties in the unit that
 * owns the item's column, the content hash, the applicable levels), calls `transition`, stores the
 * new state and carries out the returned effects (notifications, publication, audit entries) in the
 * same transaction.
 *
 * Model
 * - `status` is the review status of the item's *current content* (its Strapi draft):
 *   draft 草稿 → in-review 审核中 → approved 审核通过 → published 已发布.
 * - `round` counts review rounds (轮次): +1 at each submission and each restart. `decisions` are those
 *   of round `round` only; they are kept after the round ends (shown with the result, used for the
 *   approval sheet) and cleared when a new round starts. The service keeps the full history in the
 *   audit trail.
 * - `levels` are the applicable levels frozen at submission (a workflow edited later does not change
 *   a review under way); `levelIndex` is the level awaiting a decision, null when none is.
 * - Three hashes: `submittedHash` (what the current round reviews), `approvedHash` (what the last
 *   completed round approved), `publishedHash` (what is live on the site, null when nothing is).
 *   A decision or a publication on a content other than the reviewed one is refused (409).
 *
 * Urgent publication (紧急信息先发布、后补手续, seed 002 art. 14)
 * - A site administrator publishes with a mandatory reason. The item becomes `published` at once
 *   while its review goes on: `status = 'published'` with `levelIndex !== null` means "live, review
 *   pending", and `approve`/`reject` work in that state exactly as in `in-review`.
 * - `urgent` is non-null exactly while the live content has not passed review: it is the flag. It is
 *   cleared when the last level approves the live content, or when a reviewed version replaces it
 *   (publish), or when a reviewer rejects (see below). The urgent facts stay in the audit trail.
 * - Not yet submitted → it is submitted by the administrator (round +1, level 0, the administrator is
 *   the submitter, so they cannot approve it themselves). In review with the same content → the
 *   round and its decisions are kept. Changed content → a new round at level 0 (same submitter).
 * - A rejection while `urgent` is set takes the item offline (`unpublish` effect): content that has
 *   failed review must not stay published. The author gets the opinion as for any rejection.
 * - Editing while the review of an urgent item is pending restarts the review on the new content
 *   (status `in-review`), `urgent` stays set (the live version is still unreviewed) until a reviewed
 *   version is published. Withdrawal is refused while `urgent` is set.
 *
 * Edits (`edit` event: the service reports each saved change of the reviewed content)
 * - draft: nothing changes (the author is writing; a returned item keeps its opinion until resubmitted).
 * - in-review / approved, different hash: the review restarts — a new round at level 0 with the same
 *   submitter, decisions cleared, `restarted` records from where; level 0 is notified again. Every
 *   signature is over one content hash, so an edit by anyone (a reviewer fixing a typo included)
 *   voids the signatures given. Auto-resubmission (rather than back to draft) because the item had
 *   been submitted and the change is a correction to it.
 * - published (reviewed), different hash: a new version of a published item. Status → draft, the
 *   live version stays online (`publishedHash`), and the next publication needs a new submission and
 *   a complete review. Draft rather than auto-resubmission: the officer is writing a new version and
 *   decides when it is ready; reviewers are not notified of every intermediate save.
 * - Same hash as the reviewed (or live) content: no change.
 *
 * Effects (in the order the service should carry them out)
 * - `notify-level` — the item reached a level (or must be reviewed again there): tell the holders of
 *   `duty` in the item's unit.
 * - `notify-author` — the review ended: approved at the last level, or rejected; `to` is the submitter.
 * - `publish` / `unpublish` — publish the current draft / take the published version offline.
 * - `audit` — one audit entry to append (action + JSON data); the service adds the actor, time and document.
 */

export type ReviewStatus = 'draft' | 'in-review' | 'approved' | 'published';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Decision {
  round: number;
  levelKey: string;
  duty: Duty;
  actor: PersonRef;
  decision: 'approve' | 'reject';
  /** Trimmed; null when an approval has no opinion. */
  opinion: string | null;
  /** ISO 8601, UTC. */
  at: string;
  /** The content the decision was made on. */
  contentHash: string;
}

/** The last rejection (退回), shown to the author until the next submission. */
export interface ReturnedInfo {
  opinion: string;
  by: PersonRef;
  at: string;
  levelKey: string;
  round: number;
}

/** Published first, reviewed afterwards (先发布后补审): present while the live content is unreviewed. */
export interface UrgentInfo {
  reason: string;
  by: PersonRef;
  at: string;
  /** The content published urgently. */
  contentHash: string;
}

/** Why the current round began: a content change voided the previous round. */
export interface RestartInfo {
  at: string;
  fromRound: number;
  fromStatus: 'in-review' | 'approved' | 'published';
  /** The level the previous round had reached; null when it had completed (approved). */
  fromLevelKey: string | null;
}

export interface ReviewState {
  status: ReviewStatus;
  round: number;
  levels: LevelSnapshot[];
  levelIndex: number | null;
  decisions: Decision[];
  submitter: PersonRef | null;
  submittedHash: string | null;
  approvedHash: string | null;
  publishedHash: string | null;
  returned: ReturnedInfo | null;
  urgent: UrgentInfo | null;
  restarted: RestartInfo | null;
}

export type ReviewEvent =
  | { type: 'submit'; actor: PersonRef; contentHash: string; levels: readonly LevelSnapshot[] }
  | { type: 'withdraw'; actor: PersonRef }
  | {
      type: 'approve';
      actor: PersonRef;
      /** The duties the actor holds in the unit that owns the item's column (computed by the service). */
      actorDuties: readonly Duty[];
      levelKey: string;
      opinion?: string | null;
      contentHash: string;
    }
  | { type: 'reject'; actor: PersonRef; actorDuties: readonly Duty[]; levelKey: string; opinion: string; contentHash: string }
  /** `levels`: the applicable levels recomputed on the new content, used if a new round starts (default: keep the frozen ones). */
  | { type: 'edit'; contentHash: string; levels?: readonly LevelSnapshot[] }
  | { type: 'publish'; actor: PersonRef; contentHash: string }
  /** The live version was taken offline (unpublish): the approval of its content still holds. */
  | { type: 'unpublish'; actor: PersonRef }
  /** The draft was discarded: the item's content is its live version again (`contentHash`). */
  | { type: 'discard'; contentHash: string }
  | {
      type: 'urgent-publish';
      actor: PersonRef;
      actorIsSiteAdministrator: boolean;
      reason: string;
      contentHash: string;
      /** The applicable levels on the current content, used if the item must be submitted or its review restarted. */
      levels: readonly LevelSnapshot[];
    };

export type ReviewAuditAction =
  | 'submit'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'review-restart'
  | 'new-version'
  | 'publish'
  | 'urgent-publish'
  | 'urgent-cleared'
  | 'unpublish'
  | 'discard';

export type ReviewEffect =
  | { type: 'notify-level'; levelKey: string; levelName: Label; duty: Duty; round: number }
  | { type: 'notify-author'; to: PersonRef | null; decision: 'approved' | 'rejected'; levelKey: string; opinion: string | null }
  | { type: 'publish'; contentHash: string }
  | { type: 'unpublish' }
  | { type: 'audit'; action: ReviewAuditAction; data: { [key: string]: JsonValue } };

/** A refused transition: `message` in Chinese, `en` the same in English (the service answers in the person's language). */
export type TransitionFailure = { ok: false; status: 400 | 403 | 409; code: string; message: string; en: string };
export type TransitionResult = { ok: true; state: ReviewState; effects: ReviewEffect[] } | TransitionFailure;

export type Action = 'submit' | 'withdraw' | 'approve' | 'reject' | 'publish' | 'urgent-publish';

export interface Viewer {
  personId: number;
  /** The viewer's duties in the unit that owns the item's column. */
  duties: readonly Duty[];
  isSiteAdministrator: boolean;
}

export const initialState = (): ReviewState => ({
  status: 'draft',
  round: 0,
  levels: [],
  levelIndex: null,
  decisions: [],
  submitter: null,
  submittedHash: null,
  approvedHash: null,
  publishedHash: null,
  returned: null,
  urgent: null,
  restarted: null,
});

/** The level awaiting a decision, if any. */
export const currentLevel = (state: ReviewState): LevelSnapshot | null =>
  state.levelIndex === null ? null : (state.levels[state.levelIndex] ?? null);

/** Published urgently and not yet through review (the flag shown in lists). */
export const isUrgentPending = (state: ReviewState): boolean => state.urgent !== null;

/** Who may submit: the unit's information officers (信息员). The service applies the same rule to the `submit` event. */
export const canSubmit = (viewer: Pick<Viewer, 'duties'>): boolean => viewer.duties.includes('information-officer');

/**
 * Who may publish an approved item: the unit's information officer (published through the unit's own
 * account once approved, seed 002 art. 14) or a site administrator. The service enforces it for `publish`.
 */
export const canPublish = (viewer: Pick<Viewer, 'duties' | 'isSiteAdministrator'>): boolean =>
  viewer.isSiteAdministrator || viewer.duties.includes('information-officer');

// ── helpers ───────────────────────────────────────────────────────────────────────────────────────

const fail = (status: 400 | 403 | 409, code: string, zh: string, en: string): TransitionFailure => ({
  ok: false,
  status,
  code,
  message: zh,
  en: en.charAt(0).toUpperCase() + en.slice(1),
});

const person = (p: PersonRef): PersonRef => ({ id: p.id, name: p.name });

const copyLevels = (levels: readonly LevelSnapshot[]): LevelSnapshot[] =>
  levels.map((l) => ({ key: l.key, name: { zh: l.name.zh, en: l.name.en }, duty: l.duty }));

const checkLevels = (levels: readonly LevelSnapshot[] | undefined): TransitionFailure | null => {
  if (!levels || levels.length === 0) {
    return fail(400, 'no-levels', '没有适用的审核级次，无法报送', 'no review level applies: the item cannot be submitted');
  }
  const keys = new Set(levels.map((l) => l.key));
  if (keys.size !== levels.length) return fail(400, 'duplicate-levels', '审核级次重复', 'duplicate review levels');
  return null;
};

const notifyLevel = (state: ReviewState): ReviewEffect[] => {
  const level = currentLevel(state);
  return level ? [{ type: 'notify-level', levelKey: level.key, levelName: { ...level.name }, duty: level.duty, round: state.round }] : [];
};

const audit = (action: ReviewAuditAction, data: { [key: string]: JsonValue }): ReviewEffect => ({ type: 'audit', action, data });

const levelLabel = (level: LevelSnapshot): string => `${level.name.zh} ${level.name.en}`;

/** A new round in review at level 0 on `contentHash`. */
const startRound = (
  state: ReviewState,
  contentHash: string,
  levels: readonly LevelSnapshot[],
  submitter: PersonRef | null,
): ReviewState => ({
  ...state,
  status: 'in-review',
  round: state.round + 1,
  levels: copyLevels(levels),
  levelIndex: 0,
  decisions: [],
  submitter: submitter ? person(submitter) : null,
  submittedHash: contentHash,
  approvedHash: null,
  returned: null,
  restarted: null,
});

type Edited = { changed: false } | { changed: true; state: ReviewState; effects: ReviewEffect[] };

/** The `edit` logic (see the module comment), shared with urgent publication. */
const applyEdit = (state: ReviewState, contentHash: string, levels: readonly LevelSnapshot[] | undefined, at: string): Edited => {
  const reviewing = state.levelIndex !== null && (state.status === 'in-review' || state.status === 'published');
  if (reviewing || state.status === 'approved') {
    const reviewed = state.status === 'approved' ? state.approvedHash : state.submittedHash;
    if (contentHash === reviewed) return { changed: false };
    const fromStatus = state.status as RestartInfo['fromStatus'];
    const fromLevel = currentLevel(state);
    const next: ReviewState = {
      ...startRound(state, contentHash, levels && levels.length > 0 ? levels : state.levels, state.submitter),
      restarted: { at, fromRound: state.round, fromStatus, fromLevelKey: fromLevel ? fromLevel.key : null },
    };
    return {
      changed: true,
      state: next,
      effects: [
        audit('review-restart', {
          fromRound: state.round,
          fromStatus,
          fromLevelKey: fromLevel ? fromLevel.key : null,
          round: next.round,
          contentHash,
          previousHash: reviewed,
        }),
        ...notifyLevel(next),
      ],
    };
  }
  if (state.status === 'published') {
    if (contentHash === state.publishedHash) return { changed: false };
    return {
      changed: true,
      state: { ...state, status: 'draft', levelIndex: null, restarted: null },
      effects: [audit('new-version', { publishedHash: state.publishedHash, contentHash })],
    };
  }
  return { changed: false }; // draft
};

const toIso = (at: Date): string => {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new RangeError('transition: invalid time / 无效的时间');
  return at.toISOString();
};

// ── decisions ─────────────────────────────────────────────────────────────────────────────────────

type DecisionEvent = Extract<ReviewEvent, { type: 'approve' | 'reject' }>;

const checkDecision = (state: ReviewState, event: DecisionEvent): TransitionFailure | { index: number; level: LevelSnapshot } => {
  const current = currentLevel(state);
  if (current === null || state.levelIndex === null) {
    return fail(409, 'not-in-review', '该稿件当前没有待审核的级次', 'the item is not awaiting a review decision');
  }
  const index = state.levels.findIndex((l) => l.key === event.levelKey);
  if (index < 0) {
    return fail(409, 'unknown-level', `本稿件的审核流程中没有“${event.levelKey}”这一级`, `no level "${event.levelKey}" in this item's review`);
  }
  if (index < state.levelIndex) {
    return fail(409, 'already-decided', `此级已处理，当前待${levelLabel(current)}`, `this level has already been decided; now awaiting ${current.name.en}`);
  }
  if (index > state.levelIndex) {
    return fail(409, 'not-current-level', `尚未轮到此级，当前待${levelLabel(current)}`, `not the current level; now awaiting ${current.name.en}`);
  }
  const label = DUTY_LABELS[current.duty];
  if (!event.actorDuties.includes(current.duty)) {
    return fail(403, 'missing-duty', `您不是本单位的${label.zh}，不能处理“${current.name.zh}”`, `only the unit's ${label.en} decides at "${current.name.en}"`);
  }
  if (state.submitter !== null && state.submitter.id === event.actor.id) {
    return fail(403, 'own-item', '不能审核自己报送的稿件', 'you cannot approve your own item');
  }
  const signed = state.decisions.find((d) => d.actor.id === event.actor.id);
  if (signed) {
    const where = state.levels.find((l) => l.key === signed.levelKey);
    return fail(
      403,
      'already-signed',
      `同一人只能签署一级，您已签署“${where ? where.name.zh : signed.levelKey}”`,
      `one person signs one level only: you already signed "${where ? where.name.en : signed.levelKey}"`,
    );
  }
  if (event.type === 'reject' && (typeof event.opinion !== 'string' || event.opinion.trim() === '')) {
    return fail(400, 'opinion-required', '退回必须填写意见', 'a rejection needs an opinion');
  }
  if (event.contentHash !== state.submittedHash) {
    return fail(409, 'content-changed', '稿件内容自报送后已修改，需重新审核', 'the item has changed since it was submitted: it must be reviewed again');
  }
  return { index, level: current };
};

const decide = (state: ReviewState, event: DecisionEvent, at: string): TransitionResult => {
  const checked = checkDecision(state, event);
  if ('ok' in checked) return checked;
  const { index, level } = checked;
  const opinion = typeof event.opinion === 'string' && event.opinion.trim() !== '' ? event.opinion.trim() : null;
  const decision: Decision = {
    round: state.round,
    levelKey: level.key,
    duty: level.duty,
    actor: person(event.actor),
    decision: event.type,
    opinion,
    at,
    contentHash: event.contentHash,
  };
  const decisions = [...state.decisions, decision];
  const auditData = { round: state.round, levelKey: level.key, duty: level.duty, opinion, contentHash: event.contentHash };

  if (event.type === 'reject') {
    const returned: ReturnedInfo = { opinion: opinion as string, by: person(event.actor), at, levelKey: level.key, round: state.round };
    const effects: ReviewEffect[] = [audit('reject', auditData)];
    let next: ReviewState = { ...state, status: 'draft', levelIndex: null, decisions, returned };
    if (state.urgent !== null) {
      next = { ...next, publishedHash: null, urgent: null };
      effects.push({ type: 'unpublish' }, audit('urgent-cleared', { how: 'rejected-and-unpublished', round: state.round, levelKey: level.key }));
    }
    effects.push({ type: 'notify-author', to: state.submitter, decision: 'rejected', levelKey: level.key, opinion });
    return { ok: true, state: next, effects };
  }

  if (index < state.levels.length - 1) {
    const next: ReviewState = { ...state, levelIndex: index + 1, decisions };
    return { ok: true, state: next, effects: [audit('approve', auditData), ...notifyLevel(next)] };
  }

  // The last level approved: the review of this round is complete.
  const effects: ReviewEffect[] = [audit('approve', auditData)];
  let next: ReviewState;
  if (state.status === 'published') {
    // Urgent item, live content == reviewed content: it stays published, the flag is cleared.
    next = { ...state, levelIndex: null, decisions, approvedHash: event.contentHash, urgent: null };
    effects.push(audit('urgent-cleared', { how: 'review-completed', round: state.round, contentHash: event.contentHash }));
  } else {
    next = { ...state, status: 'approved', levelIndex: null, decisions, approvedHash: event.contentHash };
  }
  effects.push({ type: 'notify-author', to: state.submitter, decision: 'approved', levelKey: level.key, opinion });
  return { ok: true, state: next, effects };
};

// ── the transition function ───────────────────────────────────────────────────────────────────────

export const transition = (state: ReviewState, event: ReviewEvent, at: Date): TransitionResult => {
  const iso = toIso(at);
  switch (event.type) {
    case 'submit': {
      if (state.status === 'in-review') return fail(409, 'already-submitted', '已在审核中', 'already in review');
      if (state.status === 'approved') return fail(409, 'already-approved', '已审核通过，无需再次报送', 'already approved: no need to submit again');
      if (state.status === 'published') {
        return fail(409, 'already-published', '已发布；修改内容后才能再次报送', 'already published: change it before submitting again');
      }
      const bad = checkLevels(event.levels);
      if (bad) return bad;
      const next = startRound(state, event.contentHash, event.levels, event.actor);
      return {
        ok: true,
        state: next,
        effects: [audit('submit', { round: next.round, contentHash: event.contentHash, levels: next.levels.map((l) => l.key) }), ...notifyLevel(next)],
      };
    }

    case 'withdraw': {
      if (state.status !== 'in-review') return fail(409, 'not-in-review', '未在审核中，无法撤回', 'not in review: nothing to withdraw');
      if (state.urgent !== null) {
        return fail(409, 'urgent-pending', '已紧急发布的稿件须完成审核，不能撤回', 'an urgently published item must complete its review: it cannot be withdrawn');
      }
      if (state.submitter === null || state.submitter.id !== event.actor.id) {
        return fail(403, 'not-submitter', '只有报送人可以撤回', 'only the submitter can withdraw');
      }
      if (state.decisions.length > 0) {
        return fail(409, 'already-decided', '已有审核意见，不能撤回', 'a reviewer has already decided: it cannot be withdrawn');
      }
      return {
        ok: true,
        state: { ...state, status: 'draft', levelIndex: null },
        effects: [audit('withdraw', { round: state.round })],
      };
    }

    case 'approve':
    case 'reject':
      return decide(state, event, iso);

    case 'edit': {
      if (event.levels !== undefined) {
        const bad = checkLevels(event.levels);
        if (bad) return bad;
      }
      const edited = applyEdit(state, event.contentHash, event.levels, iso);
      return edited.changed ? { ok: true, state: edited.state, effects: edited.effects } : { ok: true, state, effects: [] };
    }

    case 'publish': {
      if (state.status === 'published') return fail(409, 'already-published', '已发布', 'already published');
      if (state.status !== 'approved') {
        return fail(409, 'not-approved', '尚未审核通过，不能发布', 'not approved: it cannot be published before its review is complete');
      }
      if (event.contentHash !== state.approvedHash) {
        return fail(409, 'changed-since-approval', '审核通过后内容已修改，需重新审核', 'the content has changed since it was approved: it must be reviewed again');
      }
      const effects: ReviewEffect[] = [{ type: 'publish', contentHash: event.contentHash }, audit('publish', { round: state.round, contentHash: event.contentHash })];
      if (state.urgent !== null) {
        effects.push(audit('urgent-cleared', { how: 'reviewed-version-published', round: state.round, contentHash: event.contentHash }));
      }
      return { ok: true, state: { ...state, status: 'published', publishedHash: event.contentHash, urgent: null }, effects };
    }

    case 'unpublish': {
      if (state.publishedHash === null) return { ok: true, state, effects: [] };
      const taken = { publishedHash: state.publishedHash, round: state.round };
      if (state.status === 'published' && state.levelIndex !== null) {
        // urgently published and still in review: the review goes on, offline
        return {
          ok: true,
          state: { ...state, status: 'in-review', publishedHash: null, urgent: null },
          effects: [audit('unpublish', taken), audit('urgent-cleared', { how: 'unpublished', round: state.round })],
        };
      }
      if (state.status === 'published') {
        // the approved version went offline: republishing it unchanged needs no new review
        const approved = state.approvedHash !== null && state.approvedHash === state.publishedHash;
        const next: ReviewState = approved ? { ...state, status: 'approved', publishedHash: null } : { ...state, status: 'draft', levelIndex: null, publishedHash: null };
        return { ok: true, state: next, effects: [audit('unpublish', taken)] };
      }
      // a new version is in the works (draft, in review, approved): only the live one is gone
      return { ok: true, state: { ...state, publishedHash: null }, effects: [audit('unpublish', taken)] };
    }

    case 'discard': {
      if (state.publishedHash === null || event.contentHash !== state.publishedHash || state.status === 'published') return { ok: true, state, effects: [] };
      // the new version is dropped: what is live is what stands, and its review is over
      return {
        ok: true,
        state: { ...state, status: 'published', levelIndex: null, restarted: null },
        effects: [audit('discard', { round: state.round, fromStatus: state.status, contentHash: event.contentHash })],
      };
    }

    case 'urgent-publish': {
      if (!event.actorIsSiteAdministrator) {
        return fail(403, 'not-site-administrator', '只有网站管理员可以紧急发布', 'only a site administrator can publish urgently');
      }
      if (typeof event.reason !== 'string' || event.reason.trim() === '') {
        return fail(400, 'reason-required', '紧急发布必须说明理由', 'an urgent publication needs a reason');
      }
      const bad = checkLevels(event.levels);
      if (bad) return bad;
      const edited = applyEdit(state, event.contentHash, event.levels, iso);
      let base = edited.changed ? edited.state : state;
      // Notifications are sent once, for the level the item now waits at (below).
      const effects: ReviewEffect[] = edited.changed ? edited.effects.filter((e) => e.type !== 'notify-level') : [];
      if (base.status === 'approved') {
        return fail(409, 'already-approved', '已审核通过，请直接发布', 'already approved: publish it normally');
      }
      if (base.status === 'published') return fail(409, 'already-published', '已发布', 'already published');
      if (base.status === 'draft') {
        base = startRound(base, event.contentHash, event.levels, event.actor);
        effects.push(audit('submit', { round: base.round, contentHash: event.contentHash, levels: base.levels.map((l) => l.key), urgent: true }));
      }
      const reason = event.reason.trim();
      const next: ReviewState = {
        ...base,
        status: 'published',
        publishedHash: event.contentHash,
        urgent: { reason, by: person(event.actor), at: iso, contentHash: event.contentHash },
      };
      effects.push(
        { type: 'publish', contentHash: event.contentHash },
        audit('urgent-publish', { reason, round: next.round, levelKey: currentLevel(next)?.key ?? null, contentHash: event.contentHash }),
        ...notifyLevel(next),
      );
      return { ok: true, state: next, effects };
    }

    default: {
      const unknown: never = event;
      return fail(400, 'unknown-event', '未知操作', `unknown event ${JSON.stringify((unknown as { type?: unknown }).type)}`);
    }
  }
};

/**
 * The actions to offer the viewer (the buttons), by the same rules as `transition` — except the
 * content checks (hash, blank opinion), which depend on what is submitted.
 */
export const allowedActions = (state: ReviewState, viewer: Viewer): Action[] => {
  const actions: Action[] = [];
  if (state.status === 'draft' && canSubmit(viewer)) actions.push('submit');
  if (
    state.status === 'in-review' &&
    state.urgent === null &&
    state.decisions.length === 0 &&
    state.submitter !== null &&
    state.submitter.id === viewer.personId
  ) {
    actions.push('withdraw');
  }
  const level = currentLevel(state);
  if (
    level !== null &&
    (state.status === 'in-review' || state.status === 'published') &&
    viewer.duties.includes(level.duty) &&
    state.submitter?.id !== viewer.personId &&
    !state.decisions.some((d) => d.actor.id === viewer.personId)
  ) {
    actions.push('approve', 'reject');
  }
  if (state.status === 'approved' && canPublish(viewer)) actions.push('publish');
  if (viewer.isSiteAdministrator && (state.status === 'draft' || state.status === 'in-review')) actions.push('urgent-publish');
  return actions;
};
