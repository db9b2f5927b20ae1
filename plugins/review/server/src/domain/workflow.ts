import { DUTIES, type Duty, isDuty, type Label } from './types';
import type { Messages } from '@content-assurance/kit/shared';

/** A problem of a workflow definition in both languages. */
const text = (zh: string, en: string): Messages => ({ 'zh-Hans': zh, en });

export type { Duty } from './types';

/**
 * Workflow definitions (审核流程): the ordered review levels (审核级次) an item passes before it may
 * be published (分级审核、先审后发), and which of them apply to a given item.
 *
 * A definition is stored in a JSON column, so it is plain data: levels with a key, a bilingual name,
 * the unit duty whose holder decides, and an optional condition over the item's attributes.
 */

/** A JSON scalar an attribute can be compared with. */
export type ConditionValue = string | number | boolean | null;

/**
 * When a level applies (JSON-serialisable):
 * - `{ field, equals }` — the item's attribute equals the value;
 * - `{ field, in: [...] }` — the attribute is one of the values;
 * - `{ all: [...] }` / `{ any: [...] }` — every / at least one sub-condition holds (non-empty);
 * - `{ not: condition }`.
 * `field` names a top-level attribute of the item (no paths); a missing attribute counts as null.
 * Comparison is strict (`'1'` is not `1`).
 */
export type LevelCondition =
  | { field: string; equals: ConditionValue }
  | { field: string; in: ConditionValue[] }
  | { all: LevelCondition[] }
  | { any: LevelCondition[] }
  | { not: LevelCondition };

export interface LevelDefinition {
  /** Stable identifier, referenced by decisions: lower-case letters, digits and dashes. */
  key: string;
  name: Label;
  /** The unit duty whose holders decide at this level. */
  duty: Duty;
  /** Absent: the level always applies. */
  condition?: LevelCondition;
}

/** A level as frozen into an item's review at submission (its condition already evaluated). */
export interface LevelSnapshot {
  key: string;
  name: Label;
  duty: Duty;
}

/**
 * The default workflow: 初审（科室审核）→ 保密审核 → 分管负责人审签 → 主要负责人审签 (important items
 * only: 涉及全局工作的重要信息需经主要负责人审签, seed 000). Art. 20 of seed 003 requires every item to be
 * signed by the confidentiality reviewer and the leader in charge.
 */
export const DEFAULT_LEVELS: readonly LevelDefinition[] = deepFreeze([
  { key: 'section', name: { zh: '初审', en: 'Section review' }, duty: 'section-reviewer' },
  { key: 'confidentiality', name: { zh: '保密审核', en: 'Confidentiality review' }, duty: 'confidentiality-reviewer' },
  { key: 'leader-in-charge', name: { zh: '分管负责人审签', en: 'Leader in charge' }, duty: 'leader-in-charge' },
  {
    key: 'principal-leader',
    name: { zh: '主要负责人审签', en: 'Principal leader' },
    duty: 'principal-leader',
    condition: { field: 'importance', equals: 'important' },
  },
] satisfies LevelDefinition[]);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isConditionValue = (value: unknown): value is ConditionValue =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** Does the condition hold for the item? An absent condition always holds. */
export const conditionHolds = (condition: LevelCondition | undefined, item: Readonly<Record<string, unknown>>): boolean => {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, item));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, item));
  if ('not' in condition) return !conditionHolds(condition.not, item);
  const raw = Object.prototype.hasOwnProperty.call(item, condition.field) ? item[condition.field] : undefined;
  const actual = raw === undefined ? null : raw;
  if ('equals' in condition) return actual === condition.equals;
  return condition.in.some((v) => v === actual);
};

/** The levels that apply to an item, in workflow order. */
export const applicableLevels = (
  levels: readonly LevelDefinition[],
  item: Readonly<Record<string, unknown>>,
): LevelDefinition[] => levels.filter((level) => conditionHolds(level.condition, item));

/** The applicable levels, frozen for a submission (key, name, duty). */
export const snapshotLevels = (levels: readonly LevelDefinition[], item: Readonly<Record<string, unknown>>): LevelSnapshot[] =>
  applicableLevels(levels, item).map((l) => ({ key: l.key, name: { zh: l.name.zh, en: l.name.en }, duty: l.duty }));

