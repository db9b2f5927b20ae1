/**
 * The review plugin's admin API (routes under /review/…): what each route answers. One copy for both
 * ends: the server's controllers declare their answers with these types (`satisfies`), the admin pages
 * read them (admin/src/types.ts re-exports them). Types only, built from the server's domain types; the
 * admin bundle erases them. Timestamps are ISO 8601 strings, as they travel.
 */
import type { UnavailableAction, UnavailableCode } from '../server/src/domain/action-guidance';
import type { AuditEntryInput, ChainBreak, ChainVerification } from '../server/src/domain/audit-chain';
import type { LedgerRow } from '../server/src/domain/ledger';
import type { Finding, WordCategory } from '../server/src/domain/sensitive-words';
import type { Action, Decision, RestartInfo, ReturnedInfo, ReviewState, ReviewStatus, UrgentInfo } from '../server/src/domain/state-machine';
import type { Duty, Label, PersonRef } from '../server/src/domain/types';
import type { ConditionValue, LevelCondition, LevelDefinition, LevelSnapshot } from '../server/src/domain/workflow';
import type { SubjectType } from '../server/src/repositories/subjects';

export type {
  ChainBreak,
  ConditionValue,
  Duty,
  Finding,
  LedgerRow,
  LevelCondition,
  LevelDefinition,
  LevelSnapshot,
  PersonRef,
  RestartInfo,
  ReturnedInfo,
  ReviewState,
  ReviewStatus,
  UnavailableAction,
  UnavailableCode,
  UrgentInfo,
};

/** A label in both languages. */
export type Bilingual = Label;
/** The reviewed content types, by uid. */
export type SubjectUid = SubjectType;
/** What a person can do to an item's review. */
export type ReviewAction = Action;
export type DecisionKind = Decision['decision'];
/** A decision of the current round, inside the state. */
export type StateDecision = Decision;
/** A dictionary list: 禁用词 (banned) or 疑似错敏词 (suspect). */
export type WordList = WordCategory;

/** `{ id }`: the answer of a create, update or delete. */
export interface IdAnswer {
  id: number;
}

// ── items ─────────────────────────────────────────────────────────────────────────────────────────

/** GET /items/:type/:documentId, and the answer of every action on the item. */
export interface ReviewView {
  subject: { type: SubjectUid; documentId: string; title: string; unitId: number | null; columnId: number | null };
  state: ReviewState;
  currentLevel: LevelSnapshot | null;
  contentHash: string;
  changedSinceSubmission: boolean;
  allowedActions: ReviewAction[];
  /** What the viewer may be looking for and cannot do now, with why and what to do. */
  unavailableActions: UnavailableAction[];
  suspectWords: Finding[];
}

/** A decision as stored (审签记录), every round. */
export interface DecisionRecord {
  id?: number;
  subjectType: string;
  subjectId: string;
  round: number;
  levelKey: string;
  levelName: string | null;
  duty: string;
  decision: string;
  opinion: string | null;
  actorId: number;
  actorName: string | null;
  at: string;
  contentHash: string;
}

/** An entry of the audit trail (审计日志), chained by hashes. */
export interface AuditEntry extends AuditEntryInput {
  seq: number;
  prevHash: string;
  hash: string;
}

/** GET /items/:type/:documentId/history */
export interface ReviewHistory {
  decisions: DecisionRecord[];
  audit: AuditEntry[];
}

/** One line of 待我审核. */
export interface WaitingItem {
  subjectType: SubjectUid;
  documentId: string;
  /** null for an item saved without one. */
  title: string | null;
  status: ReviewStatus;
  urgent: boolean;
  level: LevelSnapshot | null;
  round: number;
  submitter: PersonRef | null;
  submittedAt: string | null;
}

/** GET /waiting */
export interface WaitingList {
  results: WaitingItem[];
}

// ── settings ──────────────────────────────────────────────────────────────────────────────────────

export interface Workflow {
  id: number;
  name: string;
  levels: LevelDefinition[];
  contentTypes: string[];
  columnIds: number[];
  isDefault: boolean;
}

/** GET /workflows */
export interface WorkflowList {
  results: Workflow[];
}

/** An entry of the dictionary (错敏词库); POST /words and PUT /words/:id answer it. */
export interface SensitiveWord {
  id: number;
  word: string;
  list: WordList;
  note: string | null;
}

/** GET /words */
export interface WordPage {
  results: SensitiveWord[];
}

// ── records ───────────────────────────────────────────────────────────────────────────────────────

/** GET /audit/verify: the first broken link of the audit chain, if any. */
export type AuditVerification = ChainVerification;

/** GET /ledger?format=json (信息报送台账) */
export interface LedgerList {
  results: LedgerRow[];
}
