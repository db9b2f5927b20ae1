import { contentHash } from './content-hash';
import {
  allowedActions,
  canPublish,
  canSubmit,
  currentLevel,
  initialState,
  isUrgentPending,
  type ReviewEffect,
  type ReviewEvent,
  type ReviewState,
  transition,
  type Viewer,
} from './state-machine';
import type { Duty, PersonRef } from './types';
import { DEFAULT_LEVELS, snapshotLevels } from './workflow';

// ── fixtures ──────────────────────────────────────────────────────────────────────────────────────

const officer: PersonRef = { id: 1, name: '李信息' };
const section: PersonRef = { id: 2, name: '王科长' };
const secrecy: PersonRef = { id: 3, name: '赵保密' };
const leader: PersonRef = { id: 4, name: '钱分管' };
const principal: PersonRef = { id: 5, name: '孙主要' };
const both: PersonRef = { id: 6, name: '吴兼任' }; // holds section-reviewer and confidentiality-reviewer
const admin: PersonRef = { id: 9, name: '周管理' };

const DUTIES_OF: Record<number, Duty[]> = {
  1: ['information-officer', 'section-reviewer'], // an officer who also reviews: must not review their own item
  2: ['section-reviewer'],
  3: ['confidentiality-reviewer'],
  4: ['leader-in-charge'],
  5: ['principal-leader'],
  6: ['section-reviewer', 'confidentiality-reviewer'],
  9: ['site-administrator', 'section-reviewer'],
};

const NORMAL = snapshotLevels(DEFAULT_LEVELS, { importance: 'normal' });
const IMPORTANT = snapshotLevels(DEFAULT_LEVELS, { importance: 'important' });

const V1 = contentHash({ title: '关于开展春季安全检查的通知', body: '正文第一稿', importance: 'normal' });
const V2 = contentHash({ title: '关于开展春季安全检查的通知', body: '正文第二稿', importance: 'normal' });
const V3 = contentHash({ title: '关于开展春季安全检查的通知', body: '正文第三稿', importance: 'normal' });

/** 2025-03-10 09:mm Beijing time. */
const at = (minute: number): Date => new Date(`2025-03-10T09:${String(minute).padStart(2, '0')}:00+08:00`);

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** Applies the event (on a frozen state: transitions must not mutate) and expects success. */
const step = (state: ReviewState, event: ReviewEvent, minute = 0): { state: ReviewState; effects: ReviewEffect[] } => {
  const result = transition(deepFreeze(state), event, at(minute));
  if (!result.ok) throw new Error(`expected ${event.type} to succeed, got ${result.status} ${result.code}: ${result.message}`);
  return { state: result.state, effects: result.effects };
};

const refusal = (state: ReviewState, event: ReviewEvent): { status: number; code: string; message: string; en: string } => {
  const result = transition(deepFreeze(state), event, at(59));
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  return { status: result.status, code: result.code, message: result.message, en: result.en };
};

const submit = (hash = V1, levels = NORMAL, actor = officer): ReviewEvent => ({ type: 'submit', actor, contentHash: hash, levels });
const approve = (actor: PersonRef, levelKey: string, hash = V1, opinion?: string): ReviewEvent => ({
  type: 'approve',
  actor,
  actorDuties: DUTIES_OF[actor.id],
  levelKey,
  contentHash: hash,
  ...(opinion === undefined ? {} : { opinion }),
});
const reject = (actor: PersonRef, levelKey: string, opinion: string, hash = V1): ReviewEvent => ({
  type: 'reject',
  actor,
  actorDuties: DUTIES_OF[actor.id],
  levelKey,
  opinion,
  contentHash: hash,
});
const urgent = (hash = V1, reason = '突发事件，需立即发布', actor = admin, isAdmin = true, levels = NORMAL): ReviewEvent => ({
  type: 'urgent-publish',
  actor,
  actorIsSiteAdministrator: isAdmin,
  reason,
  contentHash: hash,
  levels,
});

const types = (effects: ReviewEffect[]): string[] => effects.map((e) => (e.type === 'audit' ? `audit:${e.action}` : e.type));

