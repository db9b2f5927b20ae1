import { randomUUID } from 'crypto';

import type { Core } from '@strapi/strapi';
import request from 'supertest';

/** A read-only or full-access API token (as a frontend team or an integration would use). */
export const createApiToken = async (strapi: Core.Strapi, type: 'read-only' | 'full-access'): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${Date.now()}-${Math.random().toString(16).slice(2)}`,
    type,
    lifespan: null,
    description: 'created by the test suite',
  });
  return token.accessKey as string;
};

/** Logs in over the admin API and returns the admin JWT. */
export const adminLogin = async (strapi: Core.Strapi, email: string, password: string): Promise<string> => {
  const response = await request(strapi.server.httpServer).post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login of ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
};

/**
 * A users-permissions account (REST, GraphQL) for a person, and its JWT. The responsibility plugin
 * matches it by email to the person's admin account and duties.
 */
export const apiUserJwt = async (strapi: Core.Strapi, email: string): Promise<string> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await strapi.db.query('plugin::users-permissions.user').create({
    data: { username: email, email, provider: 'local', password: 'Passw0rd!', confirmed: true, blocked: false, role: role.id },
  });
  return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
};

/**
 * An admin access token for a person without going through /admin/login (which is rate limited):
 * the same session manager the login uses.
 */
export const adminJwtFor = async (strapi: Core.Strapi, email: string): Promise<string> => {
  const user = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (!user) throw new Error(`no admin user ${email}`);
  const manager = (strapi as unknown as { sessionManager: (origin: string) => SessionManager }).sessionManager('admin');
  const { token: refresh } = await manager.generateRefreshToken(String(user.id), randomUUID(), { type: 'session' });
  const access = await manager.generateAccessToken(refresh);
  if ('error' in access) throw new Error(`no access token for ${email}`);
  return access.token;
};

interface SessionManager {
  generateRefreshToken(userId: string, deviceId: string, options: { type: 'session' | 'refresh' }): Promise<{ token: string }>;
  generateAccessToken(refreshToken: string): Promise<{ token: string } | { error: string }>;
}
