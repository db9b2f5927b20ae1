import { offeredActions, unavailableActions } from './action-guidance';
import { initialState, transition, type ReviewEvent, type ReviewState, type Viewer } from './state-machine';
import { DEFAULT_LEVELS, snapshotLevels } from './workflow';

const LEVELS = snapshotLevels(DEFAULT_LEVELS, { importance: 'normal' });
const officer = { id: 1, name: '李信息' };
const section = { id: 2, name: '王科长' };
const secrecy = { id: 3, name: '赵保密' };
const at = new Date('2026-03-10T01:00:00Z');

const step = (state: ReviewState, event: ReviewEvent): ReviewState => {
  const result = transition(state, event, at);
  if (!result.ok) throw new Error(result.message);
  return result.state;
};
const submitted = () => step(initialState(), { type: 'submit', actor: officer, contentHash: 'h1', levels: LEVELS });
const viewer = (personId: number, duties: Viewer['duties'], isSiteAdministrator = false): Viewer => ({ personId, duties, isSiteAdministrator });
const placed = { hasColumn: true, hasUnit: true };
const codes = (state: ReviewState, v: Viewer, facts = placed) => unavailableActions(state, v, facts).map((r) => `${r.action}:${r.code}`);

describe('unavailableActions', () => {
  it('tells the officer of a draft what is missing before he can submit', () => {
    expect(codes(initialState(), viewer(1, []), { hasColumn: false, hasUnit: false })).toEqual(['submit:no-column']);
    expect(codes(initialState(), viewer(1, []), { hasColumn: true, hasUnit: false })).toEqual(['submit:no-unit']);
    const [noUnit] = unavailableActions(initialState(), viewer(1, []), { hasColumn: true, hasUnit: false });
    expect(noUnit.message).toBe('未选择报送单位：请在“报送单位”中选择本单位后保存 (no submitting unit: choose your unit in “报送单位” and save)');
    expect(codes(initialState(), viewer(1, []))).toEqual(['submit:not-officer']);
    expect(codes(initialState(), viewer(2, ['section-reviewer']))).toEqual(['submit:reviewer-cannot-submit']);
    // an officer is not offered 提交审核 for an item without a column: he is told to choose one
    expect(offeredActions(initialState(), viewer(1, ['information-officer']), { hasColumn: false, hasUnit: true })).toEqual([]);
    expect(codes(initialState(), viewer(1, ['information-officer']), { hasColumn: false, hasUnit: true })).toEqual(['submit:no-column']);
    // the officer of the unit can submit: nothing to explain
    expect(codes(initialState(), viewer(1, ['information-officer']))).toEqual([]);
  });

  it('tells the submitter the item waits at a level, and why he cannot withdraw once someone decided', () => {
    const state = submitted();
    expect(unavailableActions(state, viewer(1, ['information-officer']), placed)).toEqual([
      { action: 'submit', code: 'already-submitted', message: '已提交审核，当前等待“初审” (submitted: awaiting Section review)', params: { level: LEVELS[0].name } },
    ]);
    const decided = step(state, { type: 'approve', actor: section, actorDuties: ['section-reviewer'], levelKey: LEVELS[0].key, contentHash: 'h1' });
    expect(codes(decided, viewer(1, ['information-officer']))).toEqual(['submit:already-submitted', 'withdraw:withdraw-decided']);
  });

  it('tells a reviewer whose level it is not, who signed already, or who submitted it himself', () => {
    const state = submitted();
    expect(codes(state, viewer(3, ['confidentiality-reviewer']))).toEqual(['approve:not-your-level']);
    expect(codes(state, viewer(2, ['section-reviewer']))).toEqual([]);
    const decided = step(state, { type: 'approve', actor: section, actorDuties: ['section-reviewer', 'confidentiality-reviewer'], levelKey: LEVELS[0].key, contentHash: 'h1' });
    expect(codes(decided, viewer(2, ['section-reviewer', 'confidentiality-reviewer']))).toEqual(['approve:already-signed']);
    const own = step(initialState(), { type: 'submit', actor: section, contentHash: 'h1', levels: LEVELS });
    expect(codes(own, viewer(2, ['information-officer', 'section-reviewer']))).toEqual(['approve:own-item']);
    expect(codes(state, viewer(9, []))).toEqual(['approve:no-review-duty']);
  });

  it('says who publishes an approved item, and that a published one needs a change to be submitted again', () => {
    let state = submitted();
    const people = [section, secrecy, { id: 4, name: '钱分管' }];
    LEVELS.forEach((level, i) => {
      state = step(state, { type: 'approve', actor: people[i], actorDuties: [level.duty], levelKey: level.key, contentHash: 'h1' });
    });
    expect(state.status).toBe('approved');
    expect(codes(state, viewer(3, ['confidentiality-reviewer']))).toEqual(['publish:publish-by-officer']);
    expect(codes(state, viewer(1, ['information-officer']))).toEqual([]);
    const published = step(state, { type: 'publish', actor: officer, contentHash: 'h1' });
    expect(codes(published, viewer(1, ['information-officer']))).toEqual(['submit:already-published']);
  });
});