/** in review, round 1, at level `reached` (0 = section …) */
const inReview = (reached = 0, levels = NORMAL): ReviewState => {
  let state = step(initialState(), submit(V1, levels), 1).state;
  const signers = [section, secrecy, leader, principal];
  for (let i = 0; i < reached; i += 1) state = step(state, approve(signers[i], levels[i].key), 2 + i).state;
  return state;
};
const approved = (): ReviewState => inReview(3);
const published = (): ReviewState => step(approved(), { type: 'publish', actor: officer, contentHash: V1 }, 10).state;

// ── tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('initialState', () => {
  it('is an empty draft', () => {
    expect(initialState()).toEqual({
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
  });
});

describe('submit', () => {
  it('puts a draft in review at level 0, round 1, and notifies the first level', () => {
    const { state, effects } = step(initialState(), submit(), 1);
    expect(state).toMatchObject({ status: 'in-review', round: 1, levelIndex: 0, submitter: officer, submittedHash: V1, decisions: [] });
    expect(state.levels.map((l) => l.key)).toEqual(['section', 'confidentiality', 'leader-in-charge']);
    expect(currentLevel(state)?.duty).toBe('section-reviewer');
    expect(effects).toEqual([
      { type: 'audit', action: 'submit', data: { round: 1, contentHash: V1, levels: ['section', 'confidentiality', 'leader-in-charge'] } },
      { type: 'notify-level', levelKey: 'section', levelName: { zh: '初审', en: 'Section review' }, duty: 'section-reviewer', round: 1 },
    ]);
  });

  it.each<[string, () => ReviewState, string]>([
    ['in review', () => inReview(), 'already-submitted'],
    ['approved', approved, 'already-approved'],
    ['published', published, 'already-published'],
  ])('is refused when %s (409)', (_label, make, code) => {
    expect(refusal(make(), submit())).toMatchObject({ status: 409, code });
  });

  it('is refused without levels (400): nothing may skip review', () => {
    expect(refusal(initialState(), submit(V1, []))).toMatchObject({ status: 400, code: 'no-levels' });
  });

  it('is refused with duplicate level keys (400)', () => {
    expect(refusal(initialState(), submit(V1, [NORMAL[0], NORMAL[0]]))).toMatchObject({ status: 400, code: 'duplicate-levels' });
  });

  it('freezes the levels: a later change of the caller’s array does not affect the review', () => {
    const levels = snapshotLevels(DEFAULT_LEVELS, {});
    const { state } = step(initialState(), submit(V1, levels));
    levels[0].duty = 'principal-leader';
    expect(state.levels[0].duty).toBe('section-reviewer');
  });
});

