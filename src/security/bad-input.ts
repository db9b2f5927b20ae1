import { bilingual, type Bilingual } from '@content-assurance/kit/shared';

/**
 * Errors that come from malformed input (a query, an id or a body the caller got wrong), told apart from
 * real faults, so that every path (REST, the admin, GraphQL) answers them 400 with the same message (in
 * the caller's language, packages/kit/src/shared/language.ts) and logs one line without SQL. Pure: no Strapi import; the callers turn the result into a
 * Strapi ValidationError (REST, src/middlewares/readable-errors.ts) or BAD_USER_INPUT (src/security/graphql.ts).
 */

/** The largest value a PostgreSQL `integer` column (every id here) holds: 2^31 - 1. */
export const MAX_DB_INTEGER = 2147483647;
const MIN_DB_INTEGER = -2147483648;

export type BadInputKind =
  | 'not-a-number'
  | 'out-of-range'
  | 'bad-date'
  | 'bad-text'
  | 'too-long'
  | 'bad-filter'
  | 'bad-sort'
  | 'bad-json';

export interface BadInput {
  kind: BadInputKind;
  /** Both languages; never the SQL or the database's own wording. */
  message: Bilingual;
}

const MESSAGES: Record<BadInputKind, Bilingual> = {
  'not-a-number': bilingual('请求中的数值格式无效：编号等字段应为整数', 'a value in the request has the wrong type: ids and counts must be whole numbers'),
  'out-of-range': bilingual(`请求中的数值超出范围：编号最大为 ${MAX_DB_INTEGER}`, `a number in the request is out of range: ids are at most ${MAX_DB_INTEGER}`),
  'bad-date': bilingual('请求中的日期或时间无效', 'a date or time in the request is not valid'),
  'bad-text': bilingual('请求中的文本含有无效字符（如空字符）', 'a text in the request holds an invalid character, such as NUL'),
  'too-long': bilingual('请求中的文本超过字段允许的长度', 'a text in the request is longer than its field allows'),
  'bad-filter': bilingual('筛选条件 filters 格式无效：$and、$or 应为数组，运算符须用于字段', 'the filters are malformed: $and and $or take an array, operators apply to fields'),
  'bad-sort': bilingual('排序参数 sort 无效', 'the sort parameter is not valid'),
  'bad-json': bilingual('请求体不是有效的 JSON', 'the request body is not valid JSON'),
};

export const badInput = (kind: BadInputKind): BadInput => ({ kind, message: MESSAGES[kind] });

/** PostgreSQL SQLSTATE codes of class 22 (data exception) that only a caller's value can cause. */
const PG_CODES: Record<string, BadInputKind> = {
  '22P02': 'not-a-number', // invalid_text_representation: invalid input syntax for type integer
  '22003': 'out-of-range', // numeric_value_out_of_range
  '22007': 'bad-date', // invalid_datetime_format
  '22008': 'bad-date', // datetime_field_overflow
  '22021': 'bad-text', // character_not_in_repertoire (NUL in text)
  '22P05': 'bad-text', // untranslatable_character
  '22001': 'too-long', // string_data_right_truncation
  '2201W': 'out-of-range', // invalid_row_count_in_limit_clause
  '2201X': 'out-of-range', // invalid_row_count_in_result_offset_clause
};

/**
 * Errors @strapi/database's query builder throws as plain Errors when filters or sort are malformed
 * (messages of 5.54, dist/query/helpers/where.js and order-by.js). They name fields, never values or SQL.
 */
const QUERY_BUILDER_MESSAGES: [RegExp, BadInputKind][] = [
  [/^Operator \$\w+ must be an array$/, 'bad-filter'],
  [/^Where must be an? (array or an )?object$/, 'bad-filter'],
  [/^Undefined attribute level operator /, 'bad-filter'],
  [/^Only \$and, \$or and \$not can only be used as root level operators/, 'bad-filter'],
  [/^Operator and non-operator keys cannot be mixed/, 'bad-filter'],
  [/^Only one operator key is allowed in a relation where clause/, 'bad-filter'],
  [/^You cannot filter on \w+ types$/, 'bad-filter'],
  [/^Cannot join on non relational field /, 'bad-filter'],
  [/^The second argument to whereBetween must be an array/, 'bad-filter'],
  [/^Attribute \S+ not found on model /, 'bad-sort'],
  [/^Invalid orderBy syntax$/, 'bad-sort'],
  [/^You cannot order on \w+ types$/, 'bad-sort'],
];

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  status?: unknown;
  type?: unknown;
}

