import type { ColumnCategory, ColumnInput, EntityId } from './types';

/**
 * The column tree, from each column's parentId: publications rolled up a branch, and the topmost
 * column of a category on a branch. Columns whose parent is not in the input count as roots;
 * a cycle in bad data is cut where it closes.
 */
export interface ColumnTree {
  get(id: EntityId): ColumnInput | undefined;
  /** The latest publication in the column or any column under it. */
  latestInSubtree(id: EntityId): Date | null;
  /** True when no ancestor of the column has one of these categories. */
  isTopmostOf(column: ColumnInput, categories: readonly ColumnCategory[]): boolean;
}

const later = (a: Date | null, b: Date | null): Date | null => (a === null ? b : b === null ? a : a.getTime() >= b.getTime() ? a : b);

export const buildColumnTree = (columns: readonly ColumnInput[]): ColumnTree => {
  const byId = new Map<EntityId, ColumnInput>();
  for (let i = 0; i < columns.length; i += 1) byId.set(columns[i].id, columns[i]);
  const children = new Map<EntityId, ColumnInput[]>();
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i];
    if (column.parentId === null || !byId.has(column.parentId)) continue;
    const list = children.get(column.parentId) ?? [];
    list.push(column);
    children.set(column.parentId, list);
  }

  const latest = new Map<EntityId, Date | null>();
  const latestInSubtree = (id: EntityId): Date | null => {
    const known = latest.get(id);
    if (known !== undefined) return known;
    const column = byId.get(id);
    if (!column) return null;
    const below = children.get(id);
    if (below === undefined) {
      // A leaf (most columns): its own publication.
      latest.set(id, column.lastPublishedAt);
      return column.lastPublishedAt;
    }
    // Iterative depth-first walk: deep trees cannot overflow the stack, cycles are visited once.
    const seen = new Set<EntityId>([id]);
    const stack: ColumnInput[] = [column];
    let result: Date | null = null;
    while (stack.length > 0) {
      const current = stack.pop() as ColumnInput;
      result = later(result, current.lastPublishedAt);
      const kids = children.get(current.id);
      if (kids === undefined) continue;
      for (let i = 0; i < kids.length; i += 1) {
        const child = kids[i];
        // A leaf is under one parent only and leads nowhere: taken as it comes (a channel has thousands).
        if (!children.has(child.id)) result = later(result, child.lastPublishedAt);
        else if (!seen.has(child.id)) {
          seen.add(child.id);
          stack.push(child);
        }
      }
    }
    latest.set(id, result);
    return result;
  };

  // Walking up from a column stops at a missing parent, at the column itself (a cycle through it), or
  // after as many steps as there are columns (a cycle above it, whose columns the walk has then all
  // seen): no set per call, and the answer of a walk that stops at the first repeat.
  const isTopmostOf = (column: ColumnInput, categories: readonly ColumnCategory[]): boolean => {
    let parentId = column.parentId;
    for (let steps = 0; parentId !== null && parentId !== column.id && steps <= byId.size; steps += 1) {
      const parent = byId.get(parentId);
      if (!parent) return true;
      if (categories.includes(parent.category)) return false;
      parentId = parent.parentId;
    }
    return true;
  };

  return { get: (id) => byId.get(id), latestInSubtree, isTopmostOf };
};
