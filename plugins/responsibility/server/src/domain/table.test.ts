import { columnCategory, columnPath, columnPathKeys, columnPaths, columnTree, isHomepageColumn, pathKey, type TableRow } from './table';

const row = (line: number, channel: string, column: string, subcolumn: string, content = ''): TableRow => ({
  line,
  channel,
  column,
  subcolumn,
  content,
  method: '后台加载',
  frequency: '',
  units: '',
});

describe('columnTree', () => {
  const rows = [
    row(2, '政务公开', '公开目录', '政府文件', '市政府文件'),
    row(3, '政务公开', '公开目录', '政府文件', '部门文件'),
    row(4, '政务公开', '规划计划', '', '全市五年规划'),
    row(5, '主页栏目', '通知公告', '', '工作通知'),
  ];
  const tree = columnTree(rows);

  it('creates each column once, parents before children', () => {
    expect(tree.map((n) => n.path.join('/'))).toEqual([
      '政务公开',
      '政务公开/公开目录',
      '政务公开/公开目录/政府文件',
      '政务公开/规划计划',
      '主页栏目',
      '主页栏目/通知公告',
    ]);
    for (const node of tree) {
      if (node.parentKey) expect(tree.findIndex((n) => pathKey(n.path) === node.parentKey)).toBeLessThan(tree.indexOf(node));
    }
  });

  it('collects the content lines of every row that names the column as its own', () => {
    expect(tree.find((n) => n.name === '政府文件')?.descriptions).toEqual(['市政府文件', '部门文件']);
    expect(tree.find((n) => n.name === '公开目录')?.descriptions).toEqual([]);
  });

  it('treats brackets of either width as the same path', () => {
    expect(pathKey(columnPath(row(2, '政务公开', '各县(区)五年规划', '')))).toBe(pathKey(['政务公开', '各县（区）五年规划']));
  });
});

describe('columnCategory', () => {
  const settings = {
    homepageChannels: ['主页栏目'],
    categoryByChannel: { 主页栏目: 'news', 政务公开: 'other' } as Record<string, string>,
    categoryByName: { 通知公告: 'notice', 政府文件: 'policy' } as Record<string, string>,
  };
  it('prefers the name, then the parent, then the channel', () => {
    expect(columnCategory({ name: '通知公告', path: ['主页栏目', '通知公告'] }, 'news', settings, 'other')).toBe('notice');
    expect(columnCategory({ name: '市政府文件', path: ['政务公开', '政府文件', '市政府文件'] }, 'policy', settings, 'other')).toBe('policy');
    expect(columnCategory({ name: '部门动态', path: ['主页栏目', '部门动态'] }, null, settings, 'other')).toBe('news');
    expect(columnCategory({ name: '未知', path: ['未知频道', '未知'] }, null, settings, 'other')).toBe('other');
  });
  it('marks the homepage channel and its columns', () => {
    expect(isHomepageColumn({ path: ['主页栏目', '通知公告'] }, settings)).toBe(true);
    expect(isHomepageColumn({ path: ['政务公开'] }, settings)).toBe(false);
  });
});

describe('columnPaths and columnPathKeys', () => {
  const stored = [
    { id: 3, name: '政府文件', parentId: 2 },
    { id: 1, name: '政务公开', parentId: null },
    { id: 2, name: '各县(区)文件', parentId: 1 },
    { id: 7, name: '甲', parentId: 8 },
    { id: 8, name: '乙', parentId: 7 },
  ];

  it('gives every column its path from the channel, whatever the order of the list', () => {
    expect(columnPaths(stored).get(3)).toEqual(['政务公开', '各县(区)文件', '政府文件']);
    expect(columnPaths(stored).get(1)).toEqual(['政务公开']);
  });

  it('keys a column by its normalized path, as the import matches rows', () => {
    expect(columnPathKeys(stored).get(3)).toBe(pathKey(['政务公开', '各县（区）文件', '政府文件']));
  });

  it('cuts a cycle at the repeat instead of looping', () => {
    expect(columnPaths(stored).get(7)).toEqual(['乙', '甲']);
    expect(columnPaths(stored).get(8)).toEqual(['乙']);
  });
});
