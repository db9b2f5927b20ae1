import fs from 'fs';
import path from 'path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (apt-get install chromium fonts-noto-cjk); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of every step, kept by CI as artifacts (git-ignored). */
export const SCREENSHOT_ROOT = path.resolve(__dirname, '..', '..', '..', 'artifacts', 'screenshots');

/** How long one action or one wait may take: the admin's first load is slow on a busy 2-core machine. */
const STEP_TIMEOUT_MS = 45_000;

export const launchBrowser = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`);
  }
  // Root in a container: Chromium's sandbox needs user namespaces it does not have.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
};

/**
 * One person's browser: a civil servant's — Chinese system language, Beijing time, a laptop screen.
 * Its own cookies and storage, so several people can be logged in at once.
 */
export const newPersonContext = async (browser: Browser, origin: string): Promise<BrowserContext> => {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 1100 },
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
};

/** Screenshots of one test file, numbered in the order taken: `artifacts/screenshots/<name>/01-<step>.png`. */
export const screenshotFolder = (name: string) => {
  const dir = path.join(SCREENSHOT_ROOT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  return {
    dir,
    /** Full-page screenshot; returns its path. */
    async shoot(page: Page, step: string): Promise<string> {
      count += 1;
      const file = path.join(dir, `${String(count).padStart(2, '0')}-${step}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
};

/** The admin's login form. Strapi's own form (not our content types): found by input type. */
export const logIn = async (page: Page, email: string, password: string): Promise<void> => {
  await page.goto('/admin/auth/login');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  // The admin's home (or a deep link) once the login is accepted: the main navigation shows.
  await page.getByRole('navigation').first().waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth/'));
};

/**
 * Lets the admin finish drawing before a screenshot: network quiet for a moment (bounded — some pages keep
 * a request open) and no loader left. The tests' checks wait for what they need explicitly.
 */
export const settle = async (page: Page): Promise<void> => {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  // No tooltip from a menu link the pointer rests on.
  await page.mouse.move(700, 5);
  await page.locator('#main-content [aria-busy="true"], #main-content [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
};

/** Latin words a Chinese screen may show: product and file-format names, units. */
const ALLOWED_LATIN = new Set(['strapi', 'excel', 'csv', 'xlsx', 'pdf', 'markdown', 'url', 'email', 'id', 'api', 'kb', 'mb', 'gb']);

/**
 * English words left on a screen: visible text (and placeholders) with e-mail addresses, URLs and the
 * allowed product names taken out. A Chinese screen answers [].
 */
export const englishOn = async (page: Page, scope = 'body'): Promise<string[]> => {
  const text = await page.locator(scope).first().evaluate((root) => {
    const placeholders = Array.from(root.querySelectorAll('input[placeholder], textarea[placeholder]'))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => el.getAttribute('placeholder') ?? '');
    return [(root as HTMLElement).innerText, ...placeholders].join('\n');
  });
  const cleaned = text.replace(/[\w.+-]+@[\w.-]+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  const words = cleaned.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? [];
  return Array.from(new Set(words.filter((word) => !ALLOWED_LATIN.has(word.toLowerCase()))));
};

/** Attribute names (and raw enum values) that show on a screen, whole words, any case (list headers are upper case). */
export const namesOn = async (page: Page, names: readonly string[], scope = '#main-content'): Promise<string[]> => {
  const text = await page.locator(scope).first().innerText();
  return names.filter((name) => new RegExp(`(^|[^A-Za-z])${name.replace(/[-/]/g, '\\$&')}($|[^A-Za-z])`, 'i').test(text));
};

/** The admin's interface language (Strapi sets <html lang> to it). */
export const interfaceLanguage = (page: Page): Promise<string | null> => page.evaluate(() => document.documentElement.getAttribute('lang'));
