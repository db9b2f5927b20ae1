import type { Core } from '@strapi/strapi';

import type { Duty } from '../domain/duties';

const DUTY = 'plugin::responsibility.unit-duty';
const CHANGE = 'plugin::responsibility.duty-change';
const ADMIN_USER = 'admin::user';

export interface AdminUserRef {
  id: number;
  documentId: string;
  email: string;
  firstname: string | null;
  lastname: string | null;
}

export interface DutyRecord {
  id: number;
  documentId: string;
  duty: Duty;
  unit: { id: number; documentId: string; name: string } | null;
  user: AdminUserRef | null;
  /** The person as the 备案表 names them; null fields fall back to the linked account. */
  name: string | null;
  title: string | null;
  mobile: string | null;
  email: string | null;
  note: string | null;
  createdAt: string;
}

/** The person fields of a register entry. */
/** The person's fields of a register entry (the contract's). */
export type { PersonFields } from '@content-assurance/kit/server';
import type { PersonFields } from '@content-assurance/kit/server';

/** Duty changes, and account changes (一人一账号: accounts are filed like duties; no password material). */
export type DutyChangeAction = 'assigned' | 'revoked' | 'updated' | 'account-created' | 'account-disabled' | 'account-enabled' | 'account-deleted' | 'password-changed';

export interface DutyChangeRecord {
  id: number;
  action: DutyChangeAction;
  /** The duty (assigned, revoked); null for an account change. */
  duty: string | null;
  unitName: string | null;
  /** The account's email, or the person's when they have no account ('' when neither). */
  userEmail: string;
  userName: string | null;
  actorEmail: string | null;
  actorName: string | null;
  /** What else to know, e.g. who set a password (self, administrator, system). */
  detail?: string | null;
  at: string;
}

const USER_FIELDS = ['id', 'documentId', 'email', 'firstname', 'lastname'];
const POPULATE = { unit: { select: ['id', 'documentId', 'name'] }, user: { select: USER_FIELDS } };

/** Unit duties and their change log: the only place that reads or writes them. */
const dutiesRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findAll(where: Record<string, unknown> = {}): Promise<DutyRecord[]> {
    return strapi.db.query(DUTY).findMany({ where, populate: POPULATE, orderBy: [{ id: 'asc' }] });
  },

  async findOne(id: number): Promise<DutyRecord | null> {
    return strapi.db.query(DUTY).findOne({ where: { id }, populate: POPULATE });
  },

  async findAdminUser(id: number): Promise<AdminUserRef | null> {
    return strapi.db.query(ADMIN_USER).findOne({ where: { id }, select: USER_FIELDS });
  },

  async findAdminUsers(): Promise<(AdminUserRef & { isActive: boolean })[]> {
    return strapi.db.query(ADMIN_USER).findMany({ select: [...USER_FIELDS, 'isActive'], orderBy: { id: 'asc' } });
  },

  async findAdminUserByEmail(email: string): Promise<AdminUserRef | null> {
    return strapi.db.query(ADMIN_USER).findOne({ where: { email: email.toLowerCase() }, select: USER_FIELDS });
  },

  async create(input: { duty: Duty; unitDocumentId: string | null; userDocumentId: string | null } & PersonFields): Promise<number> {
    const { unitDocumentId, userDocumentId, ...fields } = input;
    const created = await strapi.documents(DUTY).create({
      data: { ...fields, unit: unitDocumentId, user: userDocumentId } as never,
    });
    return created.id as number;
  },

  /** Change an entry's person fields and, when `userDocumentId` is given, its account (null: unlink). */
  async update(documentId: string, fields: PersonFields & { userDocumentId?: string | null }): Promise<void> {
    const { userDocumentId, ...rest } = fields;
    const data: Record<string, unknown> = { ...rest };
    if (userDocumentId !== undefined) data.user = userDocumentId;
    await strapi.documents(DUTY).update({ documentId, data: data as never });
  },

  async delete(documentId: string): Promise<void> {
    await strapi.documents(DUTY).delete({ documentId });
  },

  async logChange(change: Omit<DutyChangeRecord, 'id'>): Promise<void> {
    await strapi.documents(CHANGE).create({ data: change as never });
  },

  async findChanges(limit: number, offset: number): Promise<{ results: DutyChangeRecord[]; total: number }> {
    const [results, total] = await Promise.all([
      strapi.db.query(CHANGE).findMany({ orderBy: [{ at: 'desc' }, { id: 'desc' }], limit, offset }),
      strapi.db.query(CHANGE).count(),
    ]);
    return { results, total };
  },
});

export default dutiesRepository;
export type DutiesRepository = ReturnType<typeof dutiesRepository>;
