import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { passwordChangeRequiredMessage } from '@content-assurance/kit/server';
import type { AccountsService } from '../services/accounts';
import { sayMessage } from '@content-assurance/kit/shared';

/**
 * What a person whose password must be changed (an initial password, or one older than
 * `passwords.maxAgeDays`) may still do: read who they are, change the password in their profile,
 * see and end their sessions, log out, read their password status, and what the admin panel's shell
 * loads before it shows the profile page. Everything else answers 403 PASSWORD_CHANGE_REQUIRED.
 * (Routes without authentication — login, token renewal, init, registration — are not concerned.)
 */
const ALLOWED: { method: string; path: RegExp }[] = [
  { method: 'GET', path: /^\/admin\/users\/me(\/permissions|\/sessions)?$/ },
  { method: 'DELETE', path: /^\/admin\/users\/me\/sessions(\/[^/]+)?$/ },
  { method: 'POST', path: /^\/admin\/logout$/ },
  { method: 'GET', path: /^\/admin\/(project-type|information|telemetry-properties|guided-tour-meta|license-trial-time-left)$/ },
  { method: 'GET', path: /^\/responsibility\/account\/password-status$/ },
];

type GateContext = {
  method: string;
  path: string;
  request: { body?: unknown };
  state: { auth?: { strategy?: { name?: string } }; user?: { id: number } };
};

const isAllowed = (ctx: GateContext): boolean => {
  if (ctx.method === 'PUT' && ctx.path === '/admin/users/me') {
    // the profile form, when it changes the password
    const body = ctx.request.body as { password?: unknown } | undefined;
    return typeof body?.password === 'string' && body.password.length > 0;
  }
  return ALLOWED.some((rule) => rule.method === ctx.method && rule.path.test(ctx.path));
};

/**
 * The password gate: wraps Strapi's authentication so that, once an admin session is recognised, a
 * person whose password must change is stopped on every admin-type route (the admin's own, the
 * content-manager, the plugins') but the allowed ones. Admin API tokens are machine credentials and
 * are not concerned.
 */
export const installPasswordGate = (strapi: Core.Strapi, accounts: () => AccountsService): void => {
  const auth = strapi.get('auth') as { authenticate(ctx: GateContext, next: () => Promise<unknown>): Promise<unknown> };
  const authenticate = auth.authenticate.bind(auth);
  auth.authenticate = (ctx, next) =>
    authenticate(ctx, async () => {
      const user = ctx.state.user;
      if (ctx.state.auth?.strategy?.name === 'admin' && user && !isAllowed(ctx)) {
        const status = await accounts().statusOf(user.id);
        if (status.mustChange && status.reason) {
          throw new errors.PolicyError(
            ...sayMessage(passwordChangeRequiredMessage(status.reason), {
              code: 'PASSWORD_CHANGE_REQUIRED',
              reason: status.reason,
              expiresAt: status.expiresAt?.toISOString() ?? null,
            }),
          );
        }
      }
      return next();
    });
};
