/**
 * Shapes of the review plugin's admin API (plugins/review/server/src/{controllers,services,domain}),
 * as the admin pages read them.
 */

/** The reviewed content types, by their uid, and their short names in the API's URLs. */
export const SUBJECT_TYPES = {
  'api::article.article': 'article',
  'api::interpretation.interpretation': 'interpretation',
  'api::reply.reply': 'reply',
} as const;
export type SubjectUid = keyof typeof SUBJECT_TYPES;
export type SubjectName = (typeof SUBJECT_TYPES)[SubjectUid];
export const SUBJECT_UIDS = Object.keys(SUBJECT_TYPES) as SubjectUid[];

export const isSubjectUid = (value: unknown): value is SubjectUid => typeof value === 'string' && Object.prototype.hasOwnProperty.call(SUBJECT_TYPES, value);

export const DUTIES = [
  'information-officer',
  'section-reviewer',
  'confidentiality-reviewer',
  'leader-in-charge',
  'principal-leader',
  'site-administrator',
] as const;
export type Duty = (typeof DUTIES)[number];

/** A label the server gives in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A person as recorded in decisions and the audit trail. */
export interface PersonRef {
  id: number;
  name: string;
}

// ── review state ──────────────────────────────────────────────────────────────────────────────────

export type ReviewStatus = 'draft' | 'in-review' | 'approved' | 'published';
export type ReviewAction = 'submit' | 'withdraw' | 'approve' | 'reject' | 'publish' | 'urgent-publish';
export type DecisionKind = 'approve' | 'reject';

/** A review level as frozen into an item's review at submission. */
export interface LevelSnapshot {
  key: string;
  name: Bilingual;
  duty: Duty;
}

/** A decision of the current round, inside the state. */
export interface StateDecision {
  round: number;
  levelKey: string;
  duty: Duty;
  actor: PersonRef;
  decision: DecisionKind;
  opinion: string | null;
  at: string;
  contentHash: string;
}

export interface ReturnedInfo {
  opinion: string;
  by: PersonRef;
  at: string;
  levelKey: string;
  round: number;
}

export interface UrgentInfo {
  reason: string;
  by: PersonRef;
  at: string;
  contentHash: string;
}

export interface RestartInfo {
  at: string;
  fromRound: number;
  fromStatus: 'in-review' | 'approved' | 'published';
  fromLevelKey: string | null;
}

export interface ReviewState {
  status: ReviewStatus;
  round: number;
  levels: LevelSnapshot[];
  levelIndex: number | null;
  decisions: StateDecision[];
  submitter: PersonRef | null;
  submittedHash: string | null;
  approvedHash: string | null;
  publishedHash: string | null;
  returned: ReturnedInfo | null;
  urgent: UrgentInfo | null;
  restarted: RestartInfo | null;
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
  decision: DecisionKind;
  opinion: string | null;
  actorId: number;
  actorName: string | null;
  at: string;
  contentHash: string;
}

/** A suspect word found in the item (疑似错敏词). */
export interface Finding {
  word: string;
  category: 'banned' | 'suspect';
  field: string;
  index: number;
  length: number;
  text: string;
  line: number;
  column: number;
  context: string;
}

/** Why an action is not offered (server: domain/action-guidance.ts). */
export const UNAVAILABLE_CODES = [
  'no-column',
  'no-unit',
  'reviewer-cannot-submit',
  'not-officer',
  'already-submitted',
  'already-published',
  'own-item',
  'already-signed',
  'not-your-level',
  'no-review-duty',
  'withdraw-decided',
  'publish-by-officer',
] as const;
export type UnavailableCode = (typeof UNAVAILABLE_CODES)[number];

/** An action the viewer may be looking for and cannot take now: why, and what to do. */
export interface UnavailableAction {
  action: ReviewAction;
  code: UnavailableCode;
  /** The server's message (Chinese, then English). */
  message: string;
  params: { level?: Bilingual };
}

/** GET /review/items/:type/:documentId and the answer of every action. */
export interface ReviewView {
  subject: { type: SubjectUid; documentId: string; title: string; unitId: number | null; columnId: number | null };
  state: ReviewState;
  currentLevel: LevelSnapshot | null;
  contentHash: string;
  changedSinceSubmission: boolean;
  allowedActions: ReviewAction[];
  /** Absent from an older server. */
  unavailableActions?: UnavailableAction[];
  suspectWords: Finding[];
}

export interface AuditEntry {
  seq: number;
  prevHash?: string;
  hash?: string;
  at: string;
  actor: PersonRef | null;
  action: string;
  contentType: string;
  documentId: string;
  data: Record<string, unknown>;
}

export interface ReviewHistory {
  decisions: DecisionRecord[];
  audit: AuditEntry[];
}

/** One line of 待我审核. */
export interface WaitingItem {
  subjectType: SubjectUid;
  documentId: string;
  title: string;
  status: ReviewStatus;
  urgent: boolean;
  level: LevelSnapshot | null;
  round: number;
  submitter: PersonRef | null;
  submittedAt?: string | null;
}

// ── settings ──────────────────────────────────────────────────────────────────────────────────────

export type ConditionValue = string | number | boolean | null;
export type LevelCondition =
  | { field: string; equals: ConditionValue }
  | { field: string; in: ConditionValue[] }
  | { all: LevelCondition[] }
  | { any: LevelCondition[] }
  | { not: LevelCondition };

/** The condition of a level that applies to important items only (仅重要稿件). */
export const IMPORTANT_ONLY: LevelCondition = { field: 'importance', equals: 'important' };

export interface LevelDefinition {
  key: string;
  name: Bilingual;
  duty: Duty;
  condition?: LevelCondition;
}

export interface Workflow {
  id: number;
  name: string;
  levels: LevelDefinition[];
  contentTypes: string[];
  columnIds: number[];
  isDefault: boolean;
}

export interface WorkflowInput {
  name: string;
  levels: LevelDefinition[];
  contentTypes: string[];
  columnIds: number[];
  isDefault: boolean;
}

export type WordList = 'banned' | 'suspect';
export const WORD_LISTS: readonly WordList[] = ['banned', 'suspect'];

export interface SensitiveWord {
  id: number;
  word: string;
  list: WordList;
  note: string | null;
}

export interface WordInput {
  word: string;
  list: WordList;
  note: string | null;
}

// ── records ───────────────────────────────────────────────────────────────────────────────────────

export type ChainBreak = 'altered' | 'missing' | 'reordered' | 'bad-link';

export type AuditVerification =
  | { ok: true; count: number; head?: { seq: number; hash: string } | null }
  | { ok: false; brokenAt: number; reason: ChainBreak; message: string };

/** One row of 信息报送台账. */
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

export const LEDGER_COLUMNS: readonly (keyof LedgerRow)[] = [
  'seq',
  'title',
  'source',
  'writtenAt',
  'confidentialityReviewer',
  'leaderInCharge',
  'submittedAt',
  'infoType',
  'remarks',
];

export type LedgerFormat = 'xlsx' | 'csv';

export interface LedgerQuery {
  from: string;
  to: string;
  unit?: number;
}

/** An entry of a content-manager collection used as a choice (a unit, a column). */
export interface NamedEntry {
  id: number;
  name: string;
}
