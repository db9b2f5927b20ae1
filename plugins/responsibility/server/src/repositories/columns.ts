import type { Core } from '@strapi/strapi';

const COLUMN = 'api::column.column';

export type ColumnCategory = 'news' | 'notice' | 'policy' | 'personnel-plan' | 'interaction' | 'topic' | 'profile' | 'other';

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

/** Columns (栏目): the only place that reads or writes them. */
const columnsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async count(): Promise<number> {
    return strapi.documents(COLUMN).count({});
  },

  async create(column: NewColumn): Promise<{ documentId: string; slug: string }> {
    const { parentDocumentId, ...fields } = column;
    const created = await strapi.documents(COLUMN).create({
      data: { ...fields, targetSite: 'city', parent: parentDocumentId } as never,
    });
    return { documentId: created.documentId, slug: column.slug };
  },
});

export default columnsRepository;
export type ColumnsRepository = ReturnType<typeof columnsRepository>;
