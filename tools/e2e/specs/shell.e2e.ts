import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import { BASE_URL, launchBrowser, newPage, screenshot, signIn, switchLanguage } from '../support/browser';

describe('portal shell', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens the sign-in page in Azerbaijani with the platform name from GraphQL and the demo sign-ins', async () => {
    const systemInfo = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SystemInfo'),
    );
    await page.goto(`${BASE_URL}/`);
    await page.waitForURL(/\/sign-in/);
    expect((await systemInfo).ok()).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toContain('NAP Tracker');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
    await expect(page.getByTestId('sign-in-submit').textContent()).resolves.toContain('Daxil ol');
    await page.getByTestId('demo-coordinator@demo.local').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in.az');
  });

  it('loads the sign-in route with less than 400 KB of compressed JavaScript', async () => {
    // A fresh context: nothing cached, nobody signed in. Every script the route fetches counts.
    const { context: fresh, page: signInPage } = await newPage(browser);
    const scripts = new Map<string, { raw: number; gzip: number }>();
    signInPage.on('response', async (response) => {
      const url = response.url();
      if (!url.endsWith('.js') || response.status() !== 200) return;
      const body = await response.body();
      scripts.set(url.split('/').pop() ?? url, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    });
    await signInPage.goto(`${BASE_URL}/sign-in`, { waitUntil: 'networkidle' });
    await signInPage.getByTestId('sign-in-submit').waitFor();
    await fresh.close();
    const total = [...scripts.values()].reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), {
      raw: 0,
      gzip: 0,
    });
    const report = {
      measuredAt: new Date().toISOString(),
      route: '/sign-in',
      files: Object.fromEntries(scripts),
      totalRawBytes: total.raw,
      totalGzipBytes: total.gzip,
    };
    const dir = join(__dirname, '../../../dist/e2e');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'sign-in-bundle.json'), JSON.stringify(report, null, 2));
    console.log(
      `[e2e] sign-in route JavaScript: ${(total.raw / 1024).toFixed(1)} KB raw, ${(total.gzip / 1024).toFixed(1)} KB gzip (${scripts.size} files)`,
    );
    expect(total.gzip).toBeLessThan(400 * 1024);
  });

  it('rejects a wrong password with a message in the UI language', async () => {
    await page.getByTestId('email').fill('coordinator@demo.local');
    await page.getByTestId('password').fill('wrong-password');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toContain('düzgün deyil');
  });

  it('signs in with the keyboard only and renders the shell with data fetched through GraphQL', async () => {
    await page.goto(`${BASE_URL}/sign-in`);
    await page.getByTestId('email').focus();
    await page.keyboard.type('coordinator@demo.local');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Demo-2016!');
    await page.keyboard.press('Enter');
    await page.getByTestId('user-menu').waitFor();
    await expect(page.getByTestId('platform-name').textContent()).resolves.toContain('NAP Tracker');
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('Koordinator');
    await expect(page.getByTestId('nav-review').textContent()).resolves.toContain('Baxış növbəsi');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('switches the language to English and back, and remembers the choice', async () => {
    await switchLanguage(page, 'en');
    await expect(page.getByTestId('nav-review').textContent()).resolves.toContain('Review queue');
    await page.reload();
    await page.getByTestId('nav-review').waitFor();
    await expect(page.getByTestId('nav-review').textContent()).resolves.toContain('Review queue');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'shell.en');
    await switchLanguage(page, 'az');
    await expect(page.getByTestId('nav-review').textContent()).resolves.toContain('Baxış növbəsi');
  });

  it('offers a skip link and a visible focus to keyboard users', async () => {
    await page.goto(`${BASE_URL}/review`);
    await page.getByTestId('nav-review').waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent?.trim(),
        top: el.getBoundingClientRect().top,
        outline: style.outlineStyle,
        border: style.borderStyle,
      };
    });
    expect(skip.text).toBe('Məzmuna keç');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.border).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab order continues into the page, and the focused control shows a focus ring: an
    // outline, or Material's strong focus indicator (a 3 px border drawn by ::before).
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const indicator =
        el.querySelector('.mat-focus-indicator') ?? (el.classList.contains('mat-focus-indicator') ? el : null);
      const before = indicator ? getComputedStyle(indicator, '::before') : null;
      return {
        outline: getComputedStyle(el).outlineStyle,
        indicator: before ? before.borderTopWidth : null,
        inMain: !!el.closest('main'),
      };
    });
    expect(ring.inMain).toBe(true);
    expect(ring.outline !== 'none' || ring.indicator === '3px').toBe(true);
  });

  it('gives the administrator accessible user and organisation pages', async () => {
    const { context: adminContext, page: admin } = await newPage(browser);
    await signIn(admin, 'admin@demo.local');
    await admin.getByTestId('nav-admin').click();
    await admin.getByText('coordinator@demo.local').waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin.az');
    await admin.getByRole('tab', { name: 'Təşkilatlar' }).click();
    await admin.getByText('MIA-CTHB').first().waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await adminContext.close();
  });

  it('is usable at tablet width (768 px) with the navigation behind a menu button', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('button', { name: 'Menyu', exact: true }).click();
    await page.getByTestId('nav-dashboard').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
