import { allowedActions, currentLevel, type Action, type ReviewState, type Viewer } from './state-machine';
import { DUTY_LABELS, type Label } from './types';

/**
 * Why an action the viewer may be looking for is not offered, and what to do (the review panel shows
 * it instead of a missing button). Pure; the same rules as `allowedActions`, plus what only the item's
 * place tells: whether it has a column and a submitting unit.
 *
 * Reasons are given for the action a person in the viewer's position would look for at this status:
 * 提交审核 on a draft or a published item, 同意/退回 for a reviewer while a level waits, 撤回 for the
 * submitter once someone has decided, 发布 on an approved item. Nothing is said of actions nobody in
 * that position would expect (a reviewer is not told he cannot publish a draft).
 */

export type UnavailableCode =
  | 'no-column'
  | 'no-unit'
  | 'reviewer-cannot-submit'
  | 'not-officer'
  | 'already-submitted'
  | 'already-published'
  | 'own-item'
  | 'already-signed'
  | 'not-your-level'
  | 'no-review-duty'
  | 'withdraw-decided'
  | 'publish-by-officer';

export interface UnavailableAction {
  action: Action;
  code: UnavailableCode;
  /** Chinese first, then English, like the other messages of the review. */
  message: string;
  /** What the message names: the level awaited or signed. */
  params: { level?: Label };
}

/** What the item's place and the viewer's standing say beyond the state. */
export interface ItemFacts {
  hasColumn: boolean;
  /** A unit reviews it: its submitting unit, or the one a submission would choose. */
  hasUnit: boolean;
}

const reason = (action: Action, code: UnavailableCode, zh: string, en: string, params: UnavailableAction['params'] = {}): UnavailableAction => ({
  action,
  code,
  message: `${zh} (${en})`,
  params,
});

const REVIEW_DUTIES = new Set(['section-reviewer', 'confidentiality-reviewer', 'leader-in-charge', 'principal-leader']);

/** The actions to offer: `allowedActions`, less 提交审核 for an item with no column or no reviewing unit. */
export const offeredActions = (state: ReviewState, viewer: Viewer, facts: ItemFacts): Action[] =>
  allowedActions(state, viewer).filter((action) => action !== 'submit' || (facts.hasColumn && facts.hasUnit));

export const unavailableActions = (state: ReviewState, viewer: Viewer, facts: ItemFacts): UnavailableAction[] => {
  const allowed = new Set(offeredActions(state, viewer, facts));
  const out: UnavailableAction[] = [];
  const officer = viewer.duties.includes('information-officer');
  const reviewer = viewer.duties.some((d) => REVIEW_DUTIES.has(d));
  const level = currentLevel(state);
  const isSubmitter = state.submitter !== null && state.submitter.id === viewer.personId;

  if (state.status === 'draft' && !allowed.has('submit')) {
    if (!facts.hasColumn) {
      out.push(reason('submit', 'no-column', '未选择栏目：请在“栏目”中选择本单位负责的栏目后保存', 'no column: choose one of your unit’s columns in “栏目” and save'));
    } else if (!facts.hasUnit) {
      out.push(reason('submit', 'no-unit', '未选择报送单位：请在“报送单位”中选择本单位后保存', 'no submitting unit: choose your unit in “报送单位” and save'));
    } else if (reviewer) {
      out.push(reason('submit', 'reviewer-cannot-submit', '审核人不能提交审核：请由本单位信息员提交', 'reviewers do not submit: the unit’s information officer does'));
    } else {
      out.push(
        reason('submit', 'not-officer', '您不是本栏目负责单位的信息员，不能提交审核', 'you are not an information officer of the unit responsible for this column'),
      );
    }
  }

  if (state.status === 'in-review' && level && (officer || isSubmitter) && !reviewer) {
    out.push(reason('submit', 'already-submitted', `已提交审核，当前等待“${level.name.zh}”`, `submitted: awaiting ${level.name.en}`, { level: { ...level.name } }));
  }

  if (state.status === 'published' && state.levelIndex === null && officer) {
    out.push(reason('submit', 'already-published', '已发布：修改内容并保存后可再次提交审核', 'published: change it and save to submit a new version'));
  }

  if (level && (state.status === 'in-review' || state.status === 'published') && !allowed.has('approve') && (reviewer || viewer.duties.includes(level.duty))) {
    const label = { ...level.name };
    if (viewer.duties.includes(level.duty) && isSubmitter) {
      out.push(reason('approve', 'own-item', '审核人不能审核自己报送的稿件：请由本单位其他审核人处理', 'you cannot review an item you submitted: another reviewer of the unit decides', { level: label }));
    } else if (state.decisions.some((d) => d.actor.id === viewer.personId)) {
      const signed = state.decisions.find((d) => d.actor.id === viewer.personId);
      const signedLevel = state.levels.find((l) => l.key === signed?.levelKey);
      const name = signedLevel ? { ...signedLevel.name } : label;
      out.push(reason('approve', 'already-signed', `您已签署“${name.zh}”，同一人只能签署一级；现等待“${label.zh}”`, `you signed “${name.en}”: one person signs one level; now awaiting ${label.en}`, { level: label }));
    } else {
      const duty = DUTY_LABELS[level.duty];
      out.push(
        reason('approve', 'not-your-level', `正在等待“${label.zh}”，由本单位${duty.zh}人员处理`, `awaiting ${label.en}: the unit’s ${duty.en} decides`, { level: label }),
      );
    }
  } else if (level && !allowed.has('approve') && !officer && !reviewer && !viewer.isSiteAdministrator && viewer.duties.length === 0) {
    out.push(reason('approve', 'no-review-duty', '您在本单位没有审核职责', 'you hold no review duty in this unit', { level: { ...level.name } }));
  }

  if (state.status === 'in-review' && isSubmitter && !allowed.has('withdraw') && state.urgent === null && state.decisions.length > 0) {
    out.push(reason('withdraw', 'withdraw-decided', '已有审核意见，不能撤回；如需修改，直接修改并保存即重新审核', 'a reviewer has decided: it cannot be withdrawn; edit and save it to restart the review'));
  }

  if (state.status === 'approved' && !allowed.has('publish')) {
    out.push(reason('publish', 'publish-by-officer', '已审核通过，等待本单位信息员或网站管理员发布', 'approved: the unit’s information officer or a site administrator publishes it'));
  }

  return out;
};
