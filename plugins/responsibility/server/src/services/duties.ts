import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { personName, type DutyActor, type DutyAssignInput, type DutyEntry, type DutyUpdateInput } from '@content-assurance/kit/server';

import { checkNewDuty, DUTY_LABELS, planContactFiling, type Duty } from '../domain/duties';
import { conflict, say } from '../errors';
import { repositories } from '../repositories';
import { getService } from '../utils';
import type { AdminUserRef, DutyRecord, PersonFields } from '../repositories/duties';
import type { DutyView, RegisterPersonView } from '../../../shared/contracts';
import { sayMessage } from '@content-assurance/kit/shared';

/** The register's views the admin reads: shared/contracts.ts. */
export type { DutyView, RegisterPersonView };


const text = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null);

const personOf = (record: DutyRecord) => ({
  name: text(record.name) ?? (record.user ? personName(record.user) : '—'),
  title: text(record.title),
  mobile: text(record.mobile),
  email: text(record.email) ?? record.user?.email ?? null,
});

const view = (record: DutyRecord): DutyView => ({
  id: record.id,
  duty: record.duty,
  dutyLabel: DUTY_LABELS[record.duty],
  unit: record.unit ? { id: record.unit.id, name: record.unit.name } : null,
  user: record.user ? { id: record.user.id, email: record.user.email, name: personName(record.user) } : null,
  person: personOf(record),
  note: record.note,
  createdAt: record.createdAt,
});

const registerView = (record: DutyRecord): RegisterPersonView => ({
  id: record.id,
  duty: record.duty,
  dutyLabel: DUTY_LABELS[record.duty],
  unitId: record.unit?.id ?? null,
  ...personOf(record),
  account: record.user ? { id: record.user.id, email: record.user.email } : null,
});

export type { DutyActor };
/** A new register entry, and a change of one (the contract's inputs). */
export type AssignInput = DutyAssignInput;
export type UpdateInput = DutyUpdateInput;

const actorName = (actor: DutyActor) => personName({ ...actor, firstname: actor.firstname ?? null, lastname: actor.lastname ?? null });

/**
 * The unit register (附件3 备案表): the people of each unit with their duty, with or without an admin
 * account; every change recorded with who and when. The duties (permissions), the review emails and
 * the overdue digests read it through this service.
 */
