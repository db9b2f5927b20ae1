import { errors } from '@strapi/utils';

import { personName } from '../services/responsibility';
import type { Actor } from '../services/review';
import { say } from '../errors';

export interface AdminContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number; email: string; firstname?: string | null; lastname?: string | null; roles?: { code: string }[] } };
  body: unknown;
  status: number;
  type: string;
  set(name: string, value: string): void;
}

export const actorOf = (ctx: AdminContext): Actor => {
  const user = ctx.state.user;
  if (!user) throw new errors.UnauthorizedError(...say('请先登录管理后台', 'Log in to the admin first'));
  return { id: user.id, email: user.email, name: personName(user), isSuperAdmin: (user.roles ?? []).some((r) => r.code === 'strapi-super-admin') };
};
