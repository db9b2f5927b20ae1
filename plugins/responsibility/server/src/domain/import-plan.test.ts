import { assignmentKey, planImport, type ExistingAssignment, type KnownOwners } from './import-plan';
import { buildOwnerDirectory } from './owner-cell';
import { pathKey, type TableRow } from './table';

const known: KnownOwners = {
  directory: buildOwnerDirectory([{ name: '市直各部门', memberKinds: ['municipal-department'], aliases: [] }], { 市政府: '市政府办' }),
  unitNames: new Map([
    ['市政府办', '市政府办'],
    ['市财政局', '市财政局'],
  ]),
};

let line = 1;
const row = (fields: Partial<TableRow>): TableRow => ({
  line: (line += 1),
  channel: '政务公开',
  column: '政府文件',
  subcolumn: '',
  content: '市政府文件',
  method: '后台加载',
  frequency: '季度',
  units: '市政府办',
  ...fields,
});

describe('planImport', () => {
  beforeEach(() => {
    line = 1;
  });

  it('plans new columns (parents first) and assignments from a clean file', () => {
    const plan = planImport([row({}), row({ content: '部门文件', units: '市直各部门' })], [], known, new Set(), []);
    expect(plan.problems).toEqual([]);
    expect(plan.columnsToCreate.map((c) => c.path)).toEqual([['政务公开'], ['政务公开', '政府文件']]);
    expect(plan.create.map((d) => [d.line, d.owners])).toEqual([
      [2, { units: ['市政府办'], groups: [] }],
      [3, { units: [], groups: ['市直各部门'] }],
    ]);
    expect(plan.create[0].frequency).toEqual({ kind: 'every', unit: 'month', count: 3 });
    expect(plan.create[0].methods).toEqual(['back-office']);
  });

  it('reports every problem by row: unknown unit, unreadable frequency, unknown method, duplicate row', () => {
    const plan = planImport(
      [row({ units: '市天气局' }), row({ content: 'b', frequency: '每隔几天' }), row({ content: 'c', method: '飞鸽传书' }), row({ content: 'c' })],
      [],
      known,
      new Set(),
      [],
    );
    expect(plan.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'units'],
      [3, 'frequency'],
      [4, 'method'],
      [5, undefined],
    ]);
    expect(plan.problems[0].message['zh-Hans']).toContain('未知单位“市天气局”');
    expect(plan.problems[1].message['zh-Hans']).toContain('每隔几天');
    expect(plan.problems[3].message['zh-Hans']).toContain('与第4行重复');
    expect(plan.create).toHaveLength(0);
  });

  it('keeps file problems first in line order and warns of rows without a unit', () => {
    const plan = planImport([row({ units: '' })], [{ line: 0, message: 'file' }], known, new Set(), []);
    expect(plan.problems.map((p) => p.line)).toEqual([0]);
    expect(plan.warnings.map((w) => [w.line, w.field])).toEqual([[2, 'units']]);
  });

  it('finds what changed against the database, and nothing when the file says the same', () => {
    const existing: ExistingAssignment[] = [
      { id: 7, key: assignmentKey(['政务公开', '政府文件'], '市政府文件'), owners: { units: ['市政府办'], groups: [] }, ownerText: '市政府办', methods: ['back-office'], frequencyText: '季度' },
    ];
    const columns = new Set([pathKey(['政务公开']), pathKey(['政务公开', '政府文件'])]);
    const same = planImport([row({})], [], known, columns, existing);
    expect(same).toMatchObject({ create: [], update: [], unchanged: 1, columnsToCreate: [], existingColumns: 2 });

    const changed = planImport([row({ frequency: '每月', method: '信息报送', units: '市财政局' })], [], known, columns, existing);
    expect(changed.update).toHaveLength(1);
    expect(changed.update[0]).toMatchObject({ id: 7, changes: ['owners', 'methods', 'frequency'] });
    expect(changed.update[0].diff).toEqual([
      { field: 'owners', from: '市政府办', to: '市财政局' },
      { field: 'methods', from: '后台加载', to: '信息报送' },
      { field: 'frequency', from: '季度', to: '每月' },
    ]);
  });

  it('treats brackets and spaces of either width as the same column and content', () => {
    expect(assignmentKey(['政务公开', '各县(区)五年规划'], ' 市政府文件 ')).toBe(assignmentKey(['政务公开', '各县（区）五年规划'], '市政府文件'));
  });
});
