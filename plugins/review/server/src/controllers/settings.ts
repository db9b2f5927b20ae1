import type { Core } from '@strapi/strapi';

import type { SensitiveWordRecord } from '../repositories/sensitive-words';
import type { WorkflowInput } from '../services/workflows';
import type { IdAnswer, SensitiveWord, WordPage, WorkflowList } from '../../../shared/contracts';
import { getService } from '../utils';
import { positiveId, validateWord, validateWorkflow } from '../validation';
import type { AdminContext } from './context';

/** Workflows and the sensitive word dictionary: site administrators' settings. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => ({
  async workflows(ctx: AdminContext) {
    ctx.body = { results: await getService(strapi, 'workflows').list() } satisfies WorkflowList;
  },
  async createWorkflow(ctx: AdminContext) {
    const input = (await validateWorkflow(false)(ctx.request.body ?? {})) as WorkflowInput;
    ctx.status = 201;
    ctx.body = { id: await getService(strapi, 'workflows').create(input) } satisfies IdAnswer;
  },
  async updateWorkflow(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '审核流程 workflow ');
    const input = (await validateWorkflow(true)(ctx.request.body ?? {})) as WorkflowInput;
    await getService(strapi, 'workflows').update(id, input);
    ctx.body = { id } satisfies IdAnswer;
  },
  async deleteWorkflow(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '审核流程 workflow ');
    await getService(strapi, 'workflows').remove(id);
    ctx.body = { id } satisfies IdAnswer;
  },

  async words(ctx: AdminContext) {
    ctx.body = { results: await getService(strapi, 'dictionary').list() } satisfies WordPage;
  },
  async addWord(ctx: AdminContext) {
    const input = (await validateWord(false)(ctx.request.body ?? {})) as Omit<SensitiveWordRecord, 'id'>;
    ctx.status = 201;
    ctx.body = (await getService(strapi, 'dictionary').add({ ...input, note: input.note ?? null })) satisfies SensitiveWord;
  },
  async updateWord(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '词条 word ');
    const input = (await validateWord(true)(ctx.request.body ?? {})) as Partial<Omit<SensitiveWordRecord, 'id'>>;
    ctx.body = (await getService(strapi, 'dictionary').update(id, input)) satisfies SensitiveWord;
  },
  async deleteWord(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '词条 word ');
    await getService(strapi, 'dictionary').remove(id);
    ctx.body = { id } satisfies IdAnswer;
  },
});

export default settings;
