import { hashCanonical } from './canonical-json';

/**
 * The content hash of an item: what a reviewer signed (审核所签的内容).
 *
 * SHA-256 (hex) over the canonical JSON of the reviewed fields (see canonical-json.ts): the same
 * content always gives the same hash, whatever the key order; arrays keep their order; `undefined`
 * is dropped; a Date hashes as its ISO string.
 *
 * What goes in is the caller's choice and must be stable: the fields a reviewer judges (title, body,
 * column, importance, attachments …), never bookkeeping (updatedAt, the review state itself).
 * Relations are given as ids — Strapi 5 `documentId`s, not numeric `id`s, because the draft and the
 * published version of a document have different row ids; `relationIds` reduces populated relations
 * to them.
 */
export const contentHash = (fields: Record<string, unknown>): string => {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
    throw new TypeError('contentHash expects an object of fields / 需要字段对象');
  }
  return hashCanonical(fields);
};

type RelationValue = { documentId?: string | null; id?: number | string | null } | string | number | null | undefined;

const idOf = (value: RelationValue): string | number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value.documentId === 'string' && value.documentId !== '') return value.documentId;
  if (value.id !== null && value.id !== undefined) return value.id;
  throw new TypeError('a relation needs a documentId or an id / 关联缺少标识');
};

/**
 * A relation as its id(s): `{ documentId: 'abc', name: … }` → 'abc' (the documentId is preferred to
 * the row id), an array → the ids in the given order, null/undefined → null.
 */
export function relationIds(value: RelationValue): string | number | null;
export function relationIds(value: readonly RelationValue[]): (string | number | null)[];
export function relationIds(value: RelationValue | readonly RelationValue[]): string | number | null | (string | number | null)[] {
  if (Array.isArray(value)) return (value as readonly RelationValue[]).map(idOf);
  return idOf(value as RelationValue);
}
