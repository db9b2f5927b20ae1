import type { Core } from '@strapi/strapi';

interface RolesService {
  ensureOfficerRole(extraActions?: string[]): Promise<{ id: number } | null>;
}

/** Actions of other plugins an information officer needs besides the responsibility table. */
export const OFFICER_EXTRA_ACTIONS = ['plugin::review.items.participate'];

/**
 * The 信息员 admin role, created once the admin and every plugin have registered their actions
 * (the app's bootstrap runs after all plugins'), so it can hold the review's actions too.
 */
export const ensureOfficerRole = async (strapi: Core.Strapi): Promise<{ id: number } | null> =>
  (strapi.plugin('responsibility').service('roles') as RolesService).ensureOfficerRole(OFFICER_EXTRA_ACTIONS);
