import type { Core } from '@strapi/strapi';

import type { Duty } from '../domain/duties';
import type { AdminUserList, DutyChangePage, DutyList, DutyView } from '../../../shared/contracts';
import { getService } from '../utils';
import { validateDutyCreate, validateDutyQuery, validateDutyUpdate, validatePage, type DutyInput, type DutyUpdateInput } from '../validation';
import { actorOf, positiveId, type AdminContext } from './context';

const duties = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    const query = (await validateDutyQuery(ctx.query)) as { unit?: number; duty?: Duty; user?: number };
    ctx.body = { results: await getService(strapi, 'duties').list({ unitId: query.unit, duty: query.duty, userId: query.user }) } satisfies DutyList;
  },

  async create(ctx: AdminContext) {
    const input = (await validateDutyCreate(ctx.request.body ?? {})) as DutyInput;
    ctx.status = 201;
    ctx.body = (await getService(strapi, 'duties').assign({ ...input, unitId: input.unitId ?? null }, actorOf(ctx))) satisfies DutyView;
  },

  /** PUT /duties/:id — a person's 备案表 fields, or linking / unlinking their admin account. */
  async update(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '职责 duty ');
    const input = (await validateDutyUpdate(ctx.request.body ?? {})) as DutyUpdateInput;
    ctx.body = (await getService(strapi, 'duties').update(id, input, actorOf(ctx))) satisfies DutyView;
  },

  async delete(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '职责 duty ');
    ctx.body = (await getService(strapi, 'duties').revoke(id, actorOf(ctx))) satisfies DutyView;
  },

  async changes(ctx: AdminContext) {
    const { page, pageSize } = (await validatePage(ctx.query)) as { page: number; pageSize: number };
    ctx.body = (await getService(strapi, 'duties').changes(page, pageSize)) satisfies DutyChangePage;
  },

  /** Admin accounts a duty can name (id, name, email), for the duty page's picker. */
  async users(ctx: AdminContext) {
    ctx.body = { results: await getService(strapi, 'duties').adminUsers() } satisfies AdminUserList;
  },
});

export default duties;
