/**
 * Issue #11 "Done when": the information officer's journey in a real browser — a new 稿件 written in the
 * content-manager with no knowledge of field names, submitted for review, approved by the three reviewers
 * of 市生态环境局 in the 审核 panel, published by the officer, and its 审批单 showing the three signers.
 * Every screen is screenshotted (artifacts/screenshots/journey/) and checked for English.
 */
import path from 'path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DEMO_PASSWORD_DEFAULT } from '../../src/demo/accounts';
import { englishOn, interfaceLanguage, launchBrowser, logIn, namesOn, newPersonContext, SCREENSHOT_ROOT, screenshotFolder, settle } from './helpers/browser';
import { startBrowserServer, type BrowserServer } from './helpers/server';

const PASSWORD = process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;
const OFFICER = { email: 'officer.sthj@example.gov.cn', name: '李晓东' };
/** The default workflow's three levels for an ordinary (一般) article, in order. */
const REVIEWERS = [
  { email: 'reviewer.sthj@example.gov.cn', name: '王海燕', level: '初审', opinion: '内容属实，文字已核对，同意报送。' },
  { email: 'secrecy.sthj@example.gov.cn', name: '张立新', level: '保密审核', opinion: '经保密审查，不涉及国家秘密和工作秘密。' },
  { email: 'leader.sthj@example.gov.cn', name: '刘振华', level: '分管负责人审签', opinion: '同意发布。' },
] as const;

const ARTICLE = {
  title: '市生态环境局召开第四季度重点排污单位执法检查部署会',
  body: '为进一步压实企业治污主体责任，市生态环境局于近日召开会议，部署第四季度重点排污单位执法检查工作。',
  /** A column 市生态环境局 feeds (主页栏目 > 部门动态, weekly, all municipal departments). */
  column: '部门动态',
  unit: '市生态环境局',
};

/** The article's attribute names: none may show on the officer's screens. */
const ARTICLE_NAMES = [
  'title', 'body', 'column', 'submittingUnit', 'author', 'source', 'writtenAt', 'infoType', 'importance',
  'isPolicyDocument', 'needsInterpretation', 'interpretations',
] as const;
/** Enumerations of a new article show their default in Chinese, not the raw value (text, normal). */
const ENUM_DEFAULTS = [
  { label: /^信息类型/, shown: '文字' },
  { label: /^重要程度/, shown: '一般' },
] as const;

const ARTICLES_LIST = '/admin/content-manager/collection-types/api::article.article';

let server: BrowserServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const shots = screenshotFolder('journey');
/** English found on each screen, by screenshot: asserted empty at the end (the journey itself goes on). */
const english: Record<string, string> = {};
let officer: Page;
/** What the login page showed before anyone logged in (asserted at the end: the journey does not need it). */
const login: { language: string | null; button: string } = { language: null, button: '' };
let editUrl = '';
let sheetSerial = '';

/** Screenshot a screen and note the English on it. */
const capture = async (page: Page, step: string): Promise<void> => {
  await settle(page);
  const file = await shots.shoot(page, step);
  const words = await englishOn(page);
  if (words.length > 0) english[path.relative(SCREENSHOT_ROOT, file)] = words.join(' ');
};

const personPage = async (email: string): Promise<Page> => {
  const context = await newPersonContext(browser, server.origin);
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, email, PASSWORD);
  return page;
};

/**
 * One step of the journey: later steps need the earlier ones, so after a failure the rest fail at once
 * (not after their timeouts), and the failing screen is screenshotted (FAILED-…).
 */
let broken: string | null = null;
const step = (name: string, run: () => Promise<void>) =>
  it(name, async () => {
    if (broken) throw new Error(`not run: the step "${broken}" failed`);
    try {
      await run();
    } catch (error) {
      broken = name;
      for (const context of contexts) for (const page of context.pages()) await shots.shoot(page, `FAILED-${contexts.indexOf(context)}`).catch(() => undefined);
      throw error;
    }
  });

/** The 审核 side panel of the edit view (a titled aside of the content-manager). */
const reviewPanel = (page: Page) => page.locator('aside').filter({ has: page.getByText('审核', { exact: true }) });

