import { errors } from '@strapi/utils';

import { say } from '../shared/messages';

/** The admin user Strapi's admin auth puts on `ctx.state.user`, as far as our controllers read it. */
export interface AdminUserState {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  roles?: { code: string }[];
  /** The interface language of the profile (Strapi's spelling). */
  preferedLanguage?: string | null;
}

/** The person acting in an admin request. */
export interface AdminActor {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  isSuperAdmin: boolean;
}

/** The admin user of a request (401 when there is none). */
export const adminActorOf = (ctx: { state: { user?: AdminUserState } }): AdminActor => {
  const user = ctx.state.user;
  if (!user) throw new errors.UnauthorizedError(...say('请先登录管理后台', 'Log in to the admin first'));
  return {
    id: user.id,
    email: user.email,
    firstname: user.firstname,
    lastname: user.lastname,
    isSuperAdmin: (user.roles ?? []).some((role) => role.code === 'strapi-super-admin'),
  };
};
