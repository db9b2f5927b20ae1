import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { DEFAULT_LEVELS, validateWorkflowDefinition, type LevelDefinition } from '../domain/workflow';
import { repositories } from '../repositories';
import { isSubjectType } from '../repositories/subjects';
import type { WorkflowRecord } from '../repositories/workflows';
import { say } from '../errors';
import { joinMessages } from '@content-assurance/kit/shared';

export type Workflow = WorkflowRecord<LevelDefinition>;

export interface WorkflowInput {
  name?: string;
  levels?: unknown;
  contentTypes?: string[];
  columnIds?: number[];
  isDefault?: boolean;
}

/**
 * Workflows (审核流程): which one applies to an item — the workflow bound to its column or the nearest
 * ancestor column, else the one bound to its content type, else the default — and their editing.
 */
const workflows = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);

  const check = async (input: WorkflowInput, id?: number): Promise<Omit<WorkflowInput, 'levels'> & { levels?: LevelDefinition[] }> => {
    const { levels: _levels, ...rest } = input;
    const out: Omit<WorkflowInput, 'levels'> & { levels?: LevelDefinition[] } = rest;
    if (input.levels !== undefined) {
      const validation = validateWorkflowDefinition(input.levels);
      if (!validation.ok) {
        const all = joinMessages(validation.errors);
        throw new errors.ValidationError(
          ...say(`审核流程无效：${all['zh-Hans']}`, `Invalid workflow: ${all.en}`, { errors: validation.errors.map((message) => ({ path: [], message })) }),
        );
      }
      out.levels = validation.levels;
    }
    const wrongTypes = (input.contentTypes ?? []).filter((uid) => !isSubjectType(uid));
    if (wrongTypes.length) {
      throw new errors.ValidationError(...say(`只能绑定稿件、解读或回复：${wrongTypes.join(', ')}`, `Workflows bind articles, interpretations or replies only: ${wrongTypes.join(', ')}`));
    }
    if (input.columnIds?.length) {
      const found = await strapi.db.query('api::column.column').count({ where: { id: { $in: input.columnIds } } });
      if (found !== new Set(input.columnIds).size) throw new errors.ValidationError(...say('绑定的栏目中有不存在的栏目', 'Some bound columns do not exist'));
    }
    if (input.name !== undefined) {
      const same = (await repo.workflows.findAll()).find((w) => w.name === input.name && w.id !== id);
      if (same) throw new errors.ValidationError(...say(`已有同名审核流程“${input.name}”`, `A workflow named "${input.name}" exists already`));
    }
    return out;
  };

  return {
    /** The default workflow of the seeds, created on first start. */
    async ensureDefault(): Promise<void> {
      if ((await repo.workflows.count()) > 0) return;
      await repo.workflows.create<LevelDefinition>({
        name: '默认审核流程 Default',
        levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
        contentTypes: [],
        columnIds: [],
        isDefault: true,
      });
    },

    async list(): Promise<Workflow[]> {
      return repo.workflows.findAll<LevelDefinition>();
    },

    /** The workflow for an item of `type` in `columnId` (walking up the column tree). */
    async resolve(type: string, columnId: number | null): Promise<Workflow> {
      const all = await repo.workflows.findAll<LevelDefinition>();
      if (columnId !== null) {
        const parents = new Map<number, number | null>(
          (await strapi.db.query('api::column.column').findMany({ select: ['id'], populate: { parent: { select: ['id'] } } })).map(
            (c: { id: number; parent: { id: number } | null }) => [c.id, c.parent?.id ?? null],
          ),
        );
        const seen = new Set<number>();
        for (let id: number | null = columnId; id !== null && !seen.has(id); id = parents.get(id) ?? null) {
          seen.add(id);
          const bound = all.find((w) => w.columnIds.includes(id!));
          if (bound) return bound;
        }
      }
      const byType = all.find((w) => w.contentTypes.includes(type));
      if (byType) return byType;
      const fallback = all.find((w) => w.isDefault) ?? all[0];
      if (!fallback) throw new errors.ApplicationError(...say('没有可用的审核流程，请网站管理员先配置', 'No workflow is configured: a site administrator must set one up first'));
      return fallback;
    },

    async create(input: WorkflowInput): Promise<number> {
      if (!input.name || input.levels === undefined) throw new errors.ValidationError(...say('审核流程需要名称和审核级次', 'A workflow needs a name and levels'));
      const checked = await check(input);
      return strapi.db.transaction(async () => {
        if (checked.isDefault) for (const w of await repo.workflows.findAll()) if (w.isDefault) await repo.workflows.update(w.id, { isDefault: false });
        return repo.workflows.create<LevelDefinition>({
          name: checked.name!,
          levels: checked.levels!,
          contentTypes: checked.contentTypes ?? [],
          columnIds: checked.columnIds ?? [],
          isDefault: !!checked.isDefault,
        });
      });
    },

    async update(id: number, input: WorkflowInput): Promise<void> {
      const current = await repo.workflows.findOne(id);
      if (!current) throw new errors.NotFoundError(...say(`找不到审核流程 #${id}`, `No workflow #${id}`));
      const checked = await check(input, id);
      await strapi.db.transaction(async () => {
        if (checked.isDefault) for (const w of await repo.workflows.findAll()) if (w.isDefault && w.id !== id) await repo.workflows.update(w.id, { isDefault: false });
        await repo.workflows.update<LevelDefinition>(id, {
          ...(checked.name !== undefined ? { name: checked.name } : {}),
          ...(checked.levels !== undefined ? { levels: checked.levels } : {}),
          ...(checked.contentTypes !== undefined ? { contentTypes: checked.contentTypes } : {}),
          ...(checked.columnIds !== undefined ? { columnIds: checked.columnIds } : {}),
          ...(checked.isDefault !== undefined ? { isDefault: checked.isDefault } : {}),
        });
      });
    },

    async remove(id: number): Promise<void> {
      const current = await repo.workflows.findOne(id);
      if (!current) throw new errors.NotFoundError(...say(`找不到审核流程 #${id}`, `No workflow #${id}`));
      if (current.isDefault) throw new errors.ValidationError(...say('不能删除默认审核流程，请先指定另一个默认流程', 'The default workflow cannot be deleted: make another one the default first'));
      await repo.workflows.delete(id);
    },
  };
};

export default workflows;
export type WorkflowsService = ReturnType<typeof workflows>;