describe('approve', () => {
  it('moves level by level to approved, recording each decision, and tells the author at the end', () => {
    let r = step(inReview(), approve(section, 'section', V1, '  同意。 '), 2);
    expect(r.state).toMatchObject({ status: 'in-review', levelIndex: 1 });
    expect(r.state.decisions).toEqual([
      { round: 1, levelKey: 'section', duty: 'section-reviewer', actor: section, decision: 'approve', opinion: '同意。', at: '2025-03-10T01:02:00.000Z', contentHash: V1 },
    ]);
    expect(r.effects).toEqual([
      { type: 'audit', action: 'approve', data: { round: 1, levelKey: 'section', duty: 'section-reviewer', opinion: '同意。', contentHash: V1 } },
      { type: 'notify-level', levelKey: 'confidentiality', levelName: { zh: '保密审核', en: 'Confidentiality review' }, duty: 'confidentiality-reviewer', round: 1 },
    ]);

    r = step(r.state, approve(secrecy, 'confidentiality', V1, '   '), 3);
    expect(r.state.decisions[1].opinion).toBeNull();
    expect(currentLevel(r.state)?.key).toBe('leader-in-charge');

    r = step(r.state, approve(leader, 'leader-in-charge', V1, '同意发布'), 4);
    expect(r.state).toMatchObject({ status: 'approved', levelIndex: null, approvedHash: V1 });
    expect(r.state.decisions.map((d) => d.actor.name)).toEqual(['王科长', '赵保密', '钱分管']);
    expect(r.effects).toEqual([
      { type: 'audit', action: 'approve', data: { round: 1, levelKey: 'leader-in-charge', duty: 'leader-in-charge', opinion: '同意发布', contentHash: V1 } },
      { type: 'notify-author', to: officer, decision: 'approved', levelKey: 'leader-in-charge', opinion: '同意发布' },
    ]);
  });

  it('asks the principal leader only for an important item', () => {
    const normal = step(inReview(2, NORMAL), approve(leader, 'leader-in-charge'), 5).state;
    expect(normal.status).toBe('approved');

    const important = step(inReview(2, IMPORTANT), approve(leader, 'leader-in-charge'), 5);
    expect(important.state).toMatchObject({ status: 'in-review', levelIndex: 3 });
    expect(important.effects).toContainEqual(expect.objectContaining({ type: 'notify-level', levelKey: 'principal-leader', duty: 'principal-leader' }));
    expect(refusal(important.state, { type: 'publish', actor: officer, contentHash: V1 })).toMatchObject({ status: 409, code: 'not-approved' });

    const done = step(important.state, approve(principal, 'principal-leader'), 6).state;
    expect(done).toMatchObject({ status: 'approved', approvedHash: V1 });
    expect(done.decisions.map((d) => d.levelKey)).toEqual(['section', 'confidentiality', 'leader-in-charge', 'principal-leader']);
  });

  it('refuses a level already decided (409 此级已处理)', () => {
    const r = refusal(inReview(1), approve(both, 'section'));
    expect(r).toMatchObject({ status: 409, code: 'already-decided' });
    expect(r.message).toContain('此级已处理');
  });

  it('refuses a level not reached yet (409)', () => {
    expect(refusal(inReview(0), approve(leader, 'leader-in-charge'))).toMatchObject({ status: 409, code: 'not-current-level' });
  });

  it('refuses a level the item does not have (409): no principal leader for a normal item', () => {
    expect(refusal(inReview(2, NORMAL), approve(principal, 'principal-leader'))).toMatchObject({ status: 409, code: 'unknown-level' });
  });

  it('refuses someone without the level’s duty (403)', () => {
    const r = refusal(inReview(0), approve(leader, 'section'));
    expect(r).toMatchObject({ status: 403, code: 'missing-duty' });
    expect(r.message).toContain('科室审核');
  });

  it('refuses the submitter, even holding the duty (403 不能审核自己报送的稿件)', () => {
    const r = refusal(inReview(0), approve(officer, 'section'));
    expect(r).toMatchObject({ status: 403, code: 'own-item' });
    expect(r.message).toBe('不能审核自己报送的稿件');
    expect(r.en).toBe('You cannot approve your own item');
  });

  it('refuses a second signature by the same person at another level (403 同一人只能签署一级)', () => {
    const afterFirst = step(inReview(0), approve(both, 'section'), 2).state;
    const r = refusal(afterFirst, approve(both, 'confidentiality'));
    expect(r).toMatchObject({ status: 403, code: 'already-signed' });
    expect(r.message).toContain('同一人只能签署一级');
    expect(r.message).toContain('初审');
    // another holder of the duty can
    expect(step(afterFirst, approve(secrecy, 'confidentiality'), 3).state.levelIndex).toBe(2);
  });

  it('refuses a decision on content other than the submitted one (409)', () => {
    expect(refusal(inReview(1), approve(secrecy, 'confidentiality', V2))).toMatchObject({ status: 409, code: 'content-changed' });
  });

  it.each<[string, () => ReviewState]>([
    ['a draft', initialState],
    ['an approved item', approved],
    ['a published item', published],
  ])('is refused on %s (409)', (_label, make) => {
    expect(refusal(make(), approve(section, 'section'))).toMatchObject({ status: 409, code: 'not-in-review' });
  });
});