// ── validation ────────────────────────────────────────────────────────────────────────────────────

const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_KEY_LENGTH = 64;
const MAX_NAME_LENGTH = 50;
const MAX_CONDITION_DEPTH = 8;
const MAX_LEVELS = 20;

const validateCondition = (value: unknown, path: string, depth: number, errors: Messages[]): LevelCondition | null => {
  if (!isRecord(value)) {
    errors.push(text(`${path}: 条件必须是对象`, `${path}: a condition must be an object`));
    return null;
  }
  if (depth > MAX_CONDITION_DEPTH) {
    errors.push(text(`${path}: 条件嵌套超过${MAX_CONDITION_DEPTH}层`, `${path}: conditions nest at most ${MAX_CONDITION_DEPTH} deep`));
    return null;
  }
  const keys = Object.keys(value).sort().join(',');
  switch (keys) {
    case 'equals,field':
    case 'field,in': {
      let ok = true;
      if (typeof value.field !== 'string' || !FIELD.test(value.field)) {
        errors.push(text(`${path}.field: 必须是属性名`, `${path}.field: must be an attribute name`));
        ok = false;
      }
      if (keys === 'equals,field') {
        if (!isConditionValue(value.equals)) {
          errors.push(text(`${path}.equals: 必须是字符串、数字、布尔值或 null`, `${path}.equals: must be a string, number, boolean or null`));
          ok = false;
        }
        return ok ? { field: value.field as string, equals: value.equals as ConditionValue } : null;
      }
      if (!Array.isArray(value.in) || value.in.length === 0 || !value.in.every(isConditionValue)) {
        errors.push(text(`${path}.in: 必须是非空的取值列表`, `${path}.in: must be a non-empty list of strings, numbers, booleans or null`));
        ok = false;
      }
      return ok ? { field: value.field as string, in: [...(value.in as ConditionValue[])] } : null;
    }
    case 'all':
    case 'any': {
      const list = value[keys];
      if (!Array.isArray(list) || list.length === 0) {
        errors.push(text(`${path}.${keys}: 必须是非空的条件列表`, `${path}.${keys}: must be a non-empty list of conditions`));
        return null;
      }
      const parts = list.map((c, i) => validateCondition(c, `${path}.${keys}[${i}]`, depth + 1, errors));
      if (parts.some((p) => p === null)) return null;
      return keys === 'all' ? { all: parts as LevelCondition[] } : { any: parts as LevelCondition[] };
    }
    case 'not': {
      const inner = validateCondition(value.not, `${path}.not`, depth + 1, errors);
      return inner === null ? null : { not: inner };
    }
    default:
      errors.push(
        text(
          `${path}: 未知的条件形式 {${keys}}，应为 {field, equals}、{field, in}、{all}、{any} 或 {not}`,
          `${path}: unknown condition shape {${keys}}; expected {field, equals}, {field, in}, {all}, {any} or {not}`,
        ),
      );
      return null;
  }
};

const validateName = (value: unknown, path: string, errors: Messages[]): Label | null => {
  if (!isRecord(value)) {
    errors.push(text(`${path}: 必须有中文名和英文名 {zh, en}`, `${path}: needs {zh, en}`));
    return null;
  }
  let ok = true;
  for (const lang of ['zh', 'en'] as const) {
    const name = value[lang];
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
      errors.push(text(`${path}.${lang}: 必须是1至${MAX_NAME_LENGTH}个字符`, `${path}.${lang}: must be 1 to ${MAX_NAME_LENGTH} characters`));
      ok = false;
    }
  }
  const extra = Object.keys(value).filter((k) => k !== 'zh' && k !== 'en');
  if (extra.length > 0) {
    errors.push(text(`${path}: 多余的属性 ${extra.join(', ')}`, `${path}: unknown properties ${extra.join(', ')}`));
    ok = false;
  }
  return ok ? { zh: (value.zh as string).trim(), en: (value.en as string).trim() } : null;
};

export type WorkflowValidation = { ok: true; levels: LevelDefinition[] } | { ok: false; errors: Messages[] };