const duties = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);

  const findUser = async (userId: number) => {
    const user = await repo.duties.findAdminUser(userId);
    if (!user) throw new errors.NotFoundError(...say(`找不到管理员用户 #${userId}`, `No admin user #${userId}`));
    return user;
  };

  const holdingsOf = (records: DutyRecord[]) =>
    records.map((h) => ({ duty: h.duty, unitId: h.unit?.id ?? null, userId: h.user?.id ?? null, email: personOf(h).email }));

  return {
    async list(filter: { unitId?: number; duty?: Duty; userId?: number } = {}): Promise<DutyView[]> {
      const where: Record<string, unknown> = {};
      if (filter.unitId !== undefined) where.unit = { id: filter.unitId };
      if (filter.duty) where.duty = filter.duty;
      if (filter.userId !== undefined) where.user = { id: filter.userId };
      return (await repo.duties.findAll(where)).map(view);
    },

    /** The people of these units in the register (with or without accounts): unit id → people, in register order. */
    async people(unitIds: number[]): Promise<Map<number, RegisterPersonView[]>> {
      const result = new Map<number, RegisterPersonView[]>(unitIds.map((id) => [id, []]));
      if (unitIds.length === 0) return result;
      for (const record of await repo.duties.findAll({ unit: { id: { $in: unitIds } } })) {
        if (record.unit) result.get(record.unit.id)?.push(registerView(record));
      }
      return result;
    },

    /** The admin users holding a duty in a unit (or, for site administrators, the whole site); email from the register. */
    async holders(duty: Duty, unitId: number | null): Promise<AdminUserRef[]> {
      return getService(strapi, 'ownership').holders(duty, unitId);
    },

    /** The holders of a duty in each of these units: unit id → admin users. */
    async holdersIn(duty: Duty, unitIds: number[]): Promise<Map<number, AdminUserRef[]>> {
      return getService(strapi, 'ownership').holdersIn(duty, unitIds);
    },

    async assign(input: AssignInput, actor: DutyActor, at = new Date()): Promise<DutyView> {
      const userId = input.userId ?? null;
      const user = userId === null ? null : await findUser(userId);
      const name = text(input.name);
      if (!user && !name) {
        throw new errors.ValidationError(...say('请选择管理员账号，或填写姓名（没有账号的人员）', 'Choose an admin account, or give the name of a person without one'));
      }
      let unitName: string | null = null;
      let unitDocumentId: string | null = null;
      if (input.unitId !== null) {
        const [unit] = await repo.units.findWithContacts([input.unitId]);
        if (!unit) throw new errors.NotFoundError(...say(`找不到单位 #${input.unitId}`, `No unit #${input.unitId}`));
        unitName = unit.name;
        unitDocumentId = unit.documentId;
      }
      const fields = { name, title: text(input.title), mobile: text(input.mobile), email: text(input.email), note: text(input.note) };

      return strapi.db.transaction(async () => {
        const held = await repo.duties.findAll({ duty: input.duty });
        const check = checkNewDuty({ duty: input.duty, unitId: input.unitId, userId, email: fields.email ?? user?.email ?? null }, holdingsOf(held), unitName);
        if (!check.ok) throw check.status === 409 ? conflict(...sayMessage(check.message)) : new errors.ValidationError(...sayMessage(check.message));
        const id = await repo.duties.create({ duty: input.duty, unitDocumentId, userDocumentId: user?.documentId ?? null, ...fields });
        const created = (await repo.duties.findOne(id))!;
        const person = personOf(created);
        await repo.duties.logChange({
          action: 'assigned',
          duty: input.duty,
          unitName,
          userEmail: user?.email ?? person.email ?? '',
          userName: person.name,
          actorEmail: actor.email,
          actorName: actorName(actor),
          detail: user ? null : '无管理员账号',
          at: at.toISOString(),
        });
        return view(created);
      });
    },

    /** Change a person's fields (姓名、职务、手机、邮箱、备注) or link / unlink their admin account. */
    async update(id: number, input: UpdateInput, actor: DutyActor, at = new Date()): Promise<DutyView> {
      const user = input.userId === undefined || input.userId === null ? null : await findUser(input.userId);
      return strapi.db.transaction(async () => {
        const record = await repo.duties.findOne(id);
        if (!record) throw new errors.NotFoundError(...say(`找不到人员记录 #${id}，可能已被撤销`, `No register entry #${id}: it may have been revoked`));
        const patch: PersonFields & { userDocumentId?: string | null } = {};
        for (const key of ['name', 'title', 'mobile', 'email', 'note'] as const) if (input[key] !== undefined) patch[key] = text(input[key]);
        if (input.userId !== undefined) patch.userDocumentId = user?.documentId ?? null;
        const after = { ...record, ...patch, user: input.userId === undefined ? record.user : user };
        if (!text(after.name) && !after.user) {
          throw new errors.ValidationError(...say('没有管理员账号的人员须填写姓名', 'A person without an admin account needs a name'));
        }
        if (input.userId !== undefined || input.email !== undefined) {
          const others = (await repo.duties.findAll({ duty: record.duty })).filter((h) => h.id !== record.id);
          const check = checkNewDuty(
            { duty: record.duty, unitId: record.unit?.id ?? null, userId: after.user?.id ?? null, email: personOf(after as DutyRecord).email },
            holdingsOf(others),
            record.unit?.name ?? null,
          );
          // Only a repeat matters here: the entry already has its place under the limit.
          if (!check.ok && check.reason === 'repeat') throw conflict(...sayMessage(check.message));
        }
        await repo.duties.update(record.documentId, patch);
        const updated = (await repo.duties.findOne(id))!;
        const person = personOf(updated);
        const changed = Object.keys(patch).map((key) => (key === 'userDocumentId' ? (user ? `账号→${user.email}` : '解除账号') : key));
        await repo.duties.logChange({
          action: 'updated',
          duty: record.duty,
          unitName: record.unit?.name ?? null,
          userEmail: updated.user?.email ?? person.email ?? '',
          userName: person.name,
          actorEmail: actor.email,
          actorName: actorName(actor),
          detail: changed.join('、') || null,
          at: at.toISOString(),
        });
        return view(updated);
      });
    },

    async revoke(id: number, actor: DutyActor, at = new Date()): Promise<DutyView> {
      return strapi.db.transaction(async () => {
        const record = await repo.duties.findOne(id);
        if (!record) throw new errors.NotFoundError(...say(`找不到职责记录 #${id}，可能已被撤销`, `No duty #${id}: it may have been revoked already`));
        await repo.duties.delete(record.documentId);
        const person = personOf(record);
        await repo.duties.logChange({
          action: 'revoked',
          duty: record.duty,
          unitName: record.unit?.name ?? null,
          userEmail: record.user?.email ?? person.email ?? '',
          userName: person.name,
          actorEmail: actor.email,
          actorName: actorName(actor),
          at: at.toISOString(),
        });
        return view(record);
      });
    },

    /**
     * File the contact records units kept before the register (unit.leader, unit.officers) in it, and
     * drop them from the units: one register. Idempotent (a unit with no records left is skipped; a
     * person already in the register only fills missing fields). In one transaction: all or nothing.
     */
    async fileContactRecords(at = new Date()): Promise<{ units: number; created: number; filled: number }> {
      const units = await repo.units.findWithContactRecords();
      if (units.length === 0) return { units: 0, created: 0, filled: 0 };
      return strapi.db.transaction(async () => {
        const entries = (await repo.duties.findAll({ unit: { id: { $in: units.map((u) => u.id) } } })).map((record) => ({
          id: record.id,
          duty: record.duty,
          unitId: record.unit?.id ?? null,
          userId: record.user?.id ?? null,
          ...personOf(record),
        }));
        const plan = planContactFiling(
          units.map((unit) => ({ unitId: unit.id, leader: unit.leader, officers: unit.officers })),
          entries,
        );
        const byId = new Map(units.map((u) => [u.id, u]));
        for (const entry of plan.create) {
          const unit = byId.get(entry.unitId)!;
          await repo.duties.create({ duty: entry.duty, unitDocumentId: unit.documentId, userDocumentId: null, ...entry.person });
          await repo.duties.logChange({
            action: 'assigned',
            duty: entry.duty,
            unitName: unit.name,
            userEmail: entry.person.email ?? '',
            userName: entry.person.name,
            actorEmail: 'system@content-assurance',
            actorName: '系统 system',
            detail: '由单位联系人记录转入人员名册',
            at: at.toISOString(),
          });
        }
        const records = new Map((await repo.duties.findAll({ id: { $in: plan.fill.map((f) => f.id) } })).map((r) => [r.id, r]));
        for (const fill of plan.fill) {
          const record = records.get(fill.id);
          if (record) await repo.duties.update(record.documentId, fill.patch);
        }
        for (const unit of units) await repo.units.clearContactRecords(unit.documentId);
        return { units: units.length, created: plan.create.length, filled: plan.fill.length };
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
