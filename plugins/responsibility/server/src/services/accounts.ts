import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ResponsibilityConfig } from '../config';
import {
  ADMIN_PASSWORD_RULE,
  mustChangeAfterSet,
  passwordMessage,
  passwordProblems,
  passwordSetterOf,
  passwordStatus,
  type PasswordSetter,
  type PasswordStatus,
} from '@content-assurance/kit/server';
import { PLUGIN_ID } from '../plugin-id';
import { repositories } from '../repositories';
import type { AccountUserRef } from '../repositories/accounts';
import type { DutyChangeAction } from '../repositories/duties';
import { getService } from '../utils';
import type { PasswordStatusView } from '../../../shared/contracts';
import { sayMessage } from '@content-assurance/kit/shared';

/** An admin user as Strapi's admin user service hands it over (the fields we read). */
export interface AdminUserLike {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  isActive?: boolean;
}

/** Who is acting: the system (no request), the holder of a link (invitation, reset: no one logged in), or a logged-in admin. */
type Acting = { kind: 'system' } | { kind: 'anonymous' } | { kind: 'admin'; user: AdminUserLike };

const SYSTEM_ACTOR = { email: 'system@content-assurance', name: '系统 system' };

const personName = (user: Pick<AdminUserLike, 'firstname' | 'lastname' | 'email'>): string =>
  [user.lastname, user.firstname].filter(Boolean).join('') || user.email;

const SETTER_DETAIL: Record<PasswordSetter, string> = {
  self: '本人设置 set by the person',
  administrator: '管理员设置，须在首次登录时修改 set by an administrator, to be changed at first login',
  system: '系统设置 set by the system',
};

/**
 * The account rules of the notices (000 二(四), 002 art. 8) for admin users: the password rule on
 * every path that sets one, an initial password (set by someone else) changed at first login, a
 * password older than `passwords.maxAgeDays` changed before anything else, and every account change
 * (created, disabled, enabled, deleted, password changed — never the password) in the duty change log.
 */
const accounts = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const settings = () => strapi.config.get<ResponsibilityConfig>(`plugin::${PLUGIN_ID}`).passwords;
  const now = () => getService(strapi, 'clock').now();

  const acting = (): Acting => {
    const ctx = strapi.requestContext.get() as { state?: { user?: AdminUserLike; auth?: { strategy?: { name?: string } } } } | undefined;
    if (!ctx) return { kind: 'system' };
    const strategy = ctx.state?.auth?.strategy?.name;
    const user = ctx.state?.user;
    if (user && (strategy === 'admin' || strategy === 'admin-token')) return { kind: 'admin', user };
    return { kind: 'anonymous' };
  };

  const actorOf = (who: Acting, subject: AdminUserLike | AccountUserRef) => {
    if (who.kind === 'admin') return { email: who.user.email, name: personName(who.user) };
    if (who.kind === 'anonymous') return { email: subject.email, name: personName(subject) };
    return SYSTEM_ACTOR;
  };

  const log = async (action: DutyChangeAction, subject: AdminUserLike | AccountUserRef, who: Acting, detail: string | null = null) => {
    const actor = actorOf(who, subject);
    await repo.duties.logChange({
      action,
      duty: null,
      unitName: null,
      userEmail: subject.email,
      userName: personName(subject),
      actorEmail: actor.email,
      actorName: actor.name,
      detail,
      at: now().toISOString(),
    });
  };

  const setterOf = (userId: number, who: Acting): PasswordSetter =>
    passwordSetterOf(userId, who.kind === 'admin' ? { kind: 'admin', id: who.user.id } : who);

  return {
    /** Throws a 400 (in the person's language) when `password` breaks the admin password rule. */
    assertPasswordAllowed(password: unknown): void {
      const problems = passwordProblems(password, ADMIN_PASSWORD_RULE);
      if (problems.length > 0) {
        throw new errors.ValidationError(...sayMessage(passwordMessage(problems, ADMIN_PASSWORD_RULE), { code: 'WEAK_PASSWORD', problems: problems.map((p) => p.code) }));
      }
    },

    /** After an admin user was created: its record (a password set here is an initial one unless the person set it) and the log. */
    async created(user: AdminUserLike, passwordSet: boolean): Promise<void> {
      const who = acting();
      const setBy = passwordSet ? setterOf(user.id, who) : null;
      await repo.accounts.save({
        userId: user.id,
        email: user.email,
        passwordChangedAt: passwordSet ? now() : null,
        passwordSetBy: setBy,
        mustChangePassword: setBy ? mustChangeAfterSet(setBy, settings().seededMustChange) : false,
      });
      await log('account-created', user, who, setBy ? SETTER_DETAIL[setBy] : '待本人通过邀请链接设置密码 the person sets the password through the invitation link');
    },

    /** After an admin user was updated: a new password restarts its age; an activation change is logged. */
    async updated(before: AdminUserLike | null, after: AdminUserLike, attributes: { password?: unknown; isActive?: unknown }): Promise<void> {
      const who = acting();
      if (attributes.password !== undefined) {
        const setBy = setterOf(after.id, who);
        await repo.accounts.save({
          userId: after.id,
          email: after.email,
          passwordChangedAt: now(),
          passwordSetBy: setBy,
          mustChangePassword: mustChangeAfterSet(setBy, settings().seededMustChange),
        });
        await log('password-changed', after, who, SETTER_DETAIL[setBy]);
      }
      if (typeof attributes.isActive === 'boolean' && before && before.isActive !== attributes.isActive) {
        await log(attributes.isActive ? 'account-enabled' : 'account-disabled', after, who);
      }
    },

    async deleted(users: AdminUserLike[]): Promise<void> {
      const who = acting();
      await repo.accounts.deleteByUserIds(users.map((u) => u.id));
      for (const user of users) await log('account-deleted', user, who);
    },

    /** The password status of an admin user now; a user without a record gets one that starts its password's age today. */
    async statusOf(userId: number): Promise<PasswordStatus> {
      let record = await repo.accounts.findByUserId(userId);
      if (!record) {
        const user = await repo.accounts.findUser(userId);
        if (!user) return { mustChange: false, reason: null, expiresAt: null, warn: false, daysLeft: null };
        try {
          await repo.accounts.save({ userId, email: user.email, passwordChangedAt: now(), passwordSetBy: null, mustChangePassword: false });
        } catch (error) {
          // a parallel request of the same person made it first (userId is unique): read theirs
          strapi.log.debug(`responsibility: account record of admin user ${userId} made by another request (${String(error)})`);
        }
        record = await repo.accounts.findByUserId(userId);
      }
      const { maxAgeDays, warnDays } = settings();
      return passwordStatus(
        { passwordChangedAt: record?.passwordChangedAt ?? null, mustChangePassword: record?.mustChangePassword ?? false },
        { maxAgeDays, warnDays },
        now(),
      );
    },

    async statusView(userId: number): Promise<PasswordStatusView> {
      const status = await this.statusOf(userId);
      const { maxAgeDays, warnDays } = settings();
      return { ...status, expiresAt: status.expiresAt?.toISOString() ?? null, maxAgeDays, warnDays };
    },

    /** On start: admin users made before these rules (or straight in the database) get a record; their password's age starts now. */
    async backfill(): Promise<number> {
      const users = await repo.accounts.usersWithoutRecord();
      const at = now();
      for (const user of users) {
        await repo.accounts.save({ userId: user.id, email: user.email, passwordChangedAt: at, passwordSetBy: null, mustChangePassword: false });
      }
      return users.length;
    },
  };
};

export default accounts;
export type AccountsService = ReturnType<typeof accounts>;