describe('reject', () => {
  it('needs a non-blank opinion (400)', () => {
    expect(refusal(inReview(1), reject(secrecy, 'confidentiality', ' \n '))).toMatchObject({ status: 400, code: 'opinion-required' });
    expect(refusal(inReview(1), reject(secrecy, 'confidentiality', undefined as unknown as string))).toMatchObject({ status: 400 });
  });

  it('has the same checks as approve', () => {
    expect(refusal(inReview(0), reject(officer, 'section', '不行'))).toMatchObject({ status: 403, code: 'own-item' });
    expect(refusal(inReview(0), reject(leader, 'section', '不行'))).toMatchObject({ status: 403, code: 'missing-duty' });
    expect(refusal(inReview(1), reject(section, 'section', '不行'))).toMatchObject({ status: 409, code: 'already-decided' });
  });

  it('returns the item to draft with the opinion for the author', () => {
    const { state, effects } = step(inReview(1), reject(secrecy, 'confidentiality', ' 第三段涉及内部数据，删除后再报。 '), 7);
    expect(state).toMatchObject({
      status: 'draft',
      levelIndex: null,
      round: 1,
      returned: { opinion: '第三段涉及内部数据，删除后再报。', by: secrecy, at: '2025-03-10T01:07:00.000Z', levelKey: 'confidentiality', round: 1 },
    });
    expect(state.decisions.map((d) => d.decision)).toEqual(['approve', 'reject']);
    expect(types(effects)).toEqual(['audit:reject', 'notify-author']);
    expect(effects[1]).toEqual({ type: 'notify-author', to: officer, decision: 'rejected', levelKey: 'confidentiality', opinion: '第三段涉及内部数据，删除后再报。' });
  });

  it('a resubmission starts again at level 0 in a new round, and earlier signers may sign again', () => {
    const returned = step(inReview(2), reject(leader, 'leader-in-charge', '标题不准确'), 7).state;
    expect(allowedActions(returned, { personId: officer.id, duties: DUTIES_OF[1], isSiteAdministrator: false })).toEqual(['submit']);
    const { state } = step(returned, submit(V2), 8);
    expect(state).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0, decisions: [], returned: null, submittedHash: V2 });
    const again = step(state, approve(section, 'section', V2), 9).state;
    expect(again.decisions).toHaveLength(1);
    expect(again.decisions[0]).toMatchObject({ round: 2, actor: section });
  });
});

describe('withdraw', () => {
  it('returns an undecided submission to draft', () => {
    const { state, effects } = step(inReview(0), { type: 'withdraw', actor: officer }, 2);
    expect(state).toMatchObject({ status: 'draft', levelIndex: null, round: 1 });
    expect(effects).toEqual([{ type: 'audit', action: 'withdraw', data: { round: 1 } }]);
    expect(step(state, submit(V1), 3).state).toMatchObject({ round: 2, levelIndex: 0 });
  });

  it('is refused to anyone but the submitter (403)', () => {
    expect(refusal(inReview(0), { type: 'withdraw', actor: section })).toMatchObject({ status: 403, code: 'not-submitter' });
  });

  it('is refused once a level has decided (409)', () => {
    expect(refusal(inReview(1), { type: 'withdraw', actor: officer })).toMatchObject({ status: 409, code: 'already-decided' });
  });

  it('is refused outside review (409)', () => {
    expect(refusal(initialState(), { type: 'withdraw', actor: officer })).toMatchObject({ status: 409, code: 'not-in-review' });
    expect(refusal(approved(), { type: 'withdraw', actor: officer })).toMatchObject({ status: 409, code: 'not-in-review' });
  });
});

