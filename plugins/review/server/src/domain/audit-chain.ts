import { hashCanonical } from './canonical-json';
import type { PersonRef } from './types';

/**
 * The audit trail (全过程记录, seed 003 art. 26): append-only, hash-chained.
 *
 * One chain for the whole site (not one per document), so deleting every entry of a document is
 * detected like any other deletion. Entry n stores `prevHash` = hash of entry n-1 (GENESIS_HASH for
 * the first) and `hash` = SHA-256 of the canonical JSON (canonical-json.ts, the same as the content
 * hash) of `{ seq, prevHash, at, actor, action, contentType, documentId, data }`.
 *
 * What the chain alone proves: no entry was altered, removed from the middle or reordered, as long
 * as the attacker did not recompute every later hash. What it cannot prove: that the last entries
 * were not deleted (truncation leaves a valid shorter chain), nor that the whole chain was not
 * recomputed. Hence the head (`ChainHead`: last seq and hash): the service writes it in the same
 * transaction as each seal to a separate place (the plugin store), and should also copy it out of
 * the database from time to time (into the quarterly bulletin, an email to the site administrators,
 * a log) — an outside copy of a head catches a rewrite of everything before it. `verifyChain(entries,
 * head)` checks the entries against it.
 *
 * Chaining must be serialised (one transaction, a unique index on seq) so two writers cannot both
 * write seq n: the service appends entries pending and one sealer at a time chains them.
 */

/** prevHash of the first entry (seq 1). */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryInput {
  /** ISO 8601 instant; stored as `toISOString()` (UTC, milliseconds). */
  at: string;
  actor: PersonRef | null;
  action: string;
  contentType: string;
  documentId: string;
  data: Record<string, unknown>;
}

export interface StoredEntry extends AuditEntryInput {
  seq: number;
  prevHash: string;
  hash: string;
}

/** Where the chain ends, kept apart from the entries. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export type ChainBreak = 'altered' | 'missing' | 'reordered' | 'bad-link';

export type ChainVerification =
  | { ok: true; count: number; head: ChainHead | null }
  | { ok: false; brokenAt: number; reason: ChainBreak; message: string };

/**
 * A database may hand back a Date, or another ISO spelling: every instant is hashed as its
 * `toISOString()`, so the hash survives the round trip.
 */
const normaliseAt = (at: string | Date): string => {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError(`audit entry: "${String(at)}" is not a valid time / 无效的时间`);
  return date.toISOString();
};

const entryHash = (seq: number, prevHash: string, input: AuditEntryInput): string =>
  hashCanonical({
    seq,
    prevHash,
    at: normaliseAt(input.at),
    actor: input.actor === null ? null : { id: input.actor.id, name: input.actor.name },
    action: input.action,
    contentType: input.contentType,
    documentId: input.documentId,
    data: input.data,
  });

/**
 * The entry to store as number `seq` after an entry whose hash is `prevHash` (null: the first entry).
 * Throws if the pair is inconsistent (seq 1 must follow genesis, a later seq must not) or if `data`
 * holds something without a JSON form.
 */
export const chainEntry = (prevHash: string | null, seq: number, input: AuditEntryInput): StoredEntry => {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`audit entry: seq must be a positive integer, got ${seq}`);
  const prev = prevHash ?? GENESIS_HASH;
  if ((seq === 1) !== (prev === GENESIS_HASH)) {
    throw new RangeError('audit entry: only entry 1 follows the genesis hash / 只有第1条记录接在创世哈希之后');
  }
  const normalised: AuditEntryInput = {
    at: normaliseAt(input.at),
    actor: input.actor === null ? null : { id: input.actor.id, name: input.actor.name },
    action: input.action,
    contentType: input.contentType,
    documentId: input.documentId,
    data: input.data,
  };
  return { seq, prevHash: prev, hash: entryHash(seq, prev, normalised), ...normalised };
};

