import type { Core } from '@strapi/strapi';

import type { FrequencyRule } from '../domain/frequency';
import type { GuaranteeMethod } from '../domain/methods';

const ASSIGNMENT = 'plugin::responsibility.assignment';

export interface AssignmentRecord {
  id: number;
  documentId: string;
  column: { id: number; documentId: string; name: string } | null;
  content: string | null;
  units: { id: number; documentId: string; name: string }[];
  unitGroups: { id: number; documentId: string; name: string }[];
  ownerText: string | null;
  methods: GuaranteeMethod[];
  frequencyText: string | null;
  frequency: FrequencyRule | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  note: string | null;
  updatedAt: string;
}

/** What an assignment is written with: relations by documentId. */
export interface AssignmentWrite {
  columnDocumentId?: string;
  content?: string | null;
  unitDocumentIds?: string[];
  unitGroupDocumentIds?: string[];
  ownerText?: string | null;
  methods?: GuaranteeMethod[];
  frequencyText?: string | null;
  frequency?: FrequencyRule | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  note?: string | null;
}

const POPULATE = {
  column: { select: ['id', 'documentId', 'name'] },
  units: { select: ['id', 'documentId', 'name'], orderBy: { id: 'asc' } },
  unitGroups: { select: ['id', 'documentId', 'name'], orderBy: { id: 'asc' } },
} as const;

const toData = ({ columnDocumentId, unitDocumentIds, unitGroupDocumentIds, ...fields }: AssignmentWrite) => ({
  ...fields,
  ...(columnDocumentId !== undefined ? { column: columnDocumentId } : {}),
  ...(unitDocumentIds !== undefined ? { units: unitDocumentIds } : {}),
  ...(unitGroupDocumentIds !== undefined ? { unitGroups: unitGroupDocumentIds } : {}),
});

const normalize = (row: AssignmentRecord): AssignmentRecord => ({ ...row, methods: row.methods ?? [], units: row.units ?? [], unitGroups: row.unitGroups ?? [] });

/** Assignments (任务分工): the only place that reads or writes them. */
const assignmentsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findAll(where: Record<string, unknown> = {}): Promise<AssignmentRecord[]> {
    const rows: AssignmentRecord[] = await strapi.db.query(ASSIGNMENT).findMany({ where, populate: POPULATE, orderBy: { id: 'asc' } });
    return rows.map(normalize);
  },

  async findByColumnIds(columnIds: number[]): Promise<AssignmentRecord[]> {
    if (columnIds.length === 0) return [];
    return this.findAll({ column: { id: { $in: columnIds } } });
  },

  async findOne(id: number): Promise<AssignmentRecord | null> {
    const row: AssignmentRecord | null = await strapi.db.query(ASSIGNMENT).findOne({ where: { id }, populate: POPULATE });
    return row ? normalize(row) : null;
  },

  async count(): Promise<number> {
    return strapi.db.query(ASSIGNMENT).count();
  },

  async create(write: AssignmentWrite): Promise<number> {
    const created = await strapi.documents(ASSIGNMENT).create({ data: toData(write) as never });
    return created.id as number;
  },

  async update(documentId: string, write: AssignmentWrite): Promise<void> {
    await strapi.documents(ASSIGNMENT).update({ documentId, data: toData(write) as never });
  },

  async delete(documentId: string): Promise<void> {
    await strapi.documents(ASSIGNMENT).delete({ documentId });
  },
});

export default assignmentsRepository;
export type AssignmentsRepository = ReturnType<typeof assignmentsRepository>;