describe('edit', () => {
  it('changes nothing in a draft', () => {
    const draft = step(inReview(1), reject(secrecy, 'confidentiality', '请修改'), 3).state;
    const r = step(draft, { type: 'edit', contentHash: V2 }, 4);
    expect(r.state).toBe(draft);
    expect(r.effects).toEqual([]);
  });

  it('changes nothing when the content is the reviewed one', () => {
    const state = inReview(2);
    expect(step(state, { type: 'edit', contentHash: V1 }).state).toBe(state);
    const done = approved();
    expect(step(done, { type: 'edit', contentHash: V1 }).state).toBe(done);
  });

  it('restarts the review at level 0 when the content changes in review, keeping a record of the reset', () => {
    const { state, effects } = step(inReview(2), { type: 'edit', contentHash: V2 }, 20);
    expect(state).toMatchObject({
      status: 'in-review',
      round: 2,
      levelIndex: 0,
      decisions: [],
      submitter: officer,
      submittedHash: V2,
      restarted: { at: '2025-03-10T01:20:00.000Z', fromRound: 1, fromStatus: 'in-review', fromLevelKey: 'leader-in-charge' },
    });
    expect(types(effects)).toEqual(['audit:review-restart', 'notify-level']);
    expect(effects[0]).toEqual({
      type: 'audit',
      action: 'review-restart',
      data: { fromRound: 1, fromStatus: 'in-review', fromLevelKey: 'leader-in-charge', round: 2, contentHash: V2, previousHash: V1 },
    });
    // the old signatures are void: the section reviewer signs again on the new content
    expect(refusal(state, approve(leader, 'leader-in-charge', V2))).toMatchObject({ status: 409, code: 'not-current-level' });
    expect(step(state, approve(section, 'section', V2)).state.levelIndex).toBe(1);
  });

  it('sends an approved item back to review when its content changes', () => {
    const { state } = step(approved(), { type: 'edit', contentHash: V2 }, 20);
    expect(state).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0, approvedHash: null, restarted: { fromStatus: 'approved', fromLevelKey: null } });
  });

  it('takes the recomputed levels when given (the item became important)', () => {
    const { state } = step(inReview(1, NORMAL), { type: 'edit', contentHash: V2, levels: IMPORTANT }, 20);
    expect(state.levels.map((l) => l.key)).toContain('principal-leader');
    expect(refusal(inReview(1), { type: 'edit', contentHash: V2, levels: [] })).toMatchObject({ status: 400, code: 'no-levels' });
  });

  it('makes an edited published item a draft that needs a new submission; the live version stays', () => {
    const { state, effects } = step(published(), { type: 'edit', contentHash: V2 }, 30);
    expect(state).toMatchObject({ status: 'draft', levelIndex: null, publishedHash: V1, round: 1 });
    expect(effects).toEqual([{ type: 'audit', action: 'new-version', data: { publishedHash: V1, contentHash: V2 } }]);
    expect(refusal(state, { type: 'publish', actor: officer, contentHash: V2 })).toMatchObject({ status: 409, code: 'not-approved' });
    const resubmitted = step(state, submit(V2), 31).state;
    expect(resubmitted).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0, publishedHash: V1 });
  });

  it('changes nothing on a published item whose draft equals the live version', () => {
    const state = published();
    expect(step(state, { type: 'edit', contentHash: V1 }).state).toBe(state);
  });
});

describe('publish', () => {
  it('publishes an approved item', () => {
    const { state, effects } = step(approved(), { type: 'publish', actor: officer, contentHash: V1 }, 10);
    expect(state).toMatchObject({ status: 'published', publishedHash: V1, approvedHash: V1, urgent: null });
    expect(effects).toEqual([
      { type: 'publish', contentHash: V1 },
      { type: 'audit', action: 'publish', data: { round: 1, contentHash: V1 } },
    ]);
  });

  it('is refused before approval (409)', () => {
    const r = refusal(inReview(2), { type: 'publish', actor: officer, contentHash: V1 });
    expect(r).toMatchObject({ status: 409, code: 'not-approved' });
    expect(refusal(initialState(), { type: 'publish', actor: officer, contentHash: V1 }).code).toBe('not-approved');
  });

  it('is refused when the content changed after approval (409 审核通过后内容已修改，需重新审核)', () => {
    const r = refusal(approved(), { type: 'publish', actor: officer, contentHash: V2 });
    expect(r).toMatchObject({ status: 409, code: 'changed-since-approval' });
    expect(r.message).toContain('审核通过后内容已修改，需重新审核');
  });

  it('is refused after an edit was reported: the item is back in review (409)', () => {
    const edited = step(approved(), { type: 'edit', contentHash: V2 }, 9).state;
    expect(refusal(edited, { type: 'publish', actor: officer, contentHash: V2 })).toMatchObject({ status: 409, code: 'not-approved' });
  });

  it('is refused twice (409)', () => {
    expect(refusal(published(), { type: 'publish', actor: officer, contentHash: V1 })).toMatchObject({ status: 409, code: 'already-published' });
  });
});

