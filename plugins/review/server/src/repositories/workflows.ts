import type { Core } from '@strapi/strapi';

const WORKFLOW = 'plugin::review.workflow';

export interface WorkflowRecord<TLevel> {
  id: number;
  name: string;
  levels: TLevel[];
  contentTypes: string[];
  columnIds: number[];
  isDefault: boolean;
}

interface WorkflowRow<TLevel> {
  id: number;
  name: string;
  levels: TLevel[];
  contentTypes: string[] | null;
  columns: { id: number }[];
  isDefault: boolean | null;
}

const toRecord = <TLevel>(row: WorkflowRow<TLevel>): WorkflowRecord<TLevel> => ({
  id: row.id,
  name: row.name,
  levels: row.levels,
  contentTypes: row.contentTypes ?? [],
  columnIds: (row.columns ?? []).map((c) => c.id),
  isDefault: !!row.isDefault,
});

/** Workflows (审核流程) and what they are bound to. */
const workflowsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findAll<TLevel>(): Promise<WorkflowRecord<TLevel>[]> {
    const rows: WorkflowRow<TLevel>[] = await strapi.db.query(WORKFLOW).findMany({ populate: { columns: { select: ['id'] } }, orderBy: { id: 'asc' } });
    return rows.map(toRecord);
  },

  async findOne<TLevel>(id: number): Promise<WorkflowRecord<TLevel> | null> {
    const row: WorkflowRow<TLevel> | null = await strapi.db.query(WORKFLOW).findOne({ where: { id }, populate: { columns: { select: ['id'] } } });
    return row ? toRecord(row) : null;
  },

  async count(): Promise<number> {
    return strapi.db.query(WORKFLOW).count();
  },

  async create<TLevel>(workflow: Omit<WorkflowRecord<TLevel>, 'id'>): Promise<number> {
    const { columnIds, ...fields } = workflow;
    const created = await strapi.db.query(WORKFLOW).create({ data: { ...fields, columns: columnIds } });
    return created.id;
  },

  async update<TLevel>(id: number, patch: Partial<Omit<WorkflowRecord<TLevel>, 'id'>>): Promise<void> {
    const { columnIds, ...fields } = patch;
    await strapi.db.query(WORKFLOW).update({ where: { id }, data: { ...fields, ...(columnIds ? { columns: columnIds } : {}) } });
  },

  async delete(id: number): Promise<void> {
    await strapi.db.query(WORKFLOW).delete({ where: { id } });
  },
});

export default workflowsRepository;
export type WorkflowsRepository = ReturnType<typeof workflowsRepository>;
