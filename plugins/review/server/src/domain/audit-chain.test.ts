import { canonicalJson, sha256Hex } from './canonical-json';
import { appendEntry, type AuditEntryInput, type ChainHead, chainEntry, GENESIS_HASH, type StoredEntry, verifyChain } from './audit-chain';

const officer = { id: 1, name: '李信息' };
const reviewer = { id: 2, name: '王科长' };

const input = (n: number, over: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  at: `2025-03-10T09:${String(n).padStart(2, '0')}:00+08:00`,
  actor: n % 2 === 0 ? reviewer : officer,
  action: n % 2 === 0 ? 'approve' : 'submit',
  contentType: 'api::article.article',
  documentId: `doc-${n % 3}`,
  data: { round: 1, levelKey: 'section', opinion: n % 2 === 0 ? '同意' : null, n },
  ...over,
});

/** A chain of `count` entries and its head. */
const build = (count: number): { entries: StoredEntry[]; head: ChainHead | null } => {
  const entries: StoredEntry[] = [];
  let head: ChainHead | null = null;
  for (let n = 1; n <= count; n += 1) {
    const appended = appendEntry(head, input(n));
    entries.push(appended.entry);
    head = appended.head;
  }
  return { entries, head };
};

/** A copy of the entries as a database would hand them back. */
const copy = (entries: readonly StoredEntry[]): StoredEntry[] => JSON.parse(JSON.stringify(entries)) as StoredEntry[];

