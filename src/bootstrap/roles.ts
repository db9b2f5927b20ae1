import type { Core } from '@strapi/strapi';

interface RolesService {
  ensureOfficerRole(extraActions?: string[]): Promise<{ id: number } | null>;
  ensureReviewerRole(extraActions?: string[]): Promise<{ id: number } | null>;
}

/** Actions of other plugins information officers and reviewers need besides the responsibility table. */
export const OFFICER_EXTRA_ACTIONS = ['plugin::review.items.participate'];

/**
 * The 信息员 admin role, created once the admin and every plugin have registered their actions
 * (the app's bootstrap runs after all plugins'), so it can hold the review's actions too.
 */
export const ensureOfficerRole = async (strapi: Core.Strapi): Promise<{ id: number } | null> =>
  (strapi.plugin('responsibility').service('roles') as RolesService).ensureOfficerRole(OFFICER_EXTRA_ACTIONS);

/** The 审核人 admin role (reads the items of their units' columns and decides on them; no editing). */
export const ensureReviewerRole = async (strapi: Core.Strapi): Promise<{ id: number } | null> =>
  (strapi.plugin('responsibility').service('roles') as RolesService).ensureReviewerRole(OFFICER_EXTRA_ACTIONS);