beforeAll(async () => {
  server = await startBrowserServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

describe('the officer’s journey: new article → three reviewers → publish → approval sheet', () => {
  step('the officer opens the admin: the login page', async () => {
    const context = await newPersonContext(browser, server.origin);
    contexts.push(context);
    officer = await context.newPage();
    await officer.goto('/admin');
    await officer.locator('input[type="email"]').waitFor();
    await capture(officer, 'login');
    login.language = await interfaceLanguage(officer);
    login.button = (await officer.locator('button[type="submit"]').innerText()).trim();
  });

  step('the officer logs in and opens 稿件 in the content-manager', async () => {
    await logIn(officer, OFFICER.email, PASSWORD);
    expect(await interfaceLanguage(officer)).toBe('zh-Hans');
    await capture(officer, 'officer-home');
    // The content-manager, then 稿件 among its collection types, by its visible name.
    await officer.goto('/admin/content-manager');
    await officer.getByRole('link', { name: /^稿件/ }).click();
    await officer.waitForURL((url) => url.pathname === ARTICLES_LIST);
    await officer.getByRole('grid').or(officer.getByRole('table')).first().waitFor();
    await capture(officer, 'officer-articles-list');
    expect(await namesOn(officer, ARTICLE_NAMES)).toEqual([]);
  });

  step('writes a new article by its Chinese labels and saves it', async () => {
    // Strapi's own button (its words are checked with the rest of the screen): the link to the create view.
    await officer.locator('main a[href*="/create"]').first().click();
    await officer.waitForURL(/\/create/);
    await officer.getByLabel(/^标题/).fill(ARTICLE.title);
    // 正文 is Markdown in a CodeMirror editor: click into it under its label and type.
    const body = officer.locator('div').filter({ has: officer.getByText('正文', { exact: true }) }).locator('.CodeMirror, [contenteditable="true"]').first();
    await body.click();
    await officer.keyboard.type(ARTICLE.body);
    // 发布栏目: the relation picker, searched and chosen by the column's Chinese name.
    const column = officer.getByRole('combobox', { name: /^发布栏目/ });
    await column.click();
    await column.fill(ARTICLE.column);
    await officer.getByRole('option', { name: ARTICLE.column, exact: true }).click();
    await capture(officer, 'officer-new-article-filled');
    expect(await namesOn(officer, ARTICLE_NAMES)).toEqual([]);
    for (const { label, shown } of ENUM_DEFAULTS) expect((await officer.getByRole('combobox', { name: label }).innerText()).trim()).toBe(shown);

    await officer.getByRole('button', { name: '保存' }).click();
    await officer.waitForURL((url) => /\/api::article\.article\/[a-z0-9]{20,}/.test(url.pathname));
    editUrl = officer.url();
    await reviewPanel(officer).getByRole('button', { name: '提交审核' }).waitFor();
    await capture(officer, 'officer-article-saved');
    expect(await namesOn(officer, ARTICLE_NAMES)).toEqual([]);
    // The submitting unit defaults to the officer's own (issue #11 item 3): nothing to choose.
    // (the field: the nearest block around its label that holds the list of chosen relations)
    const unitField = officer.getByText(/^报送单位/).locator('xpath=ancestor::*[.//ol][1]');
    expect((await unitField.locator('ol > li').allInnerTexts()).map((text) => text.split('\n')[0].trim())).toEqual([ARTICLE.unit]);
  });

  step('submits it for review (提交审核 in the review panel)', async () => {
    await reviewPanel(officer).getByRole('button', { name: '提交审核' }).click();
    await officer.getByText('已提交审核').first().waitFor();
    await reviewPanel(officer).getByText(/审核中/).first().waitFor();
    await capture(officer, 'officer-submitted');
  });

  for (const [index, reviewer] of REVIEWERS.entries()) {
    step(`${reviewer.level}: ${reviewer.name} finds it in 待我审核 and approves with an opinion`, async () => {
      const page = await personPage(reviewer.email);
      expect(await interfaceLanguage(page)).toBe('zh-Hans');
      await page.getByRole('navigation').getByRole('link', { name: '待我审核' }).click();
      const row = page.getByRole('row').filter({ hasText: ARTICLE.title });
      await row.waitFor();
      await capture(page, `reviewer-${index + 1}-waiting`);
      await row.getByRole('link', { name: '去审核' }).or(row.getByRole('button', { name: '去审核' })).first().click();
      await page.waitForURL((url) => editUrl.endsWith(url.pathname));
      const panel = reviewPanel(page);
      await panel.getByRole('button', { name: '同意' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(reviewer.level).first().waitFor();
      await dialog.getByLabel(/审核意见/).fill(reviewer.opinion);
      await capture(page, `reviewer-${index + 1}-opinion`);
      await dialog.getByRole('button', { name: '同意' }).click();
      await page.getByText('已签署同意').first().waitFor();
      await panel.getByText(reviewer.opinion).waitFor();
      await capture(page, `reviewer-${index + 1}-approved`);
    });
  }

  step('the officer publishes the approved article', async () => {
    await officer.goto(editUrl);
    const panel = reviewPanel(officer);
    await panel.getByText('审核通过').first().waitFor();
    await panel.getByRole('button', { name: '发布' }).click();
    await officer.getByRole('alertdialog').or(officer.getByRole('dialog')).getByRole('button', { name: '发布' }).click();
    await officer.getByText('已发布').first().waitFor();
    await capture(officer, 'officer-published');
    const published = await server.strapi.documents('api::article.article').findFirst({ filters: { title: ARTICLE.title }, status: 'published' });
    expect(published?.title).toBe(ARTICLE.title);
  });

  step('the approval sheet (审批单) shows the three signers and their opinions', async () => {
    await reviewPanel(officer).getByRole('button', { name: '审批单' }).click();
    const dialog = officer.getByRole('dialog');
    const sheet = dialog.frameLocator('iframe').locator('body');
    await sheet.getByText(ARTICLE.title).first().waitFor();
    await capture(officer, 'approval-sheet');
    const text = await sheet.innerText();
    for (const reviewer of REVIEWERS) {
      expect(text).toContain(reviewer.name);
      expect(text).toContain(reviewer.opinion);
    }
    expect(text).toContain(`单位：${ARTICLE.unit}`);
    expect(text).toContain(`主页栏目 > ${ARTICLE.column}`);
    sheetSerial = (await sheet.getByText(/^序号：/).innerText()).trim();
  });

  it('the approval sheet is numbered (序号, per unit and year — issue #11 item 8)', () => {
    expect(sheetSerial).toMatch(/^序号：\s*\S+/);
  });

  it('the login page is Chinese before anyone logs in', () => {
    expect(login).toEqual({ language: 'zh-Hans', button: '登录' });
  });

  // Strapi's own chrome included (its zh-Hans gaps are filled from src/admin/translations/strapi-zh-Hans).
  it('every screen of the journey is Chinese (no English words left)', () => {
    expect(english).toEqual({});
  });
});
