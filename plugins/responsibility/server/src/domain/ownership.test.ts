import { assignmentInForce, columnOwnership, columnsOfUnits, groupUnitIds, shanghaiDay, type OwnershipInput } from './ownership';

// Units: 1 a department, 2 another department, 3 a county, 4 a district.
const units = [
  { id: 1, kind: 'municipal-department' as const },
  { id: 2, kind: 'municipal-department' as const },
  { id: 3, kind: 'county' as const },
  { id: 4, kind: 'district' as const },
];
// Columns: 10 channel → 11 column → 12 sub-column; 13 another column; 14 a column under 13.
const columns = [
  { id: 10, parentId: null },
  { id: 11, parentId: 10 },
  { id: 12, parentId: 11 },
  { id: 13, parentId: 10 },
  { id: 14, parentId: 13 },
];
const assignment = (id: number, columnId: number, unitIds: number[], groupIds: number[] = [], effectiveFrom: string | null = null, effectiveTo: string | null = null) => ({
  id,
  columnId,
  unitIds,
  groupIds,
  effectiveFrom,
  effectiveTo,
});
const groups = [
  { id: 100, memberKinds: ['county' as const, 'district' as const], memberIds: [] },
  { id: 101, memberKinds: [], memberIds: [2] },
];

describe('column ownership', () => {
  const input: OwnershipInput = { columns, units, groups, assignments: [assignment(1, 11, [1]), assignment(2, 13, [], [100]), assignment(3, 14, [], [101])] };
  const owners = columnOwnership(input, '2026-11-22');

  it('gives a column the units of its own assignments, groups resolved to their members', () => {
    expect(owners.get(11)).toEqual({ sourceColumnId: 11, assignmentIds: [1], unitIds: [1] });
    expect(owners.get(13)?.unitIds).toEqual([3, 4]);
    expect(owners.get(14)?.unitIds).toEqual([2]);
  });

  it('lets a sub-column inherit its nearest ancestor\'s assignment unless it has its own', () => {
    expect(owners.get(12)).toEqual({ sourceColumnId: 11, assignmentIds: [1], unitIds: [1] });
    expect(owners.has(10)).toBe(false);
  });

  it('lists the columns of a set of units', () => {
    expect(columnsOfUnits(owners, [1])).toEqual([11, 12]);
    expect(columnsOfUnits(owners, [3])).toEqual([13]);
    expect(columnsOfUnits(owners, [9])).toEqual([]);
  });

  it('counts only the assignments in force on the day', () => {
    const dated = columnOwnership({ ...input, assignments: [assignment(1, 11, [1], [], '2027-01-01'), assignment(2, 13, [2], [], null, '2026-01-31')] }, '2026-11-22');
    expect(dated.has(11)).toBe(false);
    expect(dated.has(13)).toBe(false);
    expect(assignmentInForce({ effectiveFrom: '2026-11-22', effectiveTo: '2026-11-22' }, '2026-11-22')).toBe(true);
  });

  it('survives a cycle in the tree', () => {
    const cyclic = columnOwnership({ columns: [{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], units, groups, assignments: [] }, '2026-11-22');
    expect(cyclic.size).toBe(0);
  });

  it('resolves a group by kind and by named members', () => {
    expect(groupUnitIds({ id: 1, memberKinds: ['county'], memberIds: [1] }, units)).toEqual([1, 3]);
  });

  it('takes the day in Beijing time', () => {
    expect(shanghaiDay(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
    expect(shanghaiDay(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
  });
});
