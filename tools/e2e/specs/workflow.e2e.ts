/**
 * The submission workflow end to end, in a real browser against the real API and database:
 * the coordinator adds a measure with a disaggregated indicator and assigns it; the focal
 * point fills in and submits the report; the coordinator returns it with a comment; the focal
 * point sees the comment (and loses nothing when the session expires), corrects and resubmits;
 * the coordinator compares the versions and accepts; the auditor sees the completion figure
 * change. Every main page is checked with axe and photographed in Azerbaijani and English.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage, screenshot, signIn, switchLanguage } from '../support/browser';
import { checkPage, choose, draftSaved, settled, textOf } from '../support/pages';

const MEASURE = '2.9';
const FOCAL = 'focal.moe@demo.local';
const COORDINATOR = 'coordinator@demo.local';
const AUDITOR = 'auditor@demo.local';
const RETURN_COMMENT = 'Kişi qurbanların sayını və ingiliscə təsviri əlavə edin.';

describe('submission workflow', () => {
  let browser: Browser;
  const sessions = new Map<string, { context: BrowserContext; page: Page }>();
  let completionBefore = '';

  /** One browser context per person, signed in once. */
  async function as(email: string): Promise<Page> {
    let session = sessions.get(email);
    if (!session) {
      session = await newPage(browser);
      sessions.set(email, session);
      await signIn(session.page, email);
    }
    return session.page;
  }

  /** A step of the story; on failure every open page is photographed (dist/screenshots/failed-*). */
  function step(title: string, body: () => Promise<void>): void {
    it(title, async () => {
      try {
        await body();
      } catch (error) {
        for (const [email, { page }] of sessions)
          await screenshot(page, `failed-${email.split('@')[0]}`).catch(() => undefined);
        throw error;
      }
    });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const { context } of sessions.values()) await context.close();
    await browser?.close();
  });

  step('the auditor notes the plan completion before the workflow', async () => {
    const page = await as(AUDITOR);
    await page.goto(`${BASE_URL}/dashboard`);
    await page.getByTestId('plan-completion').waitFor();
    completionBefore = await textOf(page, 'plan-completion');
    expect(completionBefore).toMatch(/^\d+(,\d+)?\s%$/);
    await page.getByTestId('heat-map').waitFor();
    await page.getByTestId('indicator-table').waitFor();
    await checkPage(page, 'dashboard.az');
  });

  step(
    'the coordinator adds a measure with a disaggregated indicator and assigns it to the Ministry of Education',
    async () => {
      const page = await as(COORDINATOR);
      await page.goto(`${BASE_URL}/plan-builder`);
      await page.getByTestId('section-2').click();
      await page.getByTestId('add-measure').click();
      await page.getByTestId('measure-code').fill(MEASURE);
      await page
        .getByTestId('measure-title-az')
        .fill('Məktəblərdə insan alverinin qurbanlarına dəstək üzrə maarifləndirmə');
      await page.getByTestId('measure-title-en').fill('Awareness on support to trafficking victims in schools');
      await page.getByTestId('measure-start').fill('2016-01-01');
      await page.getByTestId('measure-due').fill('2016-12-31');
      await page.getByTestId('dialog-save').click();
      await page.getByTestId(`measure-${MEASURE}`).click();
      await page.getByTestId('measure-detail').waitFor();

      await page.getByTestId('assign-measure').click();
      await choose(page, 'assign-organization', 'org-option-MOE');
      await page.getByTestId('dialog-save').click();
      await page.getByTestId('measure-detail').getByText('MOE').waitFor();

      await page.getByTestId('add-indicator').click();
      await page.getByTestId('indicator-code').fill('VICTIMS_SUPPORTED');
      await page.getByTestId('indicator-name-az').fill('Dəstək göstərilmiş qurbanlar');
      await page.getByTestId('indicator-name-en').fill('Victims supported');
      await page.getByTestId('indicator-target').fill('50');
      await page.getByTestId('preset-sex').click();
      await page.getByTestId('dialog-save').click();
      await page.getByTestId('measure-detail').getByText('Dəstək göstərilmiş qurbanlar').waitFor();
      await checkPage(page, 'plan-builder.az');
    },
  );

  step(
    'the focal point fills in the report, sees the disaggregation sum as they type, meets an edit conflict, and submits it',
    async () => {
      const page = await as(FOCAL);
      await page.goto(`${BASE_URL}/my-measures`);
      await page.getByTestId(`open-${MEASURE}`).waitFor();
      await checkPage(page, 'my-measures.az');
      await page.getByTestId(`open-${MEASURE}`).click();

      await page.getByTestId('percent-complete').fill('60');
      await page.getByTestId('narrative-az').fill('Bakı məktəblərində 12 maarifləndirmə tədbiri keçirilib.');
      await page.getByTestId('indicator-total').fill('40');
      await page.getByTestId('cell-sex-female').fill('25');
      await page.getByTestId('cell-sex-male').fill('10');
      expect(await textOf(page, 'sum-sex')).toContain('35');
      await page
        .getByTestId('sum-sex')
        .getByText(/bərabər deyil/)
        .waitFor();
      await page.getByTestId('cell-sex-male').fill('15');
      await page.getByTestId('sum-sex').getByText('✓').waitFor();
      await draftSaved(page);

      // The same report open in a second tab: its save is based on an older version, so the
      // API answers CONFLICT and the tab offers to reload and keep what was typed there.
      const second = await page.context().newPage();
      await second.goto(page.url());
      await second.getByTestId('percent-complete').waitFor();
      await page.getByTestId('expenditure-amount').fill('1200');
      await draftSaved(page);
      await second.getByTestId('narrative-en').fill('Twelve awareness events were held in Baku schools.');
      await second.getByTestId('conflict-reapply').click();
      await draftSaved(second);
      await second.close();
      await page.reload();
      await page.getByTestId('narrative-en').waitFor();
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="narrative-en"]') as HTMLTextAreaElement | null)?.value !== '',
      );
      expect(await page.getByTestId('narrative-en').inputValue()).toBe(
        'Twelve awareness events were held in Baku schools.',
      );
      expect(await page.getByTestId('expenditure-amount').inputValue()).toBe('1200');

      await page
        .getByTestId('evidence-file')
        .setInputFiles({
          name: 'tedbirler-2016.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('12 tədbir, 2016\n'),
        });
      await page.getByTestId('evidence-list').getByText('tedbirler-2016.txt').first().waitFor();
      await checkPage(page, 'report-form.az');

      await page.getByTestId('submit-report').click();
      await page.getByTestId('confirm-ok').click();
      await page.waitForURL(/\/my-measures$/);
      await page.getByTestId('my-measures-table').getByText('Təqdim edilib').first().waitFor();
    },
  );

  step('the coordinator returns the report with a comment', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/review`);
    await page.getByTestId(`review-${MEASURE}-MOE`).waitFor();
    await checkPage(page, 'review-queue.az');
    await page.getByTestId(`review-${MEASURE}-MOE`).click();
    await page.getByTestId('review-return').waitFor();
    await checkPage(page, 'review.az');
    await page.getByTestId('review-return').click();
    // The comment is required: the button stays disabled until there is one (checked once the
    // dialog has rendered its comment field, not while it is still opening).
    await page.getByTestId('confirm-comment').waitFor();
    expect(await page.getByTestId('confirm-ok').isDisabled()).toBe(true);
    await page.getByTestId('confirm-comment').fill(RETURN_COMMENT);
    await page.getByTestId('confirm-ok').click();
    await page.waitForURL(/\/review$/);
  });

  step(
    'the focal point sees the comment, keeps what they typed through a session expiry, corrects and resubmits',
    async () => {
      const page = await as(FOCAL);
      await page.goto(`${BASE_URL}/my-measures`);
      await page.getByTestId(`open-${MEASURE}`).click();
      expect(await textOf(page, 'returned-comment')).toContain(RETURN_COMMENT);
      await screenshot(page, 'report-returned.az');

      // The session ends while they type: the next request is refused and renewal fails.
      const correction = '25 qadın və 15 kişi qurbana dəstək göstərilib.';
      await page.route('**/graphql', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
        }),
      );
      await page.getByTestId('narrative-en').fill(correction);
      await page.waitForURL(/\/sign-in\?.*reason=expired/);
      await page.getByTestId('session-expired').waitFor();
      await page.unroute('**/graphql');
      await page.getByTestId('email').fill(FOCAL);
      await page.getByTestId('password').fill('Demo-2016!');
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('draft-restored').waitFor();
      expect(await page.getByTestId('narrative-en').inputValue()).toBe(correction);

      await page.getByTestId('implementation-status').click();
      await page.getByRole('option', { name: 'İcra olunub' }).click();
      expect(await page.getByTestId('percent-complete').inputValue()).toBe('100');
      await page
        .getByTestId('save-state')
        .getByText(/Qaralama saxlanıldı/)
        .waitFor();
      await page.getByTestId('submit-report').click();
      await page.getByTestId('confirm-ok').click();
      await page.waitForURL(/\/my-measures$/);
    },
  );

  step('the coordinator compares the resubmission with the previous version and accepts it', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/review`);
    await page.getByTestId(`review-${MEASURE}-MOE`).click();
    await page.getByRole('tab', { name: 'Dəyişikliklər' }).click();
    const diff = page.getByTestId('report-diff');
    await diff.waitFor();
    expect(await diff.locator('ins').filter({ hasText: '100' }).count()).toBeGreaterThan(0);
    await checkPage(page, 'review-diff.az');
    await page.getByTestId('review-accept').click();
    await page.getByTestId('confirm-ok').click();
    await page.waitForURL(/\/review$/);
  });

  step('the auditor sees the completion figure change and can drill down to the accepted report', async () => {
    const page = await as(AUDITOR);
    await page.goto(`${BASE_URL}/dashboard`);
    await page.getByTestId('plan-completion').waitFor();
    await settled(page);
    const after = await textOf(page, 'plan-completion');
    expect(after).not.toBe(completionBefore);
    await page.getByTestId('measures-search').fill(MEASURE);
    await page.getByTestId(`drill-${MEASURE}`).click();
    await page.getByTestId('drill-reports').getByText('MOE').click();
    await page.getByTestId('report-percent').waitFor();
    expect(await textOf(page, 'report-percent')).toBe('100 %');
    await checkPage(page, 'accepted-report.az');
  });

  step('the auditor generates the completion report and downloads it as PDF and XLSX', async () => {
    const page = await as(AUDITOR);
    await page.goto(`${BASE_URL}/reports`);
    await page.getByTestId('generate-report').waitFor();
    const signatures: Record<string, string> = { PDF: '%PDF', XLSX: 'PK' };
    for (const format of ['PDF', 'XLSX']) {
      await choose(page, 'report-format', `format-${format}`);
      await page.getByTestId('generate-report').click();
      await page.getByTestId('download-current').waitFor({ timeout: 60_000 });
      expect(await textOf(page, 'current-sha256')).toMatch(/^[0-9a-f]{64}$/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-current').click(),
      ]);
      expect(download.suggestedFilename().toLowerCase()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, signatures[format].length).toString('latin1')).toBe(signatures[format]);
      expect(bytes.length).toBeGreaterThan(1000);
    }
    await page.getByTestId('generated-reports').getByText('XLSX').first().waitFor();
    await checkPage(page, 'reports.az');
  });

  step('fits a tablet (768 px wide) without horizontal scrolling of the page', async () => {
    for (const [email, path, name] of [
      [AUDITOR, '/dashboard', 'dashboard.tablet.az'],
      [FOCAL, '/my-measures', 'my-measures.tablet.az'],
      [COORDINATOR, '/plan-builder', 'plan-builder.tablet.az'],
    ] as const) {
      const page = await as(email);
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.goto(`${BASE_URL}${path}`);
      await page.locator('h1').waitFor();
      await checkPage(page, name);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        1,
      );
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });

  step('shows the main pages in English as well, accessibly', async () => {
    const pages: [string, string, string][] = [
      [AUDITOR, '/dashboard', 'dashboard.en'],
      [AUDITOR, '/audit', 'audit.en'],
      [AUDITOR, '/reports', 'reports.en'],
      [COORDINATOR, '/review', 'review-queue.en'],
      [COORDINATOR, '/plan-builder', 'plan-builder.en'],
      [COORDINATOR, '/periods', 'periods.en'],
      [FOCAL, '/my-measures', 'my-measures.en'],
    ];
    for (const email of [AUDITOR, COORDINATOR, FOCAL]) await switchLanguage(await as(email), 'en');
    for (const [email, path, name] of pages) {
      const page = await as(email);
      await page.goto(`${BASE_URL}${path}`);
      await page.locator('h1').waitFor();
      await checkPage(page, name);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    }
    for (const email of [AUDITOR, COORDINATOR, FOCAL]) await switchLanguage(await as(email), 'az');
    const page = await as(AUDITOR);
    await page.goto(`${BASE_URL}/audit`);
    await checkPage(page, 'audit.az');
  });
});
