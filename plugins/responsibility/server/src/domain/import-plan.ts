import { parseFrequency, type FrequencyRule } from './frequency';
import { methodsText, readMethods, type GuaranteeMethod } from './methods';
import { normalizeName } from './names';
import { readOwnerCell, type OwnerDirectory } from './owner-cell';
import { columnPath, columnTree, pathKey, type ColumnNode, type TableField, type TableRow } from './table';
import type { FileProblem } from './table-file';

/**
 * The import of a responsibility table, decided before anything is written: which columns and
 * assignments a file would create or change, and every problem by row. Pure: the caller supplies
 * what the database holds and carries the plan out in one transaction — or shows it (dry run).
 */

export interface ImportProblem extends FileProblem {}

export interface OwnerNames {
  units: string[];
  groups: string[];
}

export interface KnownOwners {
  directory: OwnerDirectory;
  /** Units in the database: normalized name → name. */
  unitNames: ReadonlyMap<string, string>;
}

/** An assignment as the database holds it, in the terms a table row compares with. */
export interface ExistingAssignment {
  id: number;
  key: string;
  owners: OwnerNames;
  ownerText: string;
  methods: GuaranteeMethod[];
  frequencyText: string;
}

/** An assignment as a row of the file describes it. */
export interface AssignmentDraft {
  line: number;
  key: string;
  path: string[];
  content: string;
  owners: OwnerNames;
  ownerText: string;
  methods: GuaranteeMethod[];
  frequencyText: string;
  frequency: FrequencyRule;
}

export type AssignmentField = 'owners' | 'methods' | 'frequency';

/** One changed field of a row, as a person reads it: the table's text before and after (old → new). */
export interface FieldChange {
  field: AssignmentField;
  from: string;
  to: string;
}

