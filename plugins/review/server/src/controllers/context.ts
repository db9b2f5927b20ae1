import { adminActorOf, personName, type AdminUserState } from '@content-assurance/kit/server';

import type { Actor } from '../services/review';

export interface AdminContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: AdminUserState };
  body: unknown;
  status: number;
  type: string;
  set(name: string, value: string): void;
}

/** The person acting in an admin request, with their name (401 when there is none). */
export const actorOf = (ctx: AdminContext): Actor => {
  const user = adminActorOf(ctx);
  return { id: user.id, email: user.email, name: personName(user), isSuperAdmin: user.isSuperAdmin };
};