/**
 * Validates a workflow definition read from JSON: an array of levels. Returns clean copies.
 *
 * Rules:
 * - 1 to 20 levels; keys match `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`, at most 64 characters, unique;
 * - names `{zh, en}`, non-blank, at most 50 characters; duties among the known duties; no other properties;
 * - conditions well-formed (see LevelCondition), at most 8 deep;
 * - at least one level without a condition: otherwise some item could match no level at all and be
 *   "approved" with no review, against 先审后发;
 * - two consecutive levels may not have the same duty: one person signs only one level of an item,
 *   so back-to-back levels of one duty need two holders of it and are almost always a mistake
 *   (a duplicated row). The same duty again later in the workflow (e.g. the section reviewer checks
 *   again after the leader) is allowed. Consecutive levels are judged in definition order, before
 *   conditions are applied.
 */
export const validateWorkflowDefinition = (value: unknown): WorkflowValidation => {
  const errors: Messages[] = [];
  if (!Array.isArray(value)) return { ok: false, errors: [text('流程定义必须是审核级次的数组', `A workflow is an array of levels`)] };
  if (value.length === 0) return { ok: false, errors: [text('流程至少要有一级审核', `A workflow needs at least one level`)] };
  if (value.length > MAX_LEVELS) errors.push(text(`流程最多${MAX_LEVELS}级`, `A workflow has at most ${MAX_LEVELS} levels`));

  const levels: (LevelDefinition | null)[] = value.map((raw, i) => {
    const path = `levels[${i}]`;
    if (!isRecord(raw)) {
      errors.push(text(`${path}: 必须是对象`, `${path}: must be an object`));
      return null;
    }
    let ok = true;
    const { key, name, duty, condition } = raw;
    if (typeof key !== 'string' || !KEY.test(key) || key.length > MAX_KEY_LENGTH) {
      errors.push(text(`${path}.key: 必须由小写字母、数字和连字符组成`, `${path}.key: lower-case letters, digits and dashes, at most ${MAX_KEY_LENGTH}`));
      ok = false;
    }
    const cleanName = validateName(name, `${path}.name`, errors);
    if (!isDuty(duty)) {
      errors.push(text(`${path}.duty: 未知职责 ${JSON.stringify(duty)}，应为 ${DUTIES.join(', ')}`, `${path}.duty: unknown duty ${JSON.stringify(duty)}; one of ${DUTIES.join(', ')}`));
      ok = false;
    }
    let cleanCondition: LevelCondition | null | undefined;
    if (condition !== undefined) cleanCondition = validateCondition(condition, `${path}.condition`, 1, errors);
    const extra = Object.keys(raw).filter((k) => !['key', 'name', 'duty', 'condition'].includes(k));
    if (extra.length > 0) {
      errors.push(text(`${path}: 多余的属性 ${extra.join(', ')}`, `${path}: unknown properties ${extra.join(', ')}`));
      ok = false;
    }
    if (!ok || cleanName === null || cleanCondition === null) return null;
    const level: LevelDefinition = { key: key as string, name: cleanName, duty: duty as Duty };
    if (cleanCondition !== undefined) level.condition = cleanCondition;
    return level;
  });

  const seen = new Map<string, number>();
  value.forEach((raw, i) => {
    const key = isRecord(raw) ? raw.key : undefined;
    if (typeof key !== 'string') return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push(text(`levels[${i}].key: "${key}" 与 levels[${first}] 重复`, `levels[${i}].key: "${key}" repeats levels[${first}]`));
  });

  for (let i = 1; i < value.length; i += 1) {
    const a = value[i - 1] as unknown;
    const b = value[i] as unknown;
    if (isRecord(a) && isRecord(b) && isDuty(a.duty) && a.duty === b.duty) {
      errors.push(
        text(
          `levels[${i}].duty: 与上一级职责相同（${a.duty}），同一人只能签署一级，请合并或调整`,
          `levels[${i}].duty: same duty as the previous level (${a.duty}); one person signs one level only: merge them or reorder`,
        ),
      );
    }
  }

  if (!value.some((raw) => isRecord(raw) && raw.condition === undefined)) {
    errors.push(text('至少要有一级无条件适用的审核，否则有的稿件可能不经审核', `At least one level must apply unconditionally, or an item could skip review`));
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, levels: levels as LevelDefinition[] };
};