/** The database's or the query builder's message, without the SQL knex puts in front of it ("<sql> - <message>"). */
const ownMessage = (error: ErrorLike): string => {
  const message = typeof error.message === 'string' ? error.message : '';
  const cut = message.lastIndexOf(' - ');
  return cut >= 0 ? message.slice(cut + 3) : message;
};

/**
 * Is this error the caller's malformed input? Returns what kind and the message to answer with, or null
 * for anything else (a real fault, which stays a 500). Strapi's own ValidationErrors are not handled here:
 * they already answer 400.
 */
export const classifyBadInput = (error: unknown): BadInput | null => {
  if (!error || typeof error !== 'object') return null;
  const e = error as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';

  // A JSON body that does not parse (koa-body / koa-bodyparser answer a SyntaxError with status 400).
  if (name === 'SyntaxError' && e.status === 400) return badInput('bad-json');

  // PostgreSQL (pg): a class-22 data exception caused by a value.
  if (typeof e.code === 'string' && PG_CODES[e.code] && (name === 'error' || name === 'DatabaseError' || /\b(select|insert|update|delete)\b/i.test(message))) {
    return badInput(PG_CODES[e.code]);
  }
  // SQLite (better-sqlite3): a value that cannot be bound or compared (e.g. an offset beyond 64 bits).
  if (name === 'SqliteError' && (e.code === 'SQLITE_MISMATCH' || e.code === 'SQLITE_TOOBIG' || e.code === 'SQLITE_RANGE')) return badInput('out-of-range');
  if (name === 'TypeError' && /SQLite3 can only bind numbers, strings, bigints, buffers, and null$/.test(message)) return badInput('bad-filter');
  if (name === 'RangeError' && /BigInt|too large to bind|out of range/i.test(ownMessage(e))) return badInput('out-of-range');

  const own = ownMessage(e);
  for (const [pattern, kind] of QUERY_BUILDER_MESSAGES) {
    if (pattern.test(own) && (name === 'Error' || name === 'AssertionError')) return badInput(kind);
  }
  return null;
};

/**
 * Strapi's own validation answers 400 already, in English only ("Invalid key nonexistent"). These
 * messages get a Chinese text naming the same thing (the key, the parameter), chosen like every other
 * message; the English stays Strapi's own. Field-level body messages (e.g. "channel must be one of …")
 * are left alone.
 */
const STRAPI_MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Invalid key (.+)$/, (m) => `查询参数无效：不认识的键“${m[1]}”`],
  [/^Invalid order\b/, () => '查询参数无效：排序方向应为 asc 或 desc'],
  [/^Invalid (fields|populate|sort|nested populate)\b/, (m) => `查询参数无效：${m[1]} 的写法不正确`],
  [/^Invalid sort (query|type)/, () => '查询参数无效：sort 的写法不正确'],
  [/^The filters parameter must be/, () => '查询参数无效：filters 应为对象或数组'],
  [/^Cannot use both page & offset pagination/, () => '查询参数无效：分页不能同时使用 page 与 start/limit'],
  [/^Invalid format, expected a timestamp or an ISO date/, () => '日期格式无效：应为时间戳或 ISO 日期'],
  [/expected a positive integer got/, () => '查询参数无效：应为正整数'],
  [/^Too many populate entries/, () => '查询参数无效：populate 的关联过多'],
  [/^Field cannot be empty$/, () => '查询参数无效：字段名不能为空'],
  [/^Missing "data" payload in the request body$/, () => '请求体应为 { "data": { … } }'],
  [/^Invalid relations$/, () => '关联的记录不存在或编号无效'],
  [/^Document with id "([^"]*)".* not found$/, (m) => `关联的记录不存在（documentId ${m[1]}）`],
  [/^\d+ relation\(s\) of type \S+ associated with this entity do not exist$/, () => '关联的记录不存在'],
];

/** Strapi's own English message in both languages, or null when it is not one we know (or already ours). */
export const strapiMessage = (message: string): Bilingual | null => {
  if (/[\u4e00-\u9fff]/.test(message)) return null;
  for (const [pattern, zh] of STRAPI_MESSAGES) {
    const match = message.match(pattern);
    if (match) return bilingual(zh(match), message);
  }
  return null;
};

