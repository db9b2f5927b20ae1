import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Actor } from './services/ownership';
import { say } from './errors';

/**
 * Who a Document Service call acts for — the one answer every guard of ours asks:
 * - `system`: code outside a request (bootstrap, the demo seed, scheduled jobs);
 * - `person`: someone logged in to the admin (content-manager, our admin routes);
 * - `content-api`: the public, a users-permissions account or an API token (REST, GraphQL). These
 *   read published versions and post inquiries; they stand for no staff member, whatever their email
 *   (一人一账号: a person's account is their admin account).
 */
export type Principal =
  | { kind: 'system' }
  | { kind: 'person'; actor: Actor }
  | { kind: 'content-api'; via: 'public' | 'user' | 'api-token' };

type AuthState = { auth?: { strategy?: { name?: string } }; user?: { id: number; email: string; roles?: { code: string }[] } };

export const principalOfRequest = (strapi: Core.Strapi): Principal => {
  const ctx = strapi.requestContext.get();
  if (!ctx) return { kind: 'system' };
  const state = (ctx.state ?? {}) as AuthState;
  const strategy = state.auth?.strategy?.name;
  if (strategy === 'admin' && state.user) {
    const user = state.user;
    return { kind: 'person', actor: { id: user.id, email: user.email, isSuperAdmin: (user.roles ?? []).some((role) => role.code === 'strapi-super-admin') } };
  }
  if (strategy === 'users-permissions' && state.user) return { kind: 'content-api', via: 'user' };
  if (strategy && strategy !== 'users-permissions') return { kind: 'content-api', via: 'api-token' };
  return { kind: 'content-api', via: 'public' };
};

/** The refusal every content-API write of an item meets. */
export const contentApiWriteRefused = (): errors.PolicyError =>
  new errors.PolicyError(
    ...say(
      '内容接口只能读取已发布的内容和提交留言：稿件、解读和回复须由备案人员登录管理后台以本人账号报送',
      'The content API reads published content and posts inquiries only: items are written in the admin by registered staff with their own account',
    ),
  );

/**
 * The admin person a request acts for; null for the system. A content-API caller is refused (403):
 * whatever asks who acts — a write, a publication — it is never a staff member.
 */
export const actorOfRequest = (strapi: Core.Strapi): Actor | null => {
  const principal = principalOfRequest(strapi);
  if (principal.kind === 'system') return null;
  if (principal.kind === 'content-api') throw contentApiWriteRefused();
  return principal.actor;
};
