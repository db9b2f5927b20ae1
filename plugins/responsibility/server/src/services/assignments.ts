import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { parseFrequency } from '../domain/frequency';
import { groupUnitIds } from '../domain/ownership';
import { repositories } from '../repositories';
import type { AssignmentWrite } from '../repositories/assignments';
import type { AssignmentInput, AssignmentListQuery } from '../validation';
import { getService } from '../utils';
import { say } from '../errors';
import { sayMessage } from '@content-assurance/kit/shared';

const contains = (haystack: string | null | undefined, needle: string) => (haystack ?? '').toLowerCase().includes(needle.toLowerCase());

/** Editing the table row by row (the admin page's inline edit) and listing it with filters. */
const assignments = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);

  /** Resolve and check an input's references, parse its frequency: the write, or a 400/404 naming what is wrong. */
  const toWrite = async (input: AssignmentInput, current?: { effectiveFrom: string | null; effectiveTo: string | null }): Promise<AssignmentWrite> => {
    const write: AssignmentWrite = {};
    if (input.columnId !== undefined) {
      const column = await repo.columns.findById(input.columnId);
      if (!column) throw new errors.NotFoundError(...say(`找不到栏目 #${input.columnId}`, `No column #${input.columnId}`));
      write.columnDocumentId = column.documentId;
    }
    if (input.unitIds !== undefined || input.unitGroupIds !== undefined) {
      const [units, groups] = await Promise.all([repo.units.findAll(), repo.units.findAllGroups()]);
      const unitById = new Map(units.map((u) => [u.id, u]));
      const groupById = new Map(groups.map((g) => [g.id, g]));
      const missingUnits = (input.unitIds ?? []).filter((id) => !unitById.has(id));
      const missingGroups = (input.unitGroupIds ?? []).filter((id) => !groupById.has(id));
      if (missingUnits.length || missingGroups.length) {
        throw new errors.ValidationError(
          `未知的单位或单位组：${[...missingUnits.map((id) => `单位#${id}`), ...missingGroups.map((id) => `单位组#${id}`)].join('、')} (unknown units or groups)`,
        );
      }
      if (input.unitIds !== undefined) write.unitDocumentIds = input.unitIds.map((id) => unitById.get(id)!.documentId);
      if (input.unitGroupIds !== undefined) write.unitGroupDocumentIds = input.unitGroupIds.map((id) => groupById.get(id)!.documentId);
      // The cell as edited: the names, units first (the original text no longer describes it).
      const names = [...(input.unitIds ?? []).map((id) => unitById.get(id)!.name), ...(input.unitGroupIds ?? []).map((id) => groupById.get(id)!.name)];
      write.ownerText = names.join('、') || null;
    }
    if (input.frequencyText !== undefined) {
      const parsed = parseFrequency(input.frequencyText);
      if (!parsed.ok) throw new errors.ValidationError(...sayMessage(parsed.error, { errors: [{ path: ['frequencyText'], message: parsed.error, name: 'ValidationError' }] }));
      write.frequencyText = input.frequencyText.trim() || null;
      write.frequency = parsed.rule;
    }
    if (input.methods !== undefined) write.methods = [...new Set(input.methods)];
    if (input.content !== undefined) write.content = input.content;
    if (input.note !== undefined) write.note = input.note;
    if (input.effectiveFrom !== undefined) write.effectiveFrom = input.effectiveFrom;
    if (input.effectiveTo !== undefined) write.effectiveTo = input.effectiveTo;
    const from = input.effectiveFrom !== undefined ? input.effectiveFrom : current?.effectiveFrom ?? null;
    const to = input.effectiveTo !== undefined ? input.effectiveTo : current?.effectiveTo ?? null;
    if (from && to && from > to) throw new errors.ValidationError(...say(`生效期的开始（${from}）晚于结束（${to}）`, `The effective period starts (${from}) after it ends (${to})`));
    return write;
  };

  return {
    async list(query: AssignmentListQuery, now: Date = new Date()) {
      const overview = await getService(strapi, 'table').overview(now);
      const groupMembers = new Map<number, number[]>();
      if (query.unit !== undefined) {
        const [units, groups] = await Promise.all([repo.units.findAll(), repo.units.findAllGroups()]);
        for (const group of groups) groupMembers.set(group.id, groupUnitIds(group, units));
      }
      const unit = query.unit;
      const rows = overview.assignments.filter((row) => {
        if (query.channel !== undefined && row.column?.path[0] !== overview.columns.find((c) => c.id === query.channel)?.name) return false;
        if (unit !== undefined && !row.units.some((u) => u.id === unit) && !row.unitGroups.some((g) => groupMembers.get(g.id)?.includes(unit))) {
          return false;
        }
        if (query.method && !row.methods.includes(query.method)) return false;
        if (query.frequency && row.frequency?.kind !== query.frequency) return false;
        if (query.due === 'unassigned' && !row.columnStatus?.unassigned) return false;
        if (query.due && query.due !== 'unassigned' && row.columnStatus?.dueStatus !== query.due) return false;
        if (query.q && !(contains(row.column?.path.join('/'), query.q) || contains(row.content, query.q) || contains(row.ownerText, query.q))) return false;
        return true;
      });
      return { results: rows, unassignedColumns: overview.unassignedColumns, total: rows.length };
    },

    async create(input: AssignmentInput & { columnId: number }): Promise<number> {
      const write = await toWrite({ frequencyText: '', ...input });
      return repo.assignments.create(write);
    },

    async update(id: number, input: AssignmentInput): Promise<void> {
      const current = await repo.assignments.findOne(id);
      if (!current) throw new errors.NotFoundError(...say(`找不到任务分工 #${id}`, `No assignment #${id}`));
      await repo.assignments.update(current.documentId, await toWrite(input, current));
    },

    async remove(id: number): Promise<void> {
      const current = await repo.assignments.findOne(id);
      if (!current) throw new errors.NotFoundError(...say(`找不到任务分工 #${id}`, `No assignment #${id}`));
      await repo.assignments.delete(current.documentId);
    },
  };
};

export default assignments;
export type AssignmentsService = ReturnType<typeof assignments>;
