import type { Core } from '@strapi/strapi';

import type { AssignmentList, IdAnswer } from '../../../shared/contracts';
import { getService } from '../utils';
import { validateAssignmentCreate, validateAssignmentQuery, validateAssignmentUpdate, type AssignmentInput, type AssignmentListQuery } from '../validation';
import { positiveId, type AdminContext } from './context';

const assignments = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    const query = (await validateAssignmentQuery(ctx.query)) as AssignmentListQuery;
    ctx.body = (await getService(strapi, 'assignments').list(query)) satisfies AssignmentList;
  },

  async create(ctx: AdminContext) {
    const input = (await validateAssignmentCreate(ctx.request.body ?? {})) as AssignmentInput & { columnId: number };
    const id = await getService(strapi, 'assignments').create(input);
    ctx.status = 201;
    ctx.body = { id } satisfies IdAnswer;
  },

  async update(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '任务分工 assignment ');
    const input = (await validateAssignmentUpdate(ctx.request.body ?? {})) as AssignmentInput;
    await getService(strapi, 'assignments').update(id, input);
    ctx.body = { id } satisfies IdAnswer;
  },

  async delete(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '任务分工 assignment ');
    await getService(strapi, 'assignments').remove(id);
    ctx.body = { id } satisfies IdAnswer;
  },
});

export default assignments;
