import type { Core } from '@strapi/strapi';

import { instantOf } from '@content-assurance/kit/server';

import type { PasswordSetter } from '@content-assurance/kit/server';

const ACCOUNT = 'plugin::responsibility.account';
const ADMIN_USER = 'admin::user';

/** One admin user's password record (no password material). */
export interface AccountRecord {
  id: number;
  userId: number;
  email: string | null;
  passwordChangedAt: Date | null;
  passwordSetBy: PasswordSetter | null;
  mustChangePassword: boolean;
}

export interface AccountUserRef {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
  isActive: boolean;
}

type Row = Omit<AccountRecord, 'passwordChangedAt'> & { passwordChangedAt: string | number | Date | null };

const toDate = instantOf;

const record = (row: Row | null): AccountRecord | null =>
  row
    ? {
        id: row.id,
        userId: row.userId,
        email: row.email ?? null,
        passwordChangedAt: toDate(row.passwordChangedAt),
        passwordSetBy: row.passwordSetBy ?? null,
        mustChangePassword: row.mustChangePassword === true,
      }
    : null;

const FIELDS = ['id', 'userId', 'email', 'passwordChangedAt', 'passwordSetBy', 'mustChangePassword'];

/** Account records (one per admin user) and the admin users they describe: the only code that touches them. */
const accountsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findByUserId(userId: number): Promise<AccountRecord | null> {
    return record(await strapi.db.query(ACCOUNT).findOne({ where: { userId }, select: FIELDS }));
  },

  /** Create or replace the record of `userId`. */
  async save(input: Omit<AccountRecord, 'id'>): Promise<void> {
    const data = { ...input, passwordChangedAt: input.passwordChangedAt?.toISOString() ?? null };
    const existing = await strapi.db.query(ACCOUNT).findOne({ where: { userId: input.userId }, select: ['id'] });
    if (existing) await strapi.db.query(ACCOUNT).update({ where: { id: existing.id }, data });
    else await strapi.db.query(ACCOUNT).create({ data });
  },

  async deleteByUserIds(userIds: number[]): Promise<void> {
    if (userIds.length > 0) await strapi.db.query(ACCOUNT).deleteMany({ where: { userId: { $in: userIds } } });
  },

  /** Admin users without a record (accounts made before these rules, or written straight to the database). */
  async usersWithoutRecord(): Promise<AccountUserRef[]> {
    const known = new Set<number>(((await strapi.db.query(ACCOUNT).findMany({ select: ['userId'] })) as { userId: number }[]).map((r) => r.userId));
    const users = (await strapi.db.query(ADMIN_USER).findMany({ select: ['id', 'email', 'firstname', 'lastname', 'isActive'] })) as AccountUserRef[];
    return users.filter((user) => !known.has(user.id));
  },

  async findUser(id: number): Promise<AccountUserRef | null> {
    return strapi.db.query(ADMIN_USER).findOne({ where: { id }, select: ['id', 'email', 'firstname', 'lastname', 'isActive'] });
  },

  async findUsers(ids: number[]): Promise<AccountUserRef[]> {
    if (ids.length === 0) return [];
    return strapi.db.query(ADMIN_USER).findMany({ where: { id: { $in: ids } }, select: ['id', 'email', 'firstname', 'lastname', 'isActive'] });
  },
});

export default accountsRepository;
export type AccountsRepository = ReturnType<typeof accountsRepository>;
