/**
 * Issue #11 "Done when": each demo person logs in and the pages they use — the content-manager's list of
 * 稿件 and our plugin pages (任务分工表 / 我的栏目, 待我审核, 逾期提醒) — are Chinese. Every page is
 * screenshotted (artifacts/screenshots/tour/).
 */
import path from 'path';

import type { Browser, Page } from 'playwright-core';

import { DEMO_PASSWORD_DEFAULT } from '../../src/demo/accounts';
import { englishOn, interfaceLanguage, launchBrowser, logIn, namesOn, newPersonContext, SCREENSHOT_ROOT, screenshotFolder, settle } from './helpers/browser';
import { startBrowserServer, type BrowserServer } from './helpers/server';

const PASSWORD = process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;

/** Our plugins' pages, by the name of their main-menu link (the plugins' zh-Hans names). */
const PLUGIN_PAGES = {
  任务分工表: '/admin/plugins/responsibility',
  我的栏目: '/admin/plugins/responsibility-my-columns',
  待我审核: '/admin/plugins/review',
  逾期提醒: '/admin/plugins/overdue',
} as const;
type PluginPage = keyof typeof PLUGIN_PAGES;

/** The demo's people (src/demo/accounts.ts) and the plugin pages their menu must offer. */
const PEOPLE: { key: string; email: string; who: string; pages: PluginPage[] }[] = [
  { key: 'officer-sthj', email: 'officer.sthj@example.gov.cn', who: '李晓东 信息员 市生态环境局', pages: ['任务分工表', '我的栏目', '待我审核'] },
  { key: 'section-reviewer', email: 'reviewer.sthj@example.gov.cn', who: '王海燕 科室审核', pages: ['任务分工表', '我的栏目', '待我审核'] },
  { key: 'confidentiality-reviewer', email: 'secrecy.sthj@example.gov.cn', who: '张立新 保密审核', pages: ['任务分工表', '我的栏目', '待我审核'] },
  { key: 'leader-in-charge', email: 'leader.sthj@example.gov.cn', who: '刘振华 分管负责人', pages: ['任务分工表', '我的栏目', '待我审核'] },
  { key: 'principal-leader', email: 'chief.sthj@example.gov.cn', who: '陈国庆 主要负责人', pages: ['任务分工表', '我的栏目', '待我审核'] },
  { key: 'officer-jx', email: 'officer.jx@example.gov.cn', who: '赵春梅 信息员 集贤县政府', pages: ['任务分工表', '我的栏目', '待我审核'] },
  { key: 'site-administrator', email: 'webadmin@example.gov.cn', who: '周文斌 网站管理员', pages: ['任务分工表', '我的栏目', '待我审核', '逾期提醒'] },
];

/** The article's attribute names: none may show in the list (headers are upper-cased by CSS). */
const ARTICLE_NAMES = ['title', 'body', 'column', 'submittingUnit', 'author', 'source', 'writtenAt', 'infoType', 'importance', 'isPolicyDocument', 'needsInterpretation'];

/** Words of a page that failed to load or was refused. */
const BROKEN = /加载失败|出错了|没有权限|Forbidden|Not Found|Something went wrong/;

let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The English words left on each person's screens, for the check after the tour. */
const englishOf: Record<string, Record<string, string>> = {};

describe.each(PEOPLE)('$who ($email)', (person) => {
  it('sees the 稿件 list and their plugin pages in Chinese', async () => {
    const shots = screenshotFolder(`tour/${person.key}`);
    const context = await newPersonContext(browser, server.origin);
    const english: Record<string, string> = {};
    const visit = async (page: Page, name: string): Promise<void> => {
      await settle(page);
      const file = await shots.shoot(page, name);
      expect(await page.locator('#main-content').innerText()).not.toMatch(BROKEN);
      const words = await englishOn(page);
      if (words.length > 0) english[path.relative(SCREENSHOT_ROOT, file)] = words.join(' ');
    };
    try {
      const page = await context.newPage();
      await logIn(page, person.email, PASSWORD);
      await visit(page, 'home');
      expect(await interfaceLanguage(page)).toBe('zh-Hans');

      // The content-manager's list of 稿件, chosen by its name among the collection types.
      await page.goto('/admin/content-manager');
      await page.getByRole('link', { name: /^稿件/ }).click();
      await page.getByRole('grid').or(page.getByRole('table')).first().waitFor();
      await visit(page, 'articles-list');
      expect(await namesOn(page, ARTICLE_NAMES)).toEqual([]);

      // Our pages, from the main menu by their Chinese names.
      const menu = page.getByRole('navigation').first();
      for (const name of person.pages) {
        await menu.getByRole('link', { name, exact: true }).click();
        await page.waitForURL((url) => url.pathname.startsWith(PLUGIN_PAGES[name]));
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await visit(page, `plugin-${PLUGIN_PAGES[name].split('/').pop()}`);
      }
      englishOf[person.key] = english;
    } finally {
      await context.close();
    }
  });
});

// Strapi's own chrome included (its zh-Hans gaps are filled from src/admin/translations/strapi-zh-Hans).
it('no English is left on any screen of the tour', () => {
  expect(Object.keys(englishOf)).toHaveLength(PEOPLE.length);
  expect(Object.values(englishOf).filter((screens) => Object.keys(screens).length > 0)).toEqual([]);
});
