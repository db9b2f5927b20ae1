import { normalizeName } from './names';

/**
 * One row of the responsibility table (任务分工表, attachment 1 of seed 000):
 * 一级栏目 channel, 二级栏目 column, optional sub-column, 主要发布内容, 保障方式, 保障时限, 保障单位.
 */
export interface TableRow {
  /** 1-based line number in the file, header included, as a person sees it in a spreadsheet. */
  line: number;
  channel: string;
  column: string;
  subcolumn: string;
  content: string;
  method: string;
  frequency: string;
  units: string;
}

export const TABLE_FIELDS = ['channel', 'column', 'subcolumn', 'content', 'method', 'frequency', 'units'] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** The path of names from the channel down to the row's own column: [channel, column, subcolumn?]. */
export const columnPath = (row: Pick<TableRow, 'channel' | 'column' | 'subcolumn'>): string[] =>
  [row.channel, row.column, row.subcolumn].map((part) => part.trim()).filter((part) => part.length > 0);

export const pathKey = (path: readonly string[]): string => path.map(normalizeName).join('/');

export interface ColumnNode {
  path: string[];
  name: string;
  parentKey: string | null;
  /** 主要发布内容 of the rows that name this column as their own. */
  descriptions: string[];
}

/**
 * The column tree the rows describe, parents before children, each column once
 * (several rows may describe the same column: 政府文件 has four content lines).
 */
export const columnTree = (rows: readonly TableRow[]): ColumnNode[] => {
  const nodes = new Map<string, ColumnNode>();
  for (const row of rows) {
    const path = columnPath(row);
    for (let depth = 1; depth <= path.length; depth += 1) {
      const own = path.slice(0, depth);
      const key = pathKey(own);
      let node = nodes.get(key);
      if (!node) {
        node = { path: own, name: own[own.length - 1], parentKey: depth > 1 ? pathKey(path.slice(0, depth - 1)) : null, descriptions: [] };
        nodes.set(key, node);
      }
      const content = row.content.trim();
      if (depth === path.length && content && !node.descriptions.includes(content)) node.descriptions.push(content);
    }
  }
  return [...nodes.values()];
};

export interface ColumnSettings<TCategory extends string> {
  homepageChannels: string[];
  categoryByChannel: Record<string, TCategory>;
  categoryByName: Record<string, TCategory>;
}

/**
 * A column's category (the national indicators judge columns by it): its own name's category if the
 * settings name one, else its parent's, else its channel's.
 */
export const columnCategory = <TCategory extends string>(
  node: Pick<ColumnNode, 'name' | 'path'>,
  parentCategory: TCategory | null,
  settings: ColumnSettings<TCategory>,
  fallback: TCategory,
): TCategory =>
  settings.categoryByName[node.name] ?? parentCategory ?? settings.categoryByChannel[node.path[0]] ?? fallback;

export const isHomepageColumn = (node: Pick<ColumnNode, 'path'>, settings: Pick<ColumnSettings<string>, 'homepageChannels'>): boolean =>
  settings.homepageChannels.includes(node.path[0]);

export interface ColumnRecord {
  id: number;
  name: string;
  parentId: number | null;
}

/**
 * On a walk up the tree (chain: the start column first, the current column last), whether `id` is the
 * start or a column the walk passed before the current one: where the walk stops in a cycle.
 */
const passedOnWalk = (chain: readonly { id: number }[], id: number): boolean => {
  if (chain[0].id === id) return true;
  for (let i = 1; i < chain.length - 1; i += 1) if (chain[i].id === id) return true;
  return false;
};

/**
 * The path of names, channel first, of every stored column (by id), from the flat list with parent ids.
 * A cycle (parent of itself, directly or not) is cut at the repeat rather than looping: the walk up
 * stops at a column it started from or passed. One marker map for the whole walk, no set per column.
 */
export const columnPaths = (columns: readonly ColumnRecord[]): Map<number, string[]> => {
  const byId = new Map<number, ColumnRecord>();
  for (let i = 0; i < columns.length; i += 1) byId.set(columns[i].id, columns[i]);
  const paths = new Map<number, string[]>();
  const chain: ColumnRecord[] = [];
  for (let s = 0; s < columns.length; s += 1) {
    const start = columns[s];
    if (paths.has(start.id)) continue;
    chain.length = 0;
    let column = start;
    let above: string[] = [];
    for (;;) {
      const known = paths.get(column.id);
      if (known !== undefined) {
        above = known;
        break;
      }
      chain.push(column);
      const parent = column.parentId === null ? undefined : byId.get(column.parentId);
      if (!parent || passedOnWalk(chain, parent.id)) break;
      column = parent;
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const path = new Array<string>(above.length + 1);
      for (let k = 0; k < above.length; k += 1) path[k] = above[k];
      path[above.length] = chain[i].name;
      paths.set(chain[i].id, path);
      above = path;
    }
  }
  return paths;
};

/** Path key of every stored column (by id): how the import matches a table row to a stored column. */
export const columnPathKeys = (columns: readonly ColumnRecord[]): Map<number, string> =>
  new Map([...columnPaths(columns)].map(([id, path]) => [id, pathKey(path)]));