export interface ImportPlan {
  rows: number;
  columnsToCreate: ColumnNode[];
  existingColumns: number;
  create: AssignmentDraft[];
  update: { id: number; draft: AssignmentDraft; changes: AssignmentField[]; diff: FieldChange[] }[];
  unchanged: number;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/** The identity of an assignment: its column's path and its 主要发布内容. */
export const assignmentKey = (path: readonly string[], content: string): string => `${pathKey(path)}|${normalizeName(content)}`;

const sorted = (values: readonly string[]) => [...values].sort();
const sameList = (a: readonly string[], b: readonly string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** 保障单位 as the table shows it: the cell's text, or the linked units and groups when the text is the same. */
const ownersText = (owners: OwnerNames, text: string, other: { owners: OwnerNames; ownerText: string }): string =>
  text !== other.ownerText ? text : [...owners.units, ...owners.groups].join('、');

/** Old → new text of each changed field. */
const diffOf = (current: ExistingAssignment, draft: AssignmentDraft, changes: readonly AssignmentField[]): FieldChange[] =>
  changes.map((field) => {
    switch (field) {
      case 'owners':
        return { field, from: ownersText(current.owners, current.ownerText, draft), to: ownersText(draft.owners, draft.ownerText, current) };
      case 'methods':
        return { field, from: methodsText(current.methods), to: methodsText(draft.methods) };
      case 'frequency':
        return { field, from: current.frequencyText, to: draft.frequencyText };
    }
  });

const problem = (line: number, field: TableField | undefined, zh: string, en: string): ImportProblem => ({
  line,
  ...(field ? { field } : {}),
  message: { 'zh-Hans': `第${line}行：${zh}`, en: `Row ${line}: ${en}` },
});

/** Read one row's owners, methods and frequency, or say what is wrong with it. */
const readRow = (row: TableRow, known: KnownOwners): { draft?: AssignmentDraft; problems: ImportProblem[]; warnings: ImportProblem[] } => {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];

  const owners: OwnerNames = { units: [], groups: [] };
  for (const owner of readOwnerCell(row.units, known.directory)) {
    if (owner.type === 'group') {
      if (!owners.groups.includes(owner.name)) owners.groups.push(owner.name);
      continue;
    }
    const unit = known.unitNames.get(normalizeName(owner.name));
    if (unit) {
      if (!owners.units.includes(unit)) owners.units.push(unit);
    } else {
      problems.push(problem(row.line, 'units', `未知单位“${owner.name}”，请先在“保障单位”中添加或更正名称`, `unknown unit "${owner.name}"`));
    }
  }
  if (!row.units.trim()) warnings.push(problem(row.line, 'units', '未填写保障单位，该栏目将显示为未分配', 'no responsible unit: the column shows as unassigned'));

  const methods = readMethods(row.method);
  if (!methods.ok) {
    problems.push(
      problem(row.line, 'method', `无法识别的保障方式“${methods.unknown.join('、')}”（应为信息报送、后台加载、网站链接、后台受理或联合共建）`, `unknown method "${methods.unknown.join(', ')}"`),
    );
  }

  const frequency = parseFrequency(row.frequency);
  if (!frequency.ok) problems.push({ line: row.line, field: 'frequency', message: { 'zh-Hans': `第${row.line}行：${frequency.error['zh-Hans']}`, en: `Row ${row.line}: ${frequency.error.en}` } });

  if (problems.length > 0 || !methods.ok || !frequency.ok) return { problems, warnings };
  const path = columnPath(row);
  return {
    draft: {
      line: row.line,
      key: assignmentKey(path, row.content),
      path,
      content: row.content.trim(),
      owners,
      ownerText: row.units.trim(),
      methods: methods.methods,
      frequencyText: row.frequency.trim(),
      frequency: frequency.rule,
    },
    problems,
    warnings,
  };
};

export const planImport = (
  rows: readonly TableRow[],
  fileProblems: readonly ImportProblem[],
  known: KnownOwners,
  existingColumnKeys: ReadonlySet<string>,
  existing: readonly ExistingAssignment[],
): ImportPlan => {
  const problems: ImportProblem[] = [...fileProblems];
  const warnings: ImportProblem[] = [];
  const drafts: AssignmentDraft[] = [];
  const firstLine = new Map<string, number>();

  for (const row of rows) {
    if (!row.channel || !row.column) continue; // reported by the file reader
    const key = assignmentKey(columnPath(row), row.content);
    const previous = firstLine.get(key);
    if (previous !== undefined) {
      problems.push(problem(row.line, undefined, `与第${previous}行重复（同一栏目、同一发布内容）`, `duplicates row ${previous} (same column and content)`));
      continue;
    }
    firstLine.set(key, row.line);
    const read = readRow(row, known);
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    if (read.draft) drafts.push(read.draft);
  }

  const byKey = new Map(existing.map((assignment) => [assignment.key, assignment]));
  const create: AssignmentDraft[] = [];
  const update: ImportPlan['update'] = [];
  let unchanged = 0;
  for (const draft of drafts) {
    const current = byKey.get(draft.key);
    if (!current) {
      create.push(draft);
      continue;
    }
    const changes: AssignmentField[] = [];
    if (!sameList(current.owners.units, draft.owners.units) || !sameList(current.owners.groups, draft.owners.groups) || current.ownerText !== draft.ownerText) {
      changes.push('owners');
    }
    if (!sameList(current.methods, draft.methods)) changes.push('methods');
    if (normalizeName(current.frequencyText) !== normalizeName(draft.frequencyText)) changes.push('frequency');
    if (changes.length > 0) update.push({ id: current.id, draft, changes, diff: diffOf(current, draft, changes) });
    else unchanged += 1;
  }

  const tree = columnTree(rows.filter((row) => row.channel && row.column));
  const columnsToCreate = tree.filter((node) => !existingColumnKeys.has(pathKey(node.path)));
  problems.sort((a, b) => a.line - b.line);
  return {
    rows: rows.length,
    columnsToCreate,
    existingColumns: tree.length - columnsToCreate.length,
    create,
    update,
    unchanged,
    problems,
    warnings,
  };
};
