import { formatDateValue, formatIsoLikeDateTime } from '@content-assurance/kit/shared';
import { DUTY_LABELS, isDuty, type Duty, type Label, type PersonRef } from './types';

/**
 * The submission ledger (信息报送台账, seed 003 art. 20): at least 序号, 信息名称, 信息来源(作者),
 * 写作时间, 保密审核人, 分管负责人, 报送时间, 信息类型(文、图、表、音视频等), 备注.
 *
 * Times are Beijing time in sortable spreadsheet form: 报送时间 'YYYY-MM-DD HH:mm'; 写作时间 is a
 * calendar date ('YYYY-MM-DD' kept as is, an instant shown as its Beijing date). 保密审核人 and
 * 分管负责人 are the people who approved at those duties' levels (several names joined by 、).
 */

export type InfoType = 'text' | 'image' | 'table' | 'audio-video';

export const INFO_TYPE_LABELS: Readonly<Record<InfoType, string>> = {
  text: '文',
  image: '图',
  table: '表',
  'audio-video': '音视频',
};

export interface LedgerItem {
  /** 信息名称 */
  title: string;
  /** The source unit or publication (来源), optional. */
  source?: string | null;
  /** The author (作者). */
  author?: string | null;
  /** 写作时间: a 'YYYY-MM-DD' date or an instant. */
  writtenAt?: string | Date | null;
  /** 报送时间: when it was submitted (the submission of the approved round). */
  submittedAt?: string | Date | null;
  infoType: InfoType;
  /** The decisions of the round; approvals give the 保密审核人 and 分管负责人. */
  decisions?: readonly { duty: Duty; actor: PersonRef; decision: 'approve' | 'reject' }[];
  /** 备注 */
  remarks?: string | null;
}

export interface LedgerRow {
  seq: number;
  title: string;
  source: string;
  writtenAt: string;
  confidentialityReviewer: string;
  leaderInCharge: string;
  submittedAt: string;
  infoType: string;
  remarks: string;
}

export const LEDGER_COLUMNS: readonly { key: keyof LedgerRow; label: Label }[] = [
  { key: 'seq', label: { zh: '序号', en: 'No.' } },
  { key: 'title', label: { zh: '信息名称', en: 'Title' } },
  { key: 'source', label: { zh: '信息来源(作者)', en: 'Source (author)' } },
  { key: 'writtenAt', label: { zh: '写作时间', en: 'Written on' } },
  { key: 'confidentialityReviewer', label: { zh: '保密审核人', en: 'Confidentiality reviewer' } },
  { key: 'leaderInCharge', label: { zh: '分管负责人', en: 'Leader in charge' } },
  { key: 'submittedAt', label: { zh: '报送时间', en: 'Submitted at' } },
  { key: 'infoType', label: { zh: '信息类型', en: 'Type' } },
  { key: 'remarks', label: { zh: '备注', en: 'Remarks' } },
];

const approversOf = (item: LedgerItem, duty: Duty): string =>
  [...new Set((item.decisions ?? []).filter((d) => d.decision === 'approve' && d.duty === duty).map((d) => d.actor.name))].join('、');

/** 来源（作者）: "市教育局（张三）", or whichever of the two is known. */
const sourceOf = (item: LedgerItem): string => {
  const source = item.source?.trim() ?? '';
  const author = item.author?.trim() ?? '';
  if (source && author) return `${source}（${author}）`;
  return source || author;
};

/** One row per item, numbered from 1 in the given order. */
export const ledgerRows = (items: readonly LedgerItem[]): LedgerRow[] =>
  items.map((item, i) => ({
    seq: i + 1,
    title: item.title,
    source: sourceOf(item),
    writtenAt: item.writtenAt ? formatDateValue(item.writtenAt) : '',
    confidentialityReviewer: approversOf(item, 'confidentiality-reviewer'),
    leaderInCharge: approversOf(item, 'leader-in-charge'),
    submittedAt: item.submittedAt ? formatIsoLikeDateTime(item.submittedAt) : '',
    infoType: INFO_TYPE_LABELS[item.infoType] ?? String(item.infoType),
    remarks: item.remarks?.trim() ?? '',
  }));

// ── rounds: which submission of an item the ledger records ────────────────────────────────────────

/**
 * One entry of an item's audit trail, as the ledger reads it (actions and data written by the state
 * machine: submit {round}, review-restart {fromRound, round, fromLevelKey}, approve/reject {round,
 * levelKey, duty, opinion}, withdraw {round}, publish {round}, urgent-publish {round, reason},
 * urgent-cleared {how, round}).
 */
export interface TrailEntry {
  action: string;
  at: string;
  actor: PersonRef | null;
  data: Readonly<Record<string, unknown>>;
}

/** What the item's current state says of its current round. */
export interface CurrentRound {
  round: number;
  /** The current round was approved at its last level (status approved or published, nothing pending). */
  completed: boolean;
}

export type RoundOutcome = 'approved' | 'returned' | 'in-review';

export interface RoundSignature {
  duty: Duty;
  levelKey: string;
  actor: PersonRef;
  decision: 'approve' | 'reject';
  opinion: string | null;
  at: string;
}

