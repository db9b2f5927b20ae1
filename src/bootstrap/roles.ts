import type { Core } from '@strapi/strapi';

import { responsibilityApi } from '@content-assurance/kit/server';

/** Actions of other plugins information officers and reviewers need besides the responsibility table. */
export const OFFICER_EXTRA_ACTIONS = ['plugin::review.items.participate'];

/**
 * The 信息员 admin role, created once the admin and every plugin have registered their actions
 * (the app's bootstrap runs after all plugins'), so it can hold the review's actions too.
 */
export const ensureOfficerRole = async (strapi: Core.Strapi): Promise<{ id: number } | null> =>
  responsibilityApi(strapi).roles.ensureOfficerRole(OFFICER_EXTRA_ACTIONS);

/** The 审核人 admin role (reads the items of their units' columns and decides on them; no editing). */
export const ensureReviewerRole = async (strapi: Core.Strapi): Promise<{ id: number } | null> =>
  responsibilityApi(strapi).roles.ensureReviewerRole(OFFICER_EXTRA_ACTIONS);
