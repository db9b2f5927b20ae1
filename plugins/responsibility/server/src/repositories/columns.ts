import type { Core } from '@strapi/strapi';

import type { ColumnCategory } from '../domain/categories';
import type { ColumnRecord } from '../domain/table';

export type { ColumnCategory };

const COLUMN = 'api::column.column';

export interface NewColumn {
  name: string;
  slug: string;
  parentDocumentId: string | null;
  category: ColumnCategory;
  isHomepage: boolean;
  description: string | null;
  openedAt: string | null;
  sortOrder: number;
}

export interface StoredColumn extends ColumnRecord {
  documentId: string;
  slug: string;
  category: ColumnCategory;
  isHomepage: boolean;
  sortOrder: number;
  openedAt: string | null;
  closedAt: string | null;
}


interface ColumnRow {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  category: ColumnCategory;
  isHomepage: boolean;
  sortOrder: number | null;
  openedAt: string | null;
  closedAt: string | null;
  parent: { id: number } | null;
}

/** Columns (栏目): the only place in this plugin that reads or writes them. */
const columnsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async count(): Promise<number> {
    return strapi.db.query(COLUMN).count();
  },

  /** Every column, flat, with its parent's id: the tree is small (hundreds), read it whole. */
  async findAll(): Promise<StoredColumn[]> {
    const rows: ColumnRow[] = await strapi.db.query(COLUMN).findMany({
      select: ['id', 'documentId', 'name', 'slug', 'category', 'isHomepage', 'sortOrder', 'openedAt', 'closedAt'],
      populate: { parent: { select: ['id'] } },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    });
    return rows.map(({ parent, sortOrder, ...column }) => ({ ...column, sortOrder: sortOrder ?? 0, parentId: parent?.id ?? null }));
  },

  async findById(id: number): Promise<StoredColumn | null> {
    const row: ColumnRow | null = await strapi.db.query(COLUMN).findOne({ where: { id }, populate: { parent: { select: ['id'] } } });
    if (!row) return null;
    const { parent, sortOrder, ...column } = row;
    return { ...column, sortOrder: sortOrder ?? 0, parentId: parent?.id ?? null };
  },

  async create(column: NewColumn): Promise<{ id: number; documentId: string }> {
    const { parentDocumentId, ...fields } = column;
    const created = await strapi.documents(COLUMN).create({
      data: { ...fields, targetSite: 'city', parent: parentDocumentId } as never,
    });
    return { id: created.id as number, documentId: created.documentId };
  },
});

export default columnsRepository;
export type ColumnsRepository = ReturnType<typeof columnsRepository>;
