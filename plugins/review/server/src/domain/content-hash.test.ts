import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { contentHash, relationIds } from './content-hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, 2], c: undefined, b: 'x' } })).toBe('{"a":{"b":"x","d":[3,1,2]},"b":1}');
  });

  it('writes Dates as ISO strings, so a Date and its ISO string are the same', () => {
    const date = new Date('2025-03-08T09:05:00+08:00');
    expect(canonicalJson({ at: date })).toBe('{"at":"2025-03-08T01:05:00.000Z"}');
    expect(canonicalJson({ at: date })).toBe(canonicalJson({ at: '2025-03-08T01:05:00.000Z' }));
  });

  it('writes an undefined array element as null (positions are kept)', () => {
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
  });

  it('keeps strings exactly (no Unicode normalisation) and escapes them as JSON', () => {
    expect(canonicalJson('é')).not.toBe(canonicalJson('e\u0301'));
    expect(canonicalJson('引号"\n')).toBe('"引号\\"\\n"');
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    ['a bigint', { n: BigInt(1) }],
    ['a function', { f: () => 1 }],
    ['a Map', { m: new Map() }],
    ['an invalid date', { d: new Date('nope') }],
  ])('refuses %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('refuses a cycle but accepts the same object twice side by side', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/circular/);
  });
});

describe('contentHash', () => {
  const fields = {
    title: '关于开展2025年安全生产检查的通知',
    body: '各单位：\n\n为……特此通知。',
    column: 'col-doc-1',
    importance: 'normal',
    attachments: ['file-a', 'file-b'],
    writtenAt: '2025-03-07',
  };

  it('is the sha256 hex of the canonical JSON', () => {
    const expected = createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
    expect(contentHash(fields)).toBe(expected);
    expect(contentHash(fields)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is pinned: stored hashes must stay valid across versions', () => {
    // echo -n '{"a":1,"b":["x",null]}' | sha256sum
    expect(contentHash({ b: ['x', null], a: 1, c: undefined })).toBe('18c018603b12c4beed8593acb6ad65cdc9667cce853e8b6dffd035fe3a0fb4de');
  });

  it('does not depend on key order', () => {
    const reversed = Object.fromEntries(Object.entries(fields).reverse());
    expect(Object.keys(reversed)[0]).toBe('writtenAt');
    expect(contentHash(reversed)).toBe(contentHash(fields));
  });

  it('ignores undefined fields but not null ones', () => {
    expect(contentHash({ ...fields, source: undefined })).toBe(contentHash(fields));
    expect(contentHash({ ...fields, source: null })).not.toBe(contentHash(fields));
  });

  it('changes with any change of content, array order included', () => {
    expect(contentHash({ ...fields, title: `${fields.title} ` })).not.toBe(contentHash(fields));
    expect(contentHash({ ...fields, attachments: ['file-b', 'file-a'] })).not.toBe(contentHash(fields));
    expect(contentHash({ ...fields, importance: 'important' })).not.toBe(contentHash(fields));
  });

  it('hashes a Date like its ISO string', () => {
    const at = '2025-03-08T01:00:00.000Z';
    expect(contentHash({ at: new Date(at) })).toBe(contentHash({ at }));
  });

  it('refuses a non-object', () => {
    expect(() => contentHash(['a'] as unknown as Record<string, unknown>)).toThrow(TypeError);
  });
});

describe('relationIds', () => {
  it('prefers the documentId to the row id, keeps order, maps empty to null', () => {
    expect(relationIds({ id: 7, documentId: 'abc', name: '通知公告' } as { id: number; documentId: string })).toBe('abc');
    expect(relationIds({ id: 7 })).toBe(7);
    expect(relationIds(null)).toBeNull();
    expect(relationIds([{ documentId: 'b' }, 'a', 3])).toEqual(['b', 'a', 3]);
  });

  it('makes populated and unpopulated relations hash the same', () => {
    const populated = { column: relationIds({ id: 12, documentId: 'col-1' }) };
    expect(contentHash(populated)).toBe(contentHash({ column: 'col-1' }));
  });

  it('refuses a relation object without an id', () => {
    expect(() => relationIds({})).toThrow(TypeError);
  });
});