describe('urgent-publish', () => {
  it('is for site administrators only (403)', () => {
    expect(refusal(initialState(), urgent(V1, '紧急', officer, false))).toMatchObject({ status: 403, code: 'not-site-administrator' });
  });

  it('needs a reason (400)', () => {
    expect(refusal(initialState(), urgent(V1, '  '))).toMatchObject({ status: 400, code: 'reason-required' });
  });

  it('publishes a draft at once, submits it, flags it, and the flag is cleared when the review completes', () => {
    const first = step(initialState(), urgent(V1, ' 暴雨红色预警，需立即发布 '), 5);
    expect(first.state).toMatchObject({
      status: 'published',
      round: 1,
      levelIndex: 0,
      submitter: admin,
      submittedHash: V1,
      publishedHash: V1,
      urgent: { reason: '暴雨红色预警，需立即发布', by: admin, at: '2025-03-10T01:05:00.000Z', contentHash: V1 },
    });
    expect(isUrgentPending(first.state)).toBe(true);
    expect(types(first.effects)).toEqual(['audit:submit', 'publish', 'audit:urgent-publish', 'notify-level']);
    expect(first.effects[0]).toMatchObject({ data: { urgent: true } });
    expect(first.effects[2]).toEqual({
      type: 'audit',
      action: 'urgent-publish',
      data: { reason: '暴雨红色预警，需立即发布', round: 1, levelKey: 'section', contentHash: V1 },
    });

    // the administrator submitted it: they cannot review it, even holding the duty
    expect(refusal(first.state, approve(admin, 'section'))).toMatchObject({ status: 403, code: 'own-item' });

    let state = step(first.state, approve(section, 'section'), 6).state;
    state = step(state, approve(secrecy, 'confidentiality'), 7).state;
    expect(state).toMatchObject({ status: 'published', levelIndex: 2 });
    expect(isUrgentPending(state)).toBe(true);

    const last = step(state, approve(leader, 'leader-in-charge', V1, '同意'), 8);
    expect(last.state).toMatchObject({ status: 'published', levelIndex: null, approvedHash: V1, publishedHash: V1, urgent: null });
    expect(isUrgentPending(last.state)).toBe(false);
    expect(types(last.effects)).toEqual(['audit:approve', 'audit:urgent-cleared', 'notify-author']);
    expect(last.effects[1]).toMatchObject({ data: { how: 'review-completed' } });
    expect(types(last.effects)).not.toContain('publish');
  });

  it('keeps the progress of a review under way when the content is the submitted one', () => {
    const { state } = step(inReview(1), urgent(V1), 5);
    expect(state).toMatchObject({ status: 'published', round: 1, levelIndex: 1, submitter: officer });
    expect(state.decisions).toHaveLength(1);
    // the officer submitted it and it is published urgently: withdraw is not offered, approve still works
    expect(allowedActions(state, { personId: officer.id, duties: DUTIES_OF[1], isSiteAdministrator: false })).toEqual([]);
    expect(step(state, approve(secrecy, 'confidentiality'), 6).state.levelIndex).toBe(2);
  });

  it('restarts the review at level 0 when the content differs from the submitted one', () => {
    const { state, effects } = step(inReview(2), urgent(V2), 5);
    expect(state).toMatchObject({ status: 'published', round: 2, levelIndex: 0, submittedHash: V2, publishedHash: V2, decisions: [] });
    expect(types(effects)).toEqual(['audit:review-restart', 'publish', 'audit:urgent-publish', 'notify-level']);
  });

  it('takes an urgently published item offline when a reviewer rejects it', () => {
    const live = step(initialState(), urgent(V1), 5).state;
    const { state, effects } = step(live, reject(section, 'section', '数据未经核实'), 6);
    expect(state).toMatchObject({ status: 'draft', publishedHash: null, urgent: null, returned: { opinion: '数据未经核实' } });
    expect(types(effects)).toEqual(['audit:reject', 'unpublish', 'audit:urgent-cleared', 'notify-author']);
    expect(effects[2]).toMatchObject({ data: { how: 'rejected-and-unpublished' } });
    expect(effects[3]).toMatchObject({ to: admin, decision: 'rejected' });
  });

  it('stays flagged through an edit until a reviewed version is published', () => {
    const live = step(initialState(), urgent(V1), 5).state;
    const edited = step(live, { type: 'edit', contentHash: V2 }, 6).state;
    expect(edited).toMatchObject({ status: 'in-review', round: 2, levelIndex: 0, publishedHash: V1, restarted: { fromStatus: 'published' } });
    expect(isUrgentPending(edited)).toBe(true);
    expect(refusal(edited, { type: 'withdraw', actor: admin })).toMatchObject({ status: 409, code: 'urgent-pending' });

    let state = step(edited, approve(section, 'section', V2), 7).state;
    state = step(state, approve(secrecy, 'confidentiality', V2), 8).state;
    state = step(state, approve(leader, 'leader-in-charge', V2), 9).state;
    expect(state).toMatchObject({ status: 'approved', approvedHash: V2 });
    expect(isUrgentPending(state)).toBe(true); // V1 is still live and unreviewed

    const { state: done, effects } = step(state, { type: 'publish', actor: admin, contentHash: V2 }, 10);
    expect(done).toMatchObject({ status: 'published', publishedHash: V2, urgent: null });
    expect(types(effects)).toEqual(['publish', 'audit:publish', 'audit:urgent-cleared']);
    expect(effects[2]).toMatchObject({ data: { how: 'reviewed-version-published' } });
  });

  it('is refused on an approved item (publish it normally) and on a published one (409)', () => {
    expect(refusal(approved(), urgent(V1))).toMatchObject({ status: 409, code: 'already-approved' });
    expect(refusal(published(), urgent(V1))).toMatchObject({ status: 409, code: 'already-published' });
    expect(refusal(step(initialState(), urgent(V1)).state, urgent(V1))).toMatchObject({ status: 409, code: 'already-published' });
  });

  it('publishes a new version of a published item at once, with a new review', () => {
    const { state } = step(published(), urgent(V3), 40);
    expect(state).toMatchObject({ status: 'published', round: 2, levelIndex: 0, publishedHash: V3, submitter: admin });
    expect(isUrgentPending(state)).toBe(true);
  });
});

