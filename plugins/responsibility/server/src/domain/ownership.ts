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
export const shanghaiDay = (instant: Date): string => new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** Every column's effective owners on `day`. */
export const columnOwnership = (input: OwnershipInput, day: string): Map<number, ColumnOwnership> => {
  const groups = new Map(input.groups.map((group) => [group.id, groupUnitIds(group, input.units)]));
  const own = new Map<number, OwnershipAssignment[]>();
  for (const assignment of input.assignments) {
    if (assignment.columnId === null || !assignmentInForce(assignment, day)) continue;
    const list = own.get(assignment.columnId) ?? [];
    list.push(assignment);
    own.set(assignment.columnId, list);
  }
  const columns = new Map(input.columns.map((column) => [column.id, column]));
  const result = new Map<number, ColumnOwnership>();

  const resolve = (column: OwnershipColumn, seen: Set<number>): ColumnOwnership | null => {
    const done = result.get(column.id);
    if (done) return done;
    const assignments = own.get(column.id);
    let ownership: ColumnOwnership | null = null;
    if (assignments) {
      const unitIds = new Set<number>();
      for (const assignment of assignments) {
        assignment.unitIds.forEach((id) => unitIds.add(id));
        for (const groupId of assignment.groupIds) (groups.get(groupId) ?? []).forEach((id) => unitIds.add(id));
      }
      ownership = { sourceColumnId: column.id, assignmentIds: assignments.map((a) => a.id), unitIds: [...unitIds].sort((a, b) => a - b) };
    } else if (column.parentId !== null && !seen.has(column.parentId)) {
      const parent = columns.get(column.parentId);
      ownership = parent ? resolve(parent, new Set(seen).add(column.id)) : null;
    }
    if (ownership) result.set(column.id, ownership);
    return ownership;
  };

  for (const column of input.columns) resolve(column, new Set([column.id]));
  return result;
};

/** The columns any of `unitIds` answers for. */
export const columnsOfUnits = (ownership: ReadonlyMap<number, ColumnOwnership>, unitIds: readonly number[]): number[] => {
  const wanted = new Set(unitIds);
  const ids: number[] = [];
  for (const [columnId, { unitIds: owners }] of ownership) if (owners.some((id) => wanted.has(id))) ids.push(columnId);
  return ids.sort((a, b) => a - b);
};