// ── checks done before a content-API request runs ──

type Query = Record<string, unknown>;

const isRecord = (value: unknown): value is Query => typeof value === 'object' && value !== null && !Array.isArray(value);

const integerIn = (value: unknown, min: number, max: number): boolean => {
  if (typeof value === 'number') return Number.isInteger(value) && value >= min && value <= max;
  if (typeof value !== 'string' || !/^-?\d{1,20}$/.test(value.trim())) return false;
  const number = Number(value);
  return number >= min && number <= max;
};

const PAGINATION_LIMITS: Record<string, [number, number]> = {
  page: [1, MAX_DB_INTEGER],
  pageSize: [1, MAX_DB_INTEGER],
  start: [0, MAX_DB_INTEGER],
  limit: [-1, MAX_DB_INTEGER], // -1: "all" (capped at the API's maxLimit)
};

/** `pagination[page|pageSize|start|limit]` as whole numbers in range (Strapi itself quietly turns -1 or "abc" into defaults). */
const checkPagination = (pagination: unknown): BadInput | null => {
  if (pagination === undefined) return null;
  if (!isRecord(pagination)) return { kind: 'not-a-number', message: bilingual('分页参数 pagination 应为对象，如 pagination[page]=1', 'pagination must be an object, e.g. pagination[page]=1') };
  for (const [key, value] of Object.entries(pagination)) {
    if (key === 'withCount') {
      if (!['true', 'false', true, false].includes(value as string | boolean)) {
        return { kind: 'not-a-number', message: bilingual('分页参数 pagination[withCount] 应为 true 或 false', 'pagination[withCount] must be true or false') };
      }
      continue;
    }
    const limits = PAGINATION_LIMITS[key];
    if (!limits) return { kind: 'not-a-number', message: bilingual(`未知的分页参数 pagination[${key}]：请使用 page 和 pageSize，或 start 和 limit`, `unknown pagination parameter "${key}": use page and pageSize, or start and limit`) };
    if (!integerIn(value, limits[0], limits[1])) {
      return {
        kind: 'not-a-number',
        message: bilingual(`分页参数 pagination[${key}] 应为 ${limits[0]} 至 ${limits[1]} 的整数`, `pagination[${key}] must be a whole number from ${limits[0]} to ${limits[1]}`),
      };
    }
  }
  return null;
};

const ID_OPERATORS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between']);

/** Every value compared with an `id` in filters (at any depth: relations, $and/$or/$not, populate filters) is a whole number. */
const checkIdFilters = (filters: unknown, depth = 0): BadInput | null => {
  if (depth > 20) return null;
  if (Array.isArray(filters)) {
    for (const item of filters) {
      const found = checkIdFilters(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(filters)) return null;
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'id') {
      const operands = isRecord(value)
        ? Object.entries(value).flatMap(([operator, operand]) => (ID_OPERATORS.has(operator) ? (Array.isArray(operand) ? operand : isRecord(operand) ? Object.values(operand) : [operand]) : []))
        : Array.isArray(value)
          ? value
          : [value];
      for (const operand of operands) {
        if (!integerIn(operand, MIN_DB_INTEGER, MAX_DB_INTEGER)) {
          const tooBig = typeof operand === 'string' && /^-?\d+$/.test(operand.trim());
          return badInput(tooBig ? 'out-of-range' : 'not-a-number');
        }
      }
      continue;
    }
    const found = checkIdFilters(value, depth + 1);
    if (found) return found;
  }
  return null;
};

/** Filters inside `populate` (populate[column][filters][id]=…), at any depth. */
const populateFilters = (populate: unknown, depth = 0): unknown[] => {
  if (depth > 10 || !isRecord(populate)) return [];
  return Object.values(populate).flatMap((entry) => (isRecord(entry) ? [entry.filters, ...populateFilters(entry.populate, depth + 1), ...populateFilters(entry.on, depth + 1)] : []));
};

/**
 * Checks a content-API query string before Strapi runs it: pagination numbers, and ids in filters.
 * Everything else (unknown keys, operators, sort, populate, fields) is Strapi's own validation, which
 * answers 400 already, and what slips past it is caught by {@link classifyBadInput}.
 */
export const checkContentApiQuery = (query: Query): BadInput | null =>
  checkPagination(query.pagination) ?? checkIdFilters(query.filters) ?? checkIdFilters(populateFilters(query.populate));
