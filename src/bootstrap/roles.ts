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

/** An admin role's Chinese name and description, and the names it may carry from Strapi or a plugin. */
interface RoleNaming {
  code: string;
  /** The names given at creation (Strapi's defaults, the responsibility plugin's bilingual names). */
  createdAs: string[];
  name: string;
  description: string;
}

/**
 * Role names are data, shown as is (upper-cased) on the home page, in account lists and pickers: Strapi
 * creates "Super Admin", "Editor" and "Author"; the responsibility plugin named its roles "信息员 Information officer" and
 * "审核人 Reviewer" before it named them in Chinese. Nothing keys on a role's name (Strapi and our plugins use `code`), so a role still
 * named as created gets its Chinese name; a name an administrator chose is kept.
 */
export const ROLE_NAMES: RoleNaming[] = [
  { code: 'strapi-super-admin', createdAs: ['Super Admin'], name: '超级管理员', description: '可访问和管理全部功能与设置。' },
  { code: 'strapi-editor', createdAs: ['Editor'], name: '编辑', description: '可管理和发布全部内容，包括其他用户的内容。' },
  { code: 'strapi-author', createdAs: ['Author'], name: '作者', description: '可管理本人创建的内容。' },
  { code: 'content-assurance-officer', createdAs: ['信息员 Information officer'], name: '信息员', description: '报送本单位负责栏目的稿件、解读和回复。' },
  { code: 'content-assurance-reviewer', createdAs: ['审核人 Reviewer'], name: '审核人', description: '审核本单位负责栏目的稿件、解读和回复，不能修改。' },
];

/** Gives the admin roles still named as created their Chinese names (run after the roles exist). */
export const nameRolesInChinese = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role');
  for (const naming of ROLE_NAMES) {
    const role = (await roles.findOne({ code: naming.code })) as { id: number; name: string } | null;
    if (role && naming.createdAs.includes(role.name)) await roles.update({ id: role.id }, { name: naming.name, description: naming.description });
  }
};
