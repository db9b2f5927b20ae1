import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { checkNewDuty, DUTY_LABELS, type Duty } from '../domain/duties';
import { conflict, say } from '../errors';
import { repositories } from '../repositories';
import { getService } from '../utils';
import type { AdminUserRef, DutyRecord } from '../repositories/duties';

export interface DutyView {
  id: number;
  duty: Duty;
  dutyLabel: { zh: string; en: string };
  unit: { id: number; name: string } | null;
  user: { id: number; email: string; name: string } | null;
  note: string | null;
  createdAt: string;
}

const personName = (user: Pick<AdminUserRef, 'firstname' | 'lastname' | 'email'>): string =>
  [user.lastname, user.firstname].filter(Boolean).join('') || user.email;

const view = (record: DutyRecord): DutyView => ({
  id: record.id,
  duty: record.duty,
  dutyLabel: DUTY_LABELS[record.duty],
  unit: record.unit ? { id: record.unit.id, name: record.unit.name } : null,
  user: record.user ? { id: record.user.id, email: record.user.email, name: personName(record.user) } : null,
  note: record.note,
  createdAt: record.createdAt,
});

export interface DutyActor {
  email: string;
  firstname?: string | null;
  lastname?: string | null;
}

/** Unit duties (附件3 备案表): who holds which duty where; every change recorded with who and when. */
const duties = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  return {
    async list(filter: { unitId?: number; duty?: Duty; userId?: number } = {}): Promise<DutyView[]> {
      const where: Record<string, unknown> = {};
      if (filter.unitId !== undefined) where.unit = { id: filter.unitId };
      if (filter.duty) where.duty = filter.duty;
      if (filter.userId !== undefined) where.user = { id: filter.userId };
      return (await repo.duties.findAll(where)).map(view);
    },

    /** The admin users holding a duty in a unit (or, for site administrators, the whole site). */
    async holders(duty: Duty, unitId: number | null): Promise<AdminUserRef[]> {
      return getService(strapi, 'ownership').holders(duty, unitId);
    },

    /** The holders of a duty in each of these units: unit id → admin users. */
    async holdersIn(duty: Duty, unitIds: number[]): Promise<Map<number, AdminUserRef[]>> {
      return getService(strapi, 'ownership').holdersIn(duty, unitIds);
    },

    async assign(input: { duty: Duty; unitId: number | null; userId: number; note?: string | null }, actor: DutyActor, at = new Date()): Promise<DutyView> {
      const user = await repo.duties.findAdminUser(input.userId);
      if (!user) throw new errors.NotFoundError(...say(`找不到管理员用户 #${input.userId}`, `No admin user #${input.userId}`));
      let unitName: string | null = null;
      let unitDocumentId: string | null = null;
      if (input.unitId !== null) {
        const [unit] = await repo.units.findWithContacts([input.unitId]);
        if (!unit) throw new errors.NotFoundError(...say(`找不到单位 #${input.unitId}`, `No unit #${input.unitId}`));
        unitName = unit.name;
        unitDocumentId = unit.documentId;
      }

      return strapi.db.transaction(async () => {
        const held = await repo.duties.findAll({ duty: input.duty });
        const check = checkNewDuty(
          input,
          held.map((h) => ({ duty: h.duty, unitId: h.unit?.id ?? null, userId: h.user?.id ?? -1 })),
          unitName,
        );
        if (!check.ok) throw check.status === 409 ? conflict(check.message) : new errors.ValidationError(check.message);
        const id = await repo.duties.create({ duty: input.duty, unitDocumentId, userDocumentId: user.documentId, note: input.note ?? null });
        await repo.duties.logChange({
          action: 'assigned',
          duty: input.duty,
          unitName,
          userEmail: user.email,
          userName: personName(user),
          actorEmail: actor.email,
          actorName: personName({ ...actor, firstname: actor.firstname ?? null, lastname: actor.lastname ?? null }),
          at: at.toISOString(),
        });
        const created = await repo.duties.findOne(id);
        return view(created!);
      });
    },

    async revoke(id: number, actor: DutyActor, at = new Date()): Promise<DutyView> {
      return strapi.db.transaction(async () => {
        const record = await repo.duties.findOne(id);
        if (!record) throw new errors.NotFoundError(...say(`找不到职责记录 #${id}，可能已被撤销`, `No duty #${id}: it may have been revoked already`));
        await repo.duties.delete(record.documentId);
        await repo.duties.logChange({
          action: 'revoked',
          duty: record.duty,
          unitName: record.unit?.name ?? null,
          userEmail: record.user?.email ?? '',
          userName: record.user ? personName(record.user) : null,
          actorEmail: actor.email,
          actorName: personName({ ...actor, firstname: actor.firstname ?? null, lastname: actor.lastname ?? null }),
          at: at.toISOString(),
        });
        return view(record);
      });
    },

    async adminUsers() {
      const users = await repo.duties.findAdminUsers();
      return users.map((user) => ({ id: user.id, email: user.email, name: personName(user), isActive: user.isActive }));
    },

    async changes(page: number, pageSize: number) {
      const { results, total } = await repo.duties.findChanges(pageSize, (page - 1) * pageSize);
      return {
        results: results.map((change) => ({
          ...change,
          // account changes (created, disabled, password changed …) name no duty
          dutyLabel: change.duty ? (DUTY_LABELS[change.duty as Duty] ?? { zh: change.duty, en: change.duty }) : null,
        })),
        pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
      };
    },
  };
};

export default duties;
export type DutiesService = ReturnType<typeof duties>;