describe('chainEntry', () => {
  it('links the first entry to the genesis hash and hashes seq, prevHash and the input canonically', () => {
    const entry = chainEntry(null, 1, input(1));
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(entry.prevHash).toBe(GENESIS_HASH);
    expect(entry.at).toBe('2025-03-10T01:01:00.000Z');
    const { seq, prevHash, at, actor, action, contentType, documentId, data } = entry;
    expect(entry.hash).toBe(sha256Hex(canonicalJson({ seq, prevHash, at, actor, action, contentType, documentId, data })));
  });

  it('does not depend on the key order of the data', () => {
    const a = chainEntry(null, 1, input(1, { data: { a: 1, b: [1, 2] } }));
    const b = chainEntry(null, 1, input(1, { data: { b: [1, 2], a: 1 } }));
    expect(a.hash).toBe(b.hash);
  });

  it('depends on every part of the entry', () => {
    const base = chainEntry(null, 1, input(1)).hash;
    expect(chainEntry(null, 1, input(1, { action: 'withdraw' })).hash).not.toBe(base);
    expect(chainEntry(null, 1, input(1, { actor: null })).hash).not.toBe(base);
    expect(chainEntry(null, 1, input(1, { at: '2025-03-10T09:01:01+08:00' })).hash).not.toBe(base);
    expect(chainEntry(null, 1, input(1, { data: { ...input(1).data, n: 2 } })).hash).not.toBe(base);
    expect(chainEntry('a'.repeat(64), 2, input(1)).hash).not.toBe(chainEntry('a'.repeat(64), 3, input(1)).hash);
  });

  it('refuses an inconsistent seq and prevHash, and an invalid time', () => {
    expect(() => chainEntry(null, 2, input(2))).toThrow(RangeError);
    expect(() => chainEntry('a'.repeat(64), 1, input(1))).toThrow(RangeError);
    expect(() => chainEntry(null, 0, input(1))).toThrow(RangeError);
    expect(() => chainEntry(null, 1, input(1, { at: 'yesterday' }))).toThrow(RangeError);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, as read back from a database, and returns its head', () => {
    const { entries, head } = build(6);
    expect(verifyChain(copy(entries), head)).toEqual({ ok: true, count: 6, head });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: null });
  });

  it('accepts times handed back as Dates', () => {
    const { entries, head } = build(3);
    const withDates = copy(entries).map((e) => ({ ...e, at: new Date(e.at) }));
    expect(verifyChain(withDates, head)).toMatchObject({ ok: true, count: 3 });
  });

  it('finds an altered row', () => {
    const entries = copy(build(5).entries);
    entries[2].data = { ...entries[2].data, opinion: '不同意' };
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 3, reason: 'altered' });
  });

  it('finds an altered actor', () => {
    const entries = copy(build(5).entries);
    entries[1].actor = { id: 3, name: '赵保密' };
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: 'altered' });
  });

  it('finds an altered row whose hash was recomputed: the next link breaks', () => {
    const entries = copy(build(5).entries);
    const forged = chainEntry(entries[1].hash, 3, input(3, { action: 'approve' }));
    entries[2] = forged;
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 4, reason: 'bad-link' });
  });

  it('finds a deleted middle row', () => {
    const entries = copy(build(5).entries);
    entries.splice(2, 1);
    const result = verifyChain(entries);
    expect(result).toMatchObject({ ok: false, brokenAt: 3, reason: 'missing' });
    expect(!result.ok && result.message).toContain('第3条记录缺失');
  });

  it('finds several deleted rows and reports the first', () => {
    const entries = copy(build(8).entries);
    entries.splice(5, 2);
    entries.splice(1, 2);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: 'missing' });
  });

  it('finds a deleted first row', () => {
    const entries = copy(build(3).entries).slice(1);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 1, reason: 'missing' });
  });

  it('finds rows deleted then renumbered (the hashes recomputed for the new seq): the link breaks', () => {
    const entries = copy(build(4).entries);
    entries.splice(1, 1); // delete seq 2
    const renumbered = chainEntry(entries[1].prevHash, 2, { ...entries[1] }); // seq 3 → 2, prevHash still seq 2's
    entries[1] = renumbered;
    entries[2] = chainEntry(renumbered.hash, 3, { ...entries[2] });
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: 'bad-link' });
  });

  it('finds a duplicated or reordered seq', () => {
    const entries = copy(build(4).entries);
    expect(verifyChain([entries[0], entries[1], entries[1], entries[2]])).toMatchObject({ ok: false, brokenAt: 2, reason: 'reordered' });
    expect(verifyChain([entries[0], entries[2], entries[1]])).toMatchObject({ ok: false, brokenAt: 2, reason: 'missing' });
    expect(verifyChain([entries[1], entries[0]])).toMatchObject({ ok: false, brokenAt: 1, reason: 'missing' });
  });

  it('reports the first broken link when there are several', () => {
    const entries = copy(build(6).entries);
    entries[4].action = 'publish';
    entries.splice(2, 1);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 3, reason: 'missing' });
  });

  describe('the head', () => {
    it('a deleted last row goes unnoticed by the chain alone…', () => {
      const { entries } = build(5);
      expect(verifyChain(copy(entries).slice(0, 4))).toMatchObject({ ok: true, count: 4 });
    });

    it('…but not against the head kept apart', () => {
      const { entries, head } = build(5);
      const result = verifyChain(copy(entries).slice(0, 4), head);
      expect(result).toMatchObject({ ok: false, brokenAt: 5, reason: 'missing' });
      expect(!result.ok && result.message).toContain('末尾记录被删除');
      expect(verifyChain([], head)).toMatchObject({ ok: false, brokenAt: 1, reason: 'missing' });
    });

    it('finds a last row replaced with a recomputed hash', () => {
      const { entries, head } = build(5);
      const forged = copy(entries);
      forged[4] = chainEntry(forged[3].hash, 5, input(5, { action: 'forged' }));
      expect(verifyChain(forged)).toMatchObject({ ok: true });
      expect(verifyChain(forged, head)).toMatchObject({ ok: false, brokenAt: 5, reason: 'altered' });
    });

    it('finds rows beyond the recorded head', () => {
      const { entries, head } = build(3);
      const extra = chainEntry(entries[2].hash, 4, input(4));
      expect(verifyChain([...copy(entries), extra], head)).toMatchObject({ ok: false, brokenAt: 4, reason: 'bad-link' });
    });
  });
});
