import { createHash } from 'node:crypto';

/**
 * Canonical JSON: one byte string for one value, whatever the key order it was built in.
 * Shared by the content hash and the audit chain, so both hash exactly the same representation.
 *
 * - object keys sorted (by UTF-16 code units, i.e. JavaScript's default string order);
 * - object properties whose value is `undefined` dropped (as JSON.stringify does);
 * - arrays kept in order, an `undefined` element written `null` (as JSON.stringify does — dropping it
 *   would shift the positions of the others);
 * - a Date written as its ISO string (`toISOString()`, UTC): a Date and the same ISO string hash the
 *   same, so a value read back from a database as a string still verifies;
 * - strings as JSON.stringify writes them (no Unicode normalisation: different code points are
 *   different content);
 * - numbers as JSON.stringify writes them (-0 → 0); NaN and ±Infinity are refused, as are bigints,
 *   functions, symbols, class instances other than Date (Map, Set, Buffer …) and cycles — they have
 *   no faithful JSON form and would otherwise hash as something else silently.
 */
export const canonicalJson = (value: unknown): string => write(value, [], '$');

const write = (value: unknown, stack: object[], path: string): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form / 数值无效`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`${path}: a ${typeof value} has no JSON form / 不支持的值类型`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`${path}: invalid date / 无效的时间`);
    return JSON.stringify(value.toISOString());
  }
  if (stack.includes(value)) throw new TypeError(`${path}: circular structure / 循环引用`);
  stack.push(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item, i) => (item === undefined ? 'null' : write(item, stack, `${path}[${i}]`))).join(',')}]`;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`${path}: only plain objects, arrays and dates can be hashed / 只能对普通对象、数组和时间求哈希`);
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      if (record[key] === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${write(record[key], stack, `${path}.${key}`)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    stack.pop();
  }
};

/** SHA-256 of a UTF-8 string, lower-case hex (64 characters). */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 of the canonical JSON of a value. */
export const hashCanonical = (value: unknown): string => sha256Hex(canonicalJson(value));