describe('allowedActions', () => {
  const viewer = (person: PersonRef, isSiteAdministrator = false): Viewer => ({ personId: person.id, duties: DUTIES_OF[person.id], isSiteAdministrator });

  it.each<[string, () => ReviewState, Viewer, string[]]>([
    ['a draft, to its officer', initialState, viewer(officer), ['submit']],
    ['a draft, to a reviewer', initialState, viewer(section), []],
    ['a draft, to the site administrator', initialState, viewer(admin, true), ['urgent-publish']],
    ['a fresh submission, to its submitter', () => inReview(0), viewer(officer), ['withdraw']],
    ['a fresh submission, to the section reviewer', () => inReview(0), viewer(section), ['approve', 'reject']],
    ['a fresh submission, to the leader', () => inReview(0), viewer(leader), []],
    ['level 2, to the submitter', () => inReview(1), viewer(officer), []],
    ['level 2, to the confidentiality reviewer', () => inReview(1), viewer(secrecy), ['approve', 'reject']],
    ['level 2, to the site administrator', () => inReview(1), viewer(admin, true), ['urgent-publish']],
    ['approved, to the officer', approved, viewer(officer), ['publish']],
    ['approved, to the site administrator', approved, viewer(admin, true), ['publish']],
    ['approved, to the leader', approved, viewer(leader), []],
    ['published, to the officer', published, viewer(officer), []],
    ['urgent and pending, to the section reviewer', () => step(initialState(), urgent(V1)).state, viewer(section), ['approve', 'reject']],
    ['urgent and pending, to its administrator', () => step(initialState(), urgent(V1)).state, viewer(admin, true), []],
  ])('%s', (_label, make, who, expected) => {
    expect(allowedActions(make(), who)).toEqual(expected);
  });

  it('does not offer the next level to someone who signed an earlier one', () => {
    const state = step(inReview(0), approve(both, 'section'), 2).state;
    expect(allowedActions(state, viewer(both))).toEqual([]);
    expect(allowedActions(state, viewer(secrecy))).toEqual(['approve', 'reject']);
  });

  it('agrees with transition on who may decide', () => {
    const state = inReview(1);
    for (const person of [officer, section, secrecy, leader, principal, both, admin]) {
      const offered = allowedActions(state, viewer(person)).includes('approve');
      const result = transition(state, approve(person, 'confidentiality'), at(30));
      expect([person.name, offered]).toEqual([person.name, result.ok]);
    }
  });

  it('canSubmit and canPublish', () => {
    expect(canSubmit({ duties: ['information-officer'] })).toBe(true);
    expect(canSubmit({ duties: ['section-reviewer'] })).toBe(false);
    expect(canPublish({ duties: [], isSiteAdministrator: true })).toBe(true);
    expect(canPublish({ duties: ['leader-in-charge'], isSiteAdministrator: false })).toBe(false);
  });
});