/** A round of review the ledger shows: approved, returned (退回), or the current one still in review. */
export interface LedgerRound {
  round: number;
  /** 报送时间: when this round began — the submission, or the restart after an edit (an automatic resubmission). */
  submittedAt: string;
  /** 报送人: who submitted (a restart keeps the round's submitter). */
  submitter: PersonRef | null;
  outcome: RoundOutcome;
  /** Every decision of this round, in order. */
  signatures: RoundSignature[];
  /** The rejection that ended it (outcome 'returned'). */
  returned: { by: PersonRef; at: string; opinion: string; duty: Duty | null; levelKey: string } | null;
  /** Published urgently in this round (先发布后补审), with the reason. */
  urgentReason: string | null;
}

const roundOf = (data: Readonly<Record<string, unknown>>, key = 'round'): number | null => {
  const value = Number(data[key]);
  return Number.isInteger(value) && value > 0 ? value : null;
};
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The rounds of one item the ledger records, oldest first, from its audit trail (in order):
 * - a round starts at a submission, or at a review restart (an edit voided the signatures given:
 *   the new round is the same submission reviewed again, submitted at the restart's time);
 * - a round ends approved (its last level approved: a later restart from a completed round, a
 *   publication of that round, an urgent review completed, or — for the current round — the state),
 *   returned (a rejection), withdrawn, or voided by a restart while under review;
 * - withdrawn and voided rounds are not recorded (they were never decided); the current round, still
 *   under review, is recorded as in review.
 */
export const ledgerRounds = (trail: readonly TrailEntry[], current: CurrentRound): LedgerRound[] => {
  type Open = LedgerRound & { ended: 'voided' | 'withdrawn' | null };
  const rounds = new Map<number, Open>();
  const open = (round: number, at: string, submitter: PersonRef | null): Open => {
    const entry: Open = { round, submittedAt: at, submitter, outcome: 'in-review', signatures: [], returned: null, urgentReason: null, ended: null };
    rounds.set(round, entry);
    return entry;
  };
  const approved = (round: number | null) => {
    const entry = round === null ? undefined : rounds.get(round);
    if (entry && entry.outcome !== 'returned') {
      entry.outcome = 'approved';
      entry.ended = null;
    }
  };
  for (const e of trail) {
    switch (e.action) {
      case 'submit': {
        const round = roundOf(e.data);
        if (round !== null) open(round, e.at, e.actor);
        break;
      }
      case 'review-restart': {
        const from = roundOf(e.data, 'fromRound');
        const round = roundOf(e.data);
        const previous = from === null ? undefined : rounds.get(from);
        if (previous) {
          // From a completed round (fromLevelKey null): it had been approved; else its signatures are void.
          if (e.data.fromLevelKey === null || e.data.fromLevelKey === undefined) approved(from);
          else previous.ended = 'voided';
        }
        if (round !== null) {
          const next = open(round, e.at, previous?.submitter ?? null);
          if (previous?.urgentReason) next.urgentReason = previous.urgentReason;
        }
        break;
      }
      case 'approve':
      case 'reject': {
        const round = roundOf(e.data);
        const entry = round === null ? undefined : rounds.get(round);
        if (!entry || !e.actor) break;
        const duty = isDuty(e.data.duty) ? e.data.duty : null;
        const levelKey = typeof e.data.levelKey === 'string' ? e.data.levelKey : '';
        if (duty) entry.signatures.push({ duty, levelKey, actor: e.actor, decision: e.action, opinion: text(e.data.opinion), at: e.at });
        if (e.action === 'reject') {
          entry.outcome = 'returned';
          entry.returned = { by: e.actor, at: e.at, opinion: text(e.data.opinion) ?? '', duty, levelKey };
        }
        break;
      }
      case 'withdraw': {
        const entry = rounds.get(roundOf(e.data) ?? -1);
        if (entry) entry.ended = 'withdrawn';
        break;
      }
      case 'publish':
        approved(roundOf(e.data));
        break;
      case 'urgent-cleared':
        if (e.data.how === 'review-completed' || e.data.how === 'reviewed-version-published') approved(roundOf(e.data));
        break;
      case 'urgent-publish': {
        const entry = rounds.get(roundOf(e.data) ?? -1);
        if (entry) entry.urgentReason = text(e.data.reason);
        break;
      }
      default:
        break;
    }
  }
  if (current.completed) approved(current.round);
  return [...rounds.values()]
    .filter((r) => r.outcome === 'approved' || r.outcome === 'returned' || (r.round === current.round && r.ended === null))
    .sort((a, b) => a.round - b.round)
    .map(({ ended: _ended, ...round }) => round);
};

/** 备注 of a round: returned (退回, by whom, when, opinion), urgent publication, still in review. */
export const roundRemarks = (round: LedgerRound, levelName?: (levelKey: string) => string | null): string => {
  const parts: string[] = [];
  if (round.outcome === 'returned' && round.returned) {
    const r = round.returned;
    const level = levelName?.(r.levelKey) ?? (r.duty ? DUTY_LABELS[r.duty].zh : r.levelKey);
    parts.push(`退回：${r.by.name}（${level}）于 ${formatIsoLikeDateTime(r.at)} 退回，意见：${r.opinion}`);
  }
  if (round.outcome === 'in-review') parts.push('审核中');
  if (round.urgentReason) parts.push(`紧急发布：${round.urgentReason}`);
  return parts.join('；');
};
