import { isoDateOf } from '@content-assurance/kit/shared';

import type { UnitKind } from './owner-cell';

/**
 * 谁主管谁负责: which units answer for which column. A column's own assignments name its owners —
 * units directly, or unit groups (by member kind and/or named members); a sub-column with no
 * assignment of its own inherits its nearest ancestor's.
 */

export interface OwnershipColumn {
  id: number;
  parentId: number | null;
}

export interface OwnershipAssignment {
  id: number;
  columnId: number | null;
  unitIds: number[];
  groupIds: number[];
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface OwnershipGroup {
  id: number;
  memberKinds: UnitKind[];
  memberIds: number[];
}

export interface OwnershipUnit {
  id: number;
  kind: UnitKind;
}

export interface OwnershipInput {
  columns: readonly OwnershipColumn[];
  assignments: readonly OwnershipAssignment[];
  groups: readonly OwnershipGroup[];
  units: readonly OwnershipUnit[];
}

export interface ColumnOwnership {
  /** The column whose assignments apply: the column itself or the ancestor it inherits from. */
  sourceColumnId: number;
  assignmentIds: number[];
  unitIds: number[];
}

/** The units a group stands for: those of its member kinds, and its named members. */
export const groupUnitIds = (group: OwnershipGroup, units: readonly OwnershipUnit[]): number[] => {
  const ids = new Set(group.memberIds);
  for (const unit of units) if (group.memberKinds.includes(unit.kind)) ids.add(unit.id);
  return [...ids].sort((a, b) => a - b);
};

/** Is an assignment in force on `day` (YYYY-MM-DD, Asia/Shanghai)? Open ends are unbounded. */
export const assignmentInForce = (assignment: Pick<OwnershipAssignment, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean =>
  (!assignment.effectiveFrom || assignment.effectiveFrom <= day) && (!assignment.effectiveTo || day <= assignment.effectiveTo);

/** The calendar day of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export const shanghaiDay = (instant: Date): string => isoDateOf(instant);

/**
 * On a walk up the tree (chain: the start column first, the current column last), whether `id` is the
 * start or a column the walk passed before the current one: where the walk stops in a cycle.
 */
const passedOnWalk = (chain: readonly { id: number }[], id: number): boolean => {
  if (chain[0].id === id) return true;
  for (let i = 1; i < chain.length - 1; i += 1) if (chain[i].id === id) return true;
  return false;
};

/** The ids ascending, each once: a copy of `ids` (which usually is so already: one unit). */
const ascendingUnique = (ids: readonly number[]): number[] => {
  for (let i = 1; i < ids.length; i += 1) if (!(ids[i - 1] < ids[i])) return [...new Set(ids)].sort((a, b) => a - b);
  return ids.slice();
};

/**
 * Every column's effective owners on `day`. A column without assignments of its own takes those of
 * its nearest ancestor that has some; in a cycle of bad data the walk stops where a column repeats
 * (the column it started from, or one it walked through). The walk up is a loop with one marker
 * map for the whole tree — no set per column: at 50,000 columns the sets were most of the cost.
 */
export const columnOwnership = (input: OwnershipInput, day: string): Map<number, ColumnOwnership> => {
  const groups = new Map<number, number[]>();
  for (const group of input.groups) groups.set(group.id, groupUnitIds(group, input.units));
  const own = new Map<number, OwnershipAssignment[]>();
  for (let i = 0; i < input.assignments.length; i += 1) {
    const assignment = input.assignments[i];
    if (assignment.columnId === null || !assignmentInForce(assignment, day)) continue;
    const list = own.get(assignment.columnId);
    if (list) list.push(assignment);
    else own.set(assignment.columnId, [assignment]);
  }
  const columns = new Map<number, OwnershipColumn>();
  for (let i = 0; i < input.columns.length; i += 1) columns.set(input.columns[i].id, input.columns[i]);
  const result = new Map<number, ColumnOwnership>();

  const ownershipOf = (columnId: number, assignments: OwnershipAssignment[]): ColumnOwnership => {
    let unitIds: number[];
    if (assignments.length === 1 && assignments[0].groupIds.length === 0) unitIds = ascendingUnique(assignments[0].unitIds);
    else {
      const ids = new Set<number>();
      for (const assignment of assignments) {
        for (const id of assignment.unitIds) ids.add(id);
        for (const groupId of assignment.groupIds) for (const id of groups.get(groupId) ?? []) ids.add(id);
      }
      unitIds = [...ids].sort((a, b) => a - b);
    }
    return { sourceColumnId: columnId, assignmentIds: assignments.map((a) => a.id), unitIds };
  };

  const chain: OwnershipColumn[] = [];
  for (let s = 0; s < input.columns.length; s += 1) {
    const start = input.columns[s];
    if (result.has(start.id)) continue;
    chain.length = 0;
    let column = start;
    let ownership: ColumnOwnership | null = null;
    for (;;) {
      const done = result.get(column.id);
      if (done) {
        ownership = done;
        break;
      }
      chain.push(column);
      const assignments = own.get(column.id);
      if (assignments) {
        ownership = ownershipOf(column.id, assignments);
        break;
      }
      if (column.parentId === null || passedOnWalk(chain, column.parentId)) break;
      const parent = columns.get(column.parentId);
      if (!parent) break;
      column = parent;
    }
    if (ownership) for (let i = 0; i < chain.length; i += 1) result.set(chain[i].id, ownership);
  }
  return result;
};

/** The columns any of `unitIds` answers for. */
export const columnsOfUnits = (ownership: ReadonlyMap<number, ColumnOwnership>, unitIds: readonly number[]): number[] => {
  const wanted = new Set(unitIds);
  const ids: number[] = [];
  for (const [columnId, { unitIds: owners }] of ownership) if (owners.some((id) => wanted.has(id))) ids.push(columnId);
  return ids.sort((a, b) => a - b);
};
