import type { Core } from '@strapi/strapi';

import { readTableCsv } from '../domain/csv';
import {
  buildOwnerDirectory,
  inferUnitKind,
  readOwnerCell,
  type UnitGroupDefinition,
  type UnitKind,
} from '../domain/owner-cell';
import { uniqueSlug } from '../domain/slug';
import { columnCategory, columnTree, isHomepageColumn, pathKey, type ColumnSettings } from '../domain/table';
import type { ColumnCategory } from '../repositories/columns';
import { repositories } from '../repositories';
import type { NewUnit } from '../repositories/units';

export interface TableSeedInput {
  /** The responsibility table in its CSV shape. */
  csv: string;
  groups: UnitGroupDefinition[];
  /** Other spellings of unit names in the table, e.g. 市政府 → 市政府办. */
  unitAliases: Record<string, string>;
  /** Units the table names only collectively (the counties and districts behind 各县（区）). */
  extraUnits: { name: string; kind: UnitKind }[];
  columns: ColumnSettings<ColumnCategory> & { openedAt: string | null };
  contacts?: (unitName: string, index: number) => Pick<NewUnit, 'leader' | 'officers' | 'alertEmail'>;
}

export interface TableSeedResult {
  rows: number;
  units: number;
  groups: number;
  columns: number;
}

/**
 * Builds the units, unit groups and column tree the responsibility table describes, on an empty
 * database (first start, `npm run seed`). Runs inside the caller's transaction.
 */
const tableSeed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(input: TableSeedInput): Promise<TableSeedResult> {
    const repo = repositories(strapi);
    const rows = readTableCsv(input.csv);
    const directory = buildOwnerDirectory(input.groups, input.unitAliases);

    const unitKinds = new Map<string, UnitKind>();
    for (const row of rows) {
      for (const owner of readOwnerCell(row.units, directory)) {
        if (owner.type === 'unit' && !unitKinds.has(owner.name)) unitKinds.set(owner.name, inferUnitKind(owner.name));
      }
    }
    for (const extra of input.extraUnits) unitKinds.set(extra.name, extra.kind);

    const unitIds = new Map<string, string>();
    let index = 0;
    for (const [name, kind] of unitKinds) {
      const unit = await repo.units.create({ name, kind, ...input.contacts?.(name, index) });
      unitIds.set(name, unit.documentId);
      index += 1;
    }

    for (const group of input.groups) {
      const memberDocumentIds = (group.memberNames ?? []).map((name) => {
        const id = unitIds.get(name);
        if (!id) throw new Error(`Unit group ${group.name} names an unknown member unit: ${name}`);
        return id;
      });
      await repo.units.createGroup({
        name: group.name,
        memberKinds: group.memberKinds,
        aliases: group.aliases,
        description: group.description,
        memberDocumentIds,
      });
    }

    const created = new Map<string, { documentId: string; slug: string; category: ColumnCategory }>();
    const slugs = new Set<string>();
    let sortOrder = 0;
    for (const node of columnTree(rows)) {
      const parent = node.parentKey ? created.get(node.parentKey) ?? null : null;
      const category = columnCategory(node, parent?.category ?? null, input.columns, 'other');
      const column = await repo.columns.create({
        name: node.name,
        slug: uniqueSlug(parent?.slug ?? null, node.name, slugs),
        parentDocumentId: parent?.documentId ?? null,
        category,
        isHomepage: isHomepageColumn(node, input.columns),
        description: node.descriptions.join('；') || null,
        openedAt: input.columns.openedAt,
        sortOrder: (sortOrder += 1),
      });
      created.set(pathKey(node.path), { ...column, category });
    }

    return { rows: rows.length, units: unitIds.size, groups: input.groups.length, columns: created.size };
  },
});

export default tableSeed;
export type TableSeedService = ReturnType<typeof tableSeed>;
