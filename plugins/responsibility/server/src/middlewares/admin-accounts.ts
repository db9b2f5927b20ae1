import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { AccountsService, AdminUserLike } from '../services/accounts';
import { say } from '../errors';

/**
 * Every path that sets an admin password passes the account rules (000 二(四), 002 art. 8):
 * - Strapi's admin user service is decorated: create, createFirstAdmin (ADMIN_PASSWORD on the first
 *   start and the first admin's form), updateById (admin UI edit, profile, invitation registration,
 *   reset link — they all end there), resetPasswordByEmail (CLI), deleteById/deleteByIds. The rule is
 *   checked before the write; the account record and the duty change log are written with it, in one
 *   transaction.
 * - The admin's HTTP controllers that take a password (register, register-admin, reset-password,
 *   users/me, users/:id) check it before Strapi's own validation, so that a person reads our bilingual
 *   message rather than Strapi's English one (the service check stays the guarantee).
 */

type Attributes = Record<string, unknown> & { password?: unknown; isActive?: unknown; registrationToken?: unknown };
type AnyFn = (...args: never[]) => unknown;

interface AdminUserService {
  create(attributes: Attributes): Promise<AdminUserLike>;
  createFirstAdmin(attributes: Attributes): Promise<AdminUserLike>;
  updateById(id: number | string, attributes: Attributes): Promise<AdminUserLike | null>;
  resetPasswordByEmail(email: string, password: string): Promise<void>;
  deleteById(id: number | string): Promise<AdminUserLike | null>;
  deleteByIds(ids: (number | string)[]): Promise<AdminUserLike[]>;
  [key: string]: unknown;
}

interface Registry<T> {
  extend(uid: string, fn: (current: T) => T): unknown;
}

interface StoredUser {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
  isActive: boolean;
  password: string | null;
}

const has = (attributes: Attributes | undefined, key: string): boolean => !!attributes && Object.prototype.hasOwnProperty.call(attributes, key);

const samePasswordRefused = () =>
  new errors.ValidationError(...say('新密码不能与当前密码相同，请设置一个新密码。', 'The new password must differ from the current one.', { code: 'SAME_PASSWORD' }));

export const decorateAdminUserService = (strapi: Core.Strapi, accounts: () => AccountsService): void => {
  const findStored = async (id: number | string): Promise<StoredUser | null> =>
    strapi.db.query('admin::user').findOne({ where: { id }, select: ['id', 'email', 'firstname', 'lastname', 'isActive', 'password'] });
  const matchesHash = async (password: unknown, hash: string | null): Promise<boolean> => {
    if (typeof password !== 'string' || !hash) return false;
    const auth = strapi.service('admin::auth') as { validatePassword(password: string, hash: string): Promise<boolean> };
    return auth.validatePassword(password, hash);
  };

  (strapi.get('services') as Registry<AdminUserService>).extend('admin::user', (service) => ({
    ...service,

    async create(attributes: Attributes) {
      const passwordSet = has(attributes, 'password');
      if (passwordSet) accounts().assertPasswordAllowed(attributes.password);
      return strapi.db.transaction(async () => {
        const user = await service.create(attributes);
        await accounts().created(user, passwordSet);
        return user;
      });
    },

    async createFirstAdmin(attributes: Attributes) {
      accounts().assertPasswordAllowed(attributes.password);
      return strapi.db.transaction(async () => {
        const user = await service.createFirstAdmin(attributes);
        await accounts().created(user, true);
        return user;
      });
    },

    async updateById(id: number | string, attributes: Attributes) {
      const passwordSet = has(attributes, 'password');
      const watched = passwordSet || typeof attributes?.isActive === 'boolean';
      if (passwordSet) accounts().assertPasswordAllowed(attributes.password);
      if (!watched) return service.updateById(id, attributes);
      const before = await findStored(id);
      if (passwordSet && before && (await matchesHash(attributes.password, before.password))) throw samePasswordRefused();
      return strapi.db.transaction(async () => {
        const updated = await service.updateById(id, attributes);
        // An invitation's registration sets the password and activates the account at once: one entry, the password.
        const registration = passwordSet && has(attributes, 'registrationToken') && attributes.registrationToken === null;
        if (updated) await accounts().updated(before, updated, { password: attributes.password, isActive: registration ? undefined : attributes.isActive });
        return updated;
      });
    },

    async resetPasswordByEmail(email: string, password: string) {
      accounts().assertPasswordAllowed(password);
      const stored = (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })) as { id: number } | null;
      const before = stored ? await findStored(stored.id) : null;
      if (before && (await matchesHash(password, before.password))) throw samePasswordRefused();
      await service.resetPasswordByEmail(email, password);
      if (before) await accounts().updated(before, before, { password });
    },

    async deleteById(id: number | string) {
      return strapi.db.transaction(async () => {
        const deleted = await service.deleteById(id);
        if (deleted) await accounts().deleted([deleted]);
        return deleted;
      });
    },

    async deleteByIds(ids: (number | string)[]) {
      return strapi.db.transaction(async () => {
        const deleted = await service.deleteByIds(ids);
        await accounts().deleted(deleted.filter(Boolean));
        return deleted;
      });
    },
  }));
};

type Ctx = { request: { body?: unknown } };
type Action = (ctx: Ctx, next?: () => Promise<unknown>) => unknown;
type Controller = Record<string, Action | unknown>;

/** The password a request body carries at `path`, if any. */
const bodyPassword = (ctx: Ctx, path: string[]): { present: boolean; value: unknown } => {
  let value: unknown = ctx.request.body;
  for (const key of path) {
    if (!value || typeof value !== 'object' || !(key in (value as Record<string, unknown>))) return { present: false, value: undefined };
    value = (value as Record<string, unknown>)[key];
  }
  return { present: value !== undefined && value !== null, value };
};

/** Controllers of the admin that take a password: the password's place in the body. */
const PASSWORD_ACTIONS: { uid: string; action: string; path: string[] }[] = [
  { uid: 'admin::authentication', action: 'register', path: ['userInfo', 'password'] },
  { uid: 'admin::authentication', action: 'registerAdmin', path: ['password'] },
  { uid: 'admin::authentication', action: 'resetPassword', path: ['password'] },
  { uid: 'admin::authenticated-user', action: 'updateMe', path: ['password'] },
  { uid: 'admin::user', action: 'update', path: ['password'] },
];

export const decorateAdminPasswordControllers = (strapi: Core.Strapi, accounts: () => AccountsService): void => {
  const registry = strapi.get('controllers') as Registry<Controller>;
  const byController = new Map<string, typeof PASSWORD_ACTIONS>();
  for (const entry of PASSWORD_ACTIONS) byController.set(entry.uid, [...(byController.get(entry.uid) ?? []), entry]);
  for (const [uid, entries] of byController) {
    registry.extend(uid, (controller) => {
      const extended: Controller = { ...controller };
      for (const { action, path } of entries) {
        const original = controller[action];
        if (typeof original !== 'function') continue;
        extended[action] = async (ctx: Ctx, next?: () => Promise<unknown>) => {
          const password = bodyPassword(ctx, path);
          if (password.present) {
            accounts().assertPasswordAllowed(password.value);
            // users/me ends every session before it saves: refuse the same password before that happens
            if (password.value === bodyPassword(ctx, ['currentPassword']).value) throw samePasswordRefused();
          }
          return (original as AnyFn as Action).call(controller, ctx, next);
        };
      }
      return extended;
    });
  }
};