describe('transition', () => {
  it('keeps the state JSON: it survives a round trip through a JSON column', () => {
    let state = step(initialState(), urgent(V1), 1).state;
    state = step(state, approve(section, 'section'), 2).state;
    state = step(state, reject(secrecy, 'confidentiality', '退回'), 3).state;
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('refuses an invalid time', () => {
    expect(() => transition(initialState(), submit(), new Date('x'))).toThrow(RangeError);
  });

  it('records instants in UTC whatever the offset they were given in', () => {
    const result = transition(inReview(0), approve(section, 'section'), new Date('2025-03-10T00:30:00+08:00'));
    expect(result.ok && result.state.decisions[0].at).toBe('2025-03-09T16:30:00.000Z');
  });
});

describe('unpublish and discard', () => {
  const unpublish: ReviewEvent = { type: 'unpublish', actor: officer };

  it('an approved version taken offline is approved again: republishing it unchanged needs no new review', () => {
    const { state, effects } = step(published(), unpublish, 20);
    expect(state).toMatchObject({ status: 'approved', publishedHash: null, approvedHash: V1 });
    expect(types(effects)).toEqual(['audit:unpublish']);
    expect(step(state, { type: 'publish', actor: officer, contentHash: V1 }, 21).state).toMatchObject({ status: 'published', publishedHash: V1 });
    expect(refusal(state, { type: 'publish', actor: officer, contentHash: V2 }).code).toBe('changed-since-approval');
  });

  it('taking the live version offline while a new version is in review leaves that review alone', () => {
    const newVersion = step(step(published(), { type: 'edit', contentHash: V2 }, 11).state, submit(V2), 12).state;
    const { state } = step(newVersion, unpublish, 13);
    expect(state).toMatchObject({ status: 'in-review', publishedHash: null, submittedHash: V2, levelIndex: 0 });
  });

  it('an urgently published item taken offline goes on in review, offline', () => {
    const urgentState = step(initialState(), urgent(), 1).state;
    const { state, effects } = step(urgentState, unpublish, 2);
    expect(state).toMatchObject({ status: 'in-review', publishedHash: null, urgent: null, levelIndex: 0 });
    expect(types(effects)).toEqual(['audit:unpublish', 'audit:urgent-cleared']);
  });

  it('changes nothing when nothing is live', () => {
    expect(step(approved(), unpublish, 5).effects).toEqual([]);
  });

  it('discarding a new version in review makes the live version stand again, its review over', () => {
    const newVersion = step(step(published(), { type: 'edit', contentHash: V2 }, 11).state, submit(V2), 12).state;
    const { state, effects } = step(newVersion, { type: 'discard', contentHash: V1 }, 13);
    expect(state).toMatchObject({ status: 'published', publishedHash: V1, levelIndex: null });
    expect(types(effects)).toEqual(['audit:discard']);
    expect(allowedActions(state, { personId: section.id, duties: ['section-reviewer'], isSiteAdministrator: false })).toEqual([]);
  });

  it('discarding changes nothing on an item never published or already as live', () => {
    expect(step(inReview(1), { type: 'discard', contentHash: V1 }, 5).effects).toEqual([]);
    expect(step(published(), { type: 'discard', contentHash: V1 }, 5).effects).toEqual([]);
  });
});
