import { buildOwnerDirectory, inferUnitKind, readOwnerCell, splitOwnerCell, type UnitGroupDefinition } from './owner-cell';

const groups: UnitGroupDefinition[] = [
  { name: '各县（区）政府', memberKinds: ['county', 'district'], aliases: ['各县（区）', '县（区）'] },
  { name: '市直各部门', memberKinds: ['municipal-department'], aliases: [] },
  { name: '市直和在双中省直各部门', memberKinds: ['municipal-department', 'stationed-unit'], aliases: ['各部门'] },
  { name: '各相关部门', memberKinds: [], aliases: ['各有关部门'] },
];
const directory = buildOwnerDirectory(groups, { 市政府: '市政府办' });

describe('splitOwnerCell', () => {
  it.each([
    ['市财政局', ['市财政局']],
    ['市教育和体育局；市文化广电和旅游局', ['市教育和体育局', '市文化广电和旅游局']],
    ['各县（区）、市直和在双中省直各部门', ['各县（区）', '市直和在双中省直各部门']],
    ['县（区）及各有关部门', ['县（区）', '各有关部门']],
    ['市（县）政府；市直各部门', ['市（县）政府', '市直各部门']],
    ['市政府、各县（区）政府网站主管部门', ['市政府', '各县（区）政府网站主管部门']],
    ['', []],
    ['  ', []],
    ['市财政局;市财政局', ['市财政局']],
  ])('%s → %j', (cell, tokens) => {
    expect(splitOwnerCell(cell)).toEqual(tokens);
  });
});

describe('readOwnerCell', () => {
  it('reads groups by any spelling of their name, full- or half-width brackets alike', () => {
    expect(readOwnerCell('各县(区)、市直各部门', directory)).toEqual([
      { type: 'group', name: '各县（区）政府' },
      { type: 'group', name: '市直各部门' },
    ]);
    expect(readOwnerCell('县（区）及各相关部门', directory)).toEqual([
      { type: 'group', name: '各县（区）政府' },
      { type: 'group', name: '各相关部门' },
    ]);
  });

  it('maps unit aliases to the unit and keeps other names as units', () => {
    expect(readOwnerCell('市政府、市财政局', directory)).toEqual([
      { type: 'unit', name: '市政府办' },
      { type: 'unit', name: '市财政局' },
    ]);
  });
});

describe('inferUnitKind', () => {
  it.each([
    ['集贤县政府', 'county'],
    ['尖山区人民政府', 'district'],
    ['市财政局', 'municipal-department'],
    ['消防支队', 'stationed-unit'],
    ['在双中省直某单位', 'stationed-unit'],
    ['日报社', 'other'],
  ])('%s is %s', (name, kind) => {
    expect(inferUnitKind(name)).toBe(kind);
  });

  it('lets an explicit kind win', () => {
    expect(inferUnitKind('日报社', { 日报社: 'municipal-department' })).toBe('municipal-department');
  });
});
