import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000';
export const SCREENSHOT_DIR = resolve(__dirname, '../../../dist/screenshots');
export const DEMO_PASSWORD = 'Demo-2016!';

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'az-AZ',
    timezoneId: 'Asia/Baku',
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { pageErrors?: string[] }).pageErrors = errors;
  return { context, page };
}

/**
 * Full-page screenshot to dist/screenshots/<name>.png. The shell scrolls inside its content
 * pane, so the viewport is grown to the content's height for the shot, then restored.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  const viewport = page.viewportSize() ?? { width: 1366, height: 900 };
  const contentHeight = await page.evaluate(() => {
    const pane = document.querySelector('mat-sidenav-content');
    const bar = document.querySelector('mat-toolbar');
    return pane ? pane.scrollHeight + (bar?.clientHeight ?? 0) : document.documentElement.scrollHeight;
  });
  const height = Math.min(Math.max(viewport.height, contentHeight), 6000);
  if (height !== viewport.height) await page.setViewportSize({ width: viewport.width, height });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  if (height !== viewport.height) await page.setViewportSize(viewport);
  return file;
}

/** Signs in through the sign-in page and waits for the shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-submit').waitFor();
}

/** Switches the UI language through the top bar and waits until <html lang> follows. */
export async function switchLanguage(page: Page, code: 'az' | 'en'): Promise<void> {
  await page.getByTestId('language-switch').first().click();
  await page.getByTestId(`language-${code}`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}