/** The next entry after `head` (null: the chain is empty), and the new head to store with it. */
export const appendEntry = (head: ChainHead | null, input: AuditEntryInput): { entry: StoredEntry; head: ChainHead } => {
  const entry = chainEntry(head ? head.hash : null, head ? head.seq + 1 : 1, input);
  return { entry, head: { seq: entry.seq, hash: entry.hash } };
};

const broken = (brokenAt: number, reason: ChainBreak, zh: string, en: string): ChainVerification => ({
  ok: false,
  brokenAt,
  reason,
  message: `${zh} (${en})`,
});

/**
 * Verifies a whole chain, `entries` ordered by seq from 1, and reports the first broken link:
 * - `missing` — a gap in seq (rows deleted; brokenAt = the first missing seq), including the first
 *   rows, or the last rows when a head is given;
 * - `reordered` — a seq that does not increase (a duplicate, or rows out of order);
 * - `altered` — a row's hash no longer matches its content (or, with a head, the last row is not the
 *   one the head recorded);
 * - `bad-link` — a row's prevHash is not the previous row's hash (a row replaced with a recomputed
 *   hash, or rows deleted and renumbered), or rows beyond the recorded head.
 * `at` values may be Dates (as some drivers return them).
 */
export const verifyChain = (
  entries: readonly (Omit<StoredEntry, 'at'> & { at: string | Date })[],
  head?: ChainHead | null,
): ChainVerification => {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const entry of entries) {
    const seq = Number(entry.seq);
    if (!Number.isSafeInteger(seq) || seq < expectedSeq) {
      return broken(
        Number.isSafeInteger(seq) ? seq : expectedSeq,
        'reordered',
        `第${expectedSeq}条之前出现序号${String(entry.seq)}：序号重复或顺序错乱`,
        `seq ${String(entry.seq)} where ${expectedSeq} was expected: duplicate or out-of-order entries`,
      );
    }
    if (seq > expectedSeq) {
      return broken(
        expectedSeq,
        'missing',
        seq - expectedSeq === 1 ? `第${expectedSeq}条记录缺失` : `第${expectedSeq}至${seq - 1}条记录缺失`,
        seq - expectedSeq === 1 ? `entry ${expectedSeq} is missing` : `entries ${expectedSeq} to ${seq - 1} are missing`,
      );
    }
    let recomputed: string;
    try {
      recomputed = entryHash(seq, entry.prevHash, { ...entry, at: normaliseAt(entry.at) });
    } catch {
      recomputed = '';
    }
    if (recomputed !== entry.hash) {
      return broken(seq, 'altered', `第${seq}条记录的内容与其哈希不符，已被篡改`, `entry ${seq} does not match its hash: it was altered`);
    }
    if (entry.prevHash !== prevHash) {
      return broken(
        seq,
        'bad-link',
        `第${seq}条记录未接在第${seq - 1}条之后（前序哈希不符）`,
        `entry ${seq} does not link to entry ${seq - 1} (prevHash mismatch)`,
      );
    }
    prevHash = entry.hash;
    expectedSeq = seq + 1;
  }
  const count = expectedSeq - 1;
  if (head) {
    if (head.seq > count) {
      return broken(
        count + 1,
        'missing',
        `记录止于第${count}条，但链头为第${head.seq}条：末尾记录被删除`,
        `the entries end at ${count} but the head says ${head.seq}: the last entries were deleted`,
      );
    }
    if (head.seq < count) {
      return broken(
        head.seq + 1,
        'bad-link',
        `链头为第${head.seq}条，之后却还有记录`,
        `entries after the recorded head (${head.seq})`,
      );
    }
    if (count > 0 && head.hash !== prevHash) {
      return broken(count, 'altered', `第${count}条记录与链头记录的哈希不符`, `entry ${count} is not the one the head recorded`);
    }
  }
  return { ok: true, count, head: count === 0 ? null : { seq: count, hash: prevHash } };
};
