/**
 * Types of the admin pages. What the server answers is typed once, in ../../shared/contracts.ts (the
 * server's controllers answer with those types); what is only the admin's — request bodies, queries,
 * the lists the forms offer — is here.
 */
import type { LedgerRow, LevelCondition, LevelDefinition, SubjectUid, UnavailableCode, WordList } from '../../shared/contracts';

export * from '../../shared/contracts';

/** The unit duties (附件3 备案表), one list with the server (a pure module: the admin bundles it). */
export { DUTIES } from '../../server/src/domain/types';

/** The reviewed content types, by their uid, and their short names in the API's URLs. */
export const SUBJECT_TYPES = {
  'api::article.article': 'article',
  'api::interpretation.interpretation': 'interpretation',
  'api::reply.reply': 'reply',
} as const satisfies Record<SubjectUid, string>;
export type SubjectName = (typeof SUBJECT_TYPES)[SubjectUid];
export const SUBJECT_UIDS = Object.keys(SUBJECT_TYPES) as SubjectUid[];

export const isSubjectUid = (value: unknown): value is SubjectUid => typeof value === 'string' && Object.prototype.hasOwnProperty.call(SUBJECT_TYPES, value);

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
] as const satisfies readonly UnavailableCode[];

// ── settings ──────────────────────────────────────────────────────────────────────────────────────

/** The condition of a level that applies to important items only (仅重要稿件). */
export const IMPORTANT_ONLY: LevelCondition = { field: 'importance', equals: 'important' };

/** The body of POST /workflows; PUT takes any subset. */
export interface WorkflowInput {
  name: string;
  levels: LevelDefinition[];
  contentTypes: string[];
  columnIds: number[];
  isDefault: boolean;
}

export const WORD_LISTS: readonly WordList[] = ['banned', 'suspect'];

/** The body of POST /words; PUT takes any subset. */
export interface WordInput {
  word: string;
  list: WordList;
  note: string | null;
}

// ── records ───────────────────────────────────────────────────────────────────────────────────────

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
