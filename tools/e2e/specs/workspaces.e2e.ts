/**
 * The rest of the workspaces, point by point: sign-in with the way back and sign-out; My
 * measures (dates, days left, RAG, sorting, filtering, empty state, skeleton, localised error
 * and retry); the review queue's filters (organisation, section, lateness) with sorting; bulk
 * assignment and paging in the plan builder; opening and closing a reporting period; the audit
 * log's filters; and the main pages not yet photographed in the other language.
 *
 * Runs after the submission workflow (tools/e2e/sequencer.cjs): it opens and closes a period
 * and submits reports, which would change what the workflow sees.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPeriod, submitFirstUnreported } from '../support/api';
import {
  BASE_URL,
  DEMO_PASSWORD,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
} from '../support/browser';
import { checkPage, choose, chooseText, draftSaved, settled } from '../support/pages';

const FOCAL = 'focal.moe@demo.local';
const COORDINATOR = 'coordinator@demo.local';
const AUDITOR = 'auditor@demo.local';
const NO_RESULTS_AZ = 'Bu filtrlərə uyğun heç nə tapılmadı';

describe('workspaces', () => {
  let browser: Browser;
  const sessions = new Map<string, { context: BrowserContext; page: Page }>();
  /** Measure code → organisation code of the reports submitted for the review queue. */
  const submitted: { code: string; organization: string }[] = [];

  async function as(email: string): Promise<Page> {
    let session = sessions.get(email);
    if (!session) {
      session = await newPage(browser);
      sessions.set(email, session);
      await signIn(session.page, email);
    }
    return session.page;
  }

  function step(title: string, body: () => Promise<void>): void {
    it(title, async () => {
      try {
        await body();
      } catch (error) {
        for (const [email, { page }] of sessions)
          await screenshot(page, `failed-workspaces-${email.split('@')[0]}`).catch(() => undefined);
        throw error;
      }
    });
  }

  /** The trimmed texts of one column's cells in a Material table. */
  async function column(page: Page, tableTestId: string, name: string): Promise<string[]> {
    return (await page.getByTestId(tableTestId).locator(`td.mat-column-${name}`).allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const { context } of sessions.values()) await context.close();
    await browser?.close();
  });

  step('a page opened without a session asks to sign in and returns there; sign-out ends the session', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`${BASE_URL}/audit`);
      await page.waitForURL(/\/sign-in\?returnUrl=%2Faudit/);
      await page.getByTestId('email').fill(AUDITOR);
      await page.getByTestId('password').fill(DEMO_PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await page.waitForURL(/\/audit$/);
      await page.getByTestId('audit-table').waitFor();
      await signOut(page);
      expect(page.url()).toMatch(/\/sign-in/);
      // The session is gone, not just hidden: a workspace asks to sign in again.
      await page.goto(`${BASE_URL}/audit`);
      await page.waitForURL(/\/sign-in\?returnUrl=%2Faudit/);
      expect(await page.evaluate(() => localStorage.getItem('nap.session'))).toBeNull();
      await switchLanguage(page, 'en');
      await checkPage(page, 'sign-in.en');
      await expect(page.getByTestId('sign-in-submit').textContent()).resolves.toContain('Sign in');
      await switchLanguage(page, 'az');
    } finally {
      await context.close();
    }
  });

  step('My measures shows due dates, days left and RAG in the language’s formats, sorts and filters', async () => {
    const page = await as(FOCAL);
    await page.goto(`${BASE_URL}/my-measures`);
    await page.getByTestId('my-measures-table').waitFor();
    await settled(page);
    // At laptop width (1366 px) every column, the action included, fits without scrolling.
    expect(
      await page.evaluate(() => {
        const table = document.querySelector('[data-testid="my-measures-table"]') as HTMLElement;
        return table.scrollWidth - (table.parentElement as HTMLElement).clientWidth;
      }),
    ).toBeLessThanOrEqual(1);
    const dueAz = await column(page, 'my-measures-table', 'dueDate');
    expect(dueAz.length).toBeGreaterThan(0);
    for (const d of dueAz) expect(d).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    for (const d of await column(page, 'my-measures-table', 'daysLeft')) expect(d).toMatch(/^(-?\d+|—)$/);
    for (const r of await column(page, 'my-measures-table', 'rag'))
      expect(['Qrafik üzrə', 'Risk altında', 'Qrafikdən geri']).toContain(r);
    for (const p of await column(page, 'my-measures-table', 'percent')) expect(p).toMatch(/^(\d+(,\d+)? %|—)$/);

    // Sorting by code, both directions.
    const header = page.getByTestId('my-measures-table').getByRole('button', { name: '№', exact: true });
    const codeHeader = page.getByTestId('my-measures-table').locator('th.mat-column-code');
    await header.click();
    await page.waitForFunction((th) => th?.getAttribute('aria-sort') === 'ascending', await codeHeader.elementHandle());
    const ascending = await column(page, 'my-measures-table', 'code');
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    await header.click();
    await page.waitForFunction(
      (th) => th?.getAttribute('aria-sort') === 'descending',
      await codeHeader.elementHandle(),
    );
    const descending = await column(page, 'my-measures-table', 'code');
    expect(descending).toEqual([...ascending].reverse());

    // Filtering to nothing shows the empty state in the UI language, with a way out.
    await page.getByTestId('filter-search').fill('zzzz-heç-nə');
    await page.getByText(NO_RESULTS_AZ).waitFor();
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().click();
    await page.getByTestId('my-measures-table').waitFor();

    await switchLanguage(page, 'en');
    await page.waitForFunction(() =>
      /[A-Z][a-z]{2}/.test(
        document.querySelector('[data-testid="my-measures-table"] td.mat-column-dueDate')?.textContent ?? '',
      ),
    );
    for (const d of await column(page, 'my-measures-table', 'dueDate'))
      expect(d).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    for (const r of await column(page, 'my-measures-table', 'rag'))
      expect(['On track', 'At risk', 'Off track']).toContain(r);
    await switchLanguage(page, 'az');
  });

  step('shows a loading skeleton, then a server error in the user’s language with a working retry', async () => {
    const page = await as(FOCAL);
    const isAssignments = (body: string | null) => (body ?? '').includes('MyAssignments');
    // Slow answer: the skeleton shows while waiting.
    await page.route('**/graphql', async (route) => {
      if (isAssignments(route.request().postData())) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${BASE_URL}/my-measures`);
    await page.locator('app-skeleton').first().waitFor();
    await page.getByTestId('my-measures-table').waitFor();
    await page.unroute('**/graphql');

    // Failing answer: a localised message, and "try again" recovers once the server does.
    await page.route('**/graphql', async (route) => {
      if (!isAssignments(route.request().postData())) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'e2e-1' } }],
        }),
      });
    });
    await page.goto(`${BASE_URL}/my-measures`);
    const panel = page.locator('app-error-panel [role="alert"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Serverdə xəta baş verdi.');
    await switchLanguage(page, 'en');
    expect(await panel.textContent()).toContain('Something went wrong on the server.');
    await switchLanguage(page, 'az');
    await page.unroute('**/graphql');
    await panel.getByRole('button', { name: 'Yenidən cəhd edin' }).click();
    await page.getByTestId('my-measures-table').waitFor();
  });

  step('the review queue filters by organisation, section and lateness, and sorts', async () => {
    // Every 2016 report of the demo plan is accepted: the next year's reports fill the queue.
    await openPeriod('2017', '2017-01-01', '2017-12-31', '2018-01-20');
    for (const organization of ['MOJ', 'MOH', 'MLSPP', 'SMS', 'IOM', 'GPO']) {
      if (submitted.length >= 3) break;
      const code = await submitFirstUnreported(organization, `${organization}: işlər davam edir (ə ğ ı İ ö ü ç ş).`);
      if (code) submitted.push({ code, organization });
    }
    expect(submitted.length).toBeGreaterThanOrEqual(2);

    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/review`);
    const table = page.getByTestId('review-queue-table');
    await table.waitFor();
    await settled(page);
    for (const s of submitted) await page.getByTestId(`review-${s.code}-${s.organization}`).waitFor();
    /** The queue as shown: each row's test id (review-<measure>-<organisation>) and lateness. */
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="review-queue-table"] tbody tr')].map((tr) => ({
          id: tr.querySelector('[data-testid^="review-"]')?.getAttribute('data-testid') ?? '',
          late: (tr.querySelector('td.mat-column-lateness')?.textContent ?? '').includes('Gecikmiş'),
        })),
      );
    /** Polls until the rendered queue satisfies `ok` (filters apply on the next change detection). */
    const until = async (what: string, ok: (rows: Awaited<ReturnType<typeof shown>>) => boolean) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const rows = await shown();
        if (ok(rows)) return rows;
        if (Date.now() > deadline) throw new Error(`the review queue never showed ${what}: ${JSON.stringify(rows)}`);
        await page.waitForTimeout(100);
      }
    };
    const all = await shown();
    const total = all.length;
    expect(total).toBeGreaterThanOrEqual(submitted.length);

    // Organisation.
    const first = submitted[0];
    await page.getByTestId('filter-organization').click();
    await page.getByRole('option', { name: new RegExp(`^${first.organization} —`) }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    const ofOrganization = await until(
      `only ${first.organization}`,
      (rows) => rows.length > 0 && rows.every((r) => r.id.endsWith(`-${first.organization}`)),
    );
    expect(ofOrganization.length).toBeLessThan(total);
    expect(ofOrganization.map((r) => r.id)).toContain(`review-${first.code}-${first.organization}`);

    // Section (on top of the organisation).
    const section = first.code.split('.')[0];
    await page.getByRole('combobox', { name: 'Bölmə' }).click();
    await page.getByRole('option', { name: new RegExp(`^${section}\\. `) }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await until(
      `section ${section} of ${first.organization}`,
      (rows) =>
        rows.length > 0 &&
        rows.every((r) => r.id.startsWith(`review-${section}.`) && r.id.endsWith(`-${first.organization}`)),
    );
    for (const m of await column(page, 'review-queue-table', 'measure')) expect(m.startsWith(`${section}.`)).toBe(true);
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().click();
    await until(`all ${total} reports again`, (rows) => rows.length === total);

    // Lateness: "late" and "on time" split the queue; each row says which it is.
    const lateness = page.getByRole('combobox', { name: 'Vaxtında təqdim' });
    const expectedLate = all.filter((r) => r.late).length;
    await lateness.click();
    await page.getByRole('option', { name: 'Gecikmiş', exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    if (expectedLate === total) {
      await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().waitFor();
      await until('every report marked late', (rows) => rows.length === total && rows.every((r) => r.late));
    } else await until('the late reports', (rows) => rows.length === expectedLate && rows.every((r) => r.late));
    await lateness.click();
    await page.getByRole('option', { name: 'Vaxtında', exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    if (expectedLate === total) await page.getByText(NO_RESULTS_AZ).waitFor();
    else
      await until('the reports on time', (rows) => rows.length === total - expectedLate && rows.every((r) => !r.late));
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().click();
    await until(`all ${total} reports again`, (rows) => rows.length === total);

    // Sorting by measure code.
    await table.getByRole('button', { name: 'Tədbir', exact: true }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="review-queue-table"] th.mat-column-measure')
          ?.getAttribute('aria-sort') === 'ascending',
    );
    const codes = await column(page, 'review-queue-table', 'measure');
    const key = (c: string) => c.split(' ')[0];
    expect(codes.map(key)).toEqual(
      [...codes.map(key)].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })),
    );

    // The review screen in English (the Azerbaijani one is checked by the workflow).
    await switchLanguage(page, 'en');
    await page.getByTestId(`review-${first.code}-${first.organization}`).click();
    await page.getByTestId('review-return').waitFor();
    expect(await page.getByText('Work is under way.').count()).toBeGreaterThan(0);
    await checkPage(page, 'review.en');
    await switchLanguage(page, 'az');
  });

  step('the plan builder pages through measures and assigns several at once (bulk)', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/plan-builder`);
    const table = page.getByTestId('builder-table');
    await table.waitFor();
    await settled(page);

    // Paging: the next page starts after the first.
    const range = page.locator('.mat-mdc-paginator-range-label');
    const firstPage = await column(page, 'builder-table', 'code');
    await page.getByRole('button', { name: 'Növbəti səhifə' }).click();
    await page.waitForFunction(
      (firstCode) =>
        document.querySelector('[data-testid="builder-table"] td.mat-column-code')?.textContent?.trim() !== firstCode,
      firstPage[0],
    );
    const secondPage = await column(page, 'builder-table', 'code');
    expect(secondPage[0]).not.toBe(firstPage[0]);
    expect(await range.textContent()).toMatch(new RegExp(`^\\s*${firstPage.length + 1} – `));
    await page.getByRole('button', { name: 'Əvvəlki səhifə' }).click();

    await page.getByTestId('section-1').click();
    const partners = async (code: string) =>
      Number(
        await table
          .locator('tr', { has: page.getByTestId(`measure-${code}`) })
          .locator('td.mat-column-partners')
          .textContent(),
      );
    const before = { '1.1': await partners('1.1'), '1.2': await partners('1.2') };
    await page.getByRole('checkbox', { name: 'Tədbiri seç 1.1' }).check();
    await page.getByRole('checkbox', { name: 'Tədbiri seç 1.2' }).check();
    await page.getByTestId('bulk-assign').click();
    await choose(page, 'assign-organization', 'org-option-IOM');
    await expect(page.getByTestId('assign-role').textContent()).resolves.toContain('Tərəfdaş');
    await page.getByTestId('dialog-save').click();
    await page.getByTestId('dialog-save').waitFor({ state: 'detached' });
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="builder-table"] tr')].filter((tr) => {
          const code = tr.querySelector('td.mat-column-code')?.textContent?.trim() ?? '';
          const count = Number(tr.querySelector('td.mat-column-partners')?.textContent?.trim());
          return code in expected && count === expected[code];
        }).length === 2,
      { '1.1': before['1.1'] + 1, '1.2': before['1.2'] + 1 },
    );
    await page.getByTestId('measure-1.2').click();
    await page.getByTestId('measure-detail').getByText('IOM').first().waitFor();
  });

  step('the plan builder adds a subsection to the sections tree and a measure into it', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/plan-builder`);
    await page.getByTestId('add-section').waitFor();
    await settled(page);
    await page.getByTestId('add-section').click();
    // The empty select's floating label lies over it: open it as a keyboard user would.
    await page.getByRole('combobox', { name: 'Ana bölmə' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /^7\. / }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.getByTestId('section-code').fill('7.1');
    await page.getByTestId('section-title-az').fill('Uşaq əməyinə qarşı regional tədbirlər (Şəki, Gəncə)');
    await page.getByTestId('section-title-en').fill('Regional action against child labour (Shaki, Ganja)');
    await page.getByTestId('dialog-save').click();
    const child = page.getByTestId('section-7.1');
    await child.waitFor();
    // Nested under 7: after it in the tree and indented one level deeper.
    const indent = (testId: string) =>
      page.getByTestId(testId).evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft));
    expect(await indent('section-7.1')).toBeGreaterThan(await indent('section-7'));
    const order = await page
      .locator('.tree [data-testid^="section-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order.indexOf('section-7.1')).toBe(order.indexOf('section-7') + 1);
    expect(await child.textContent()).toContain('Uşaq əməyinə qarşı regional tədbirlər (Şəki, Gəncə)');

    await child.click();
    await page.getByTestId('add-measure').click();
    await page.getByTestId('measure-code').fill('7.1.1');
    await page.getByTestId('measure-title-az').fill('Şəki məktəblərində uşaq əməyi üzrə monitorinq');
    await page.getByTestId('measure-title-en').fill('Monitoring child labour in Shaki schools');
    await page.getByTestId('measure-start').fill('2016-03-01');
    // A date outside the plan is caught in the form, in the UI language and date format.
    await page.getByTestId('measure-due').fill('2017-12-31');
    await page.getByTestId('dialog-save').click();
    expect(await page.getByTestId('measure-due-error').textContent()).toContain(
      '01.01.2014 – 31.12.2016 arasında olmalıdır',
    );
    await page.getByTestId('measure-due').fill('2016-02-01');
    await page.getByTestId('measure-due-error').getByText('başlama tarixindən əvvəl ola bilməz').waitFor();
    await page.getByTestId('measure-due').fill('2016-12-31');
    await page.getByTestId('measure-due-error').waitFor({ state: 'detached' });
    // Each field spans the dialog (a row holds at most the paired narrow fields).
    const widths = await page
      .locator('mat-dialog-container mat-form-field')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    const content = await page.locator('mat-dialog-content').evaluate((e) => e.clientWidth);
    expect(Math.max(...widths)).toBeGreaterThan(content * 0.8);
    await checkPage(page, 'measure-dialog.az');
    await page.getByTestId('dialog-save').click();
    await page.getByTestId('measure-7.1.1').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="section-7.1"] .tree__count')?.textContent?.trim() === '1',
    );
  });

  step('the coordinator opens a reporting period and closes it after confirming', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/periods`);
    await page.getByTestId('open-period').waitFor();
    await checkPage(page, 'periods.az');
    await page.getByTestId('open-period').click();
    const label = await page.getByTestId('period-label').inputValue();
    expect(label).toBe('2018');
    await page.getByTestId('dialog-save').click();
    const close = page.getByTestId(`close-${label}`);
    await close.waitFor();
    const row = page
      .locator('tr')
      .filter({ has: page.locator('td.mat-column-label', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) });
    expect(await row.textContent()).toContain('Açıq');
    expect(await row.textContent()).toMatch(/01\.01\.2018 – 31\.12\.2018/);
    await close.click();
    await page.getByTestId('confirm-ok').click();
    await page.getByText(`${label} dövrü bağlandı.`).waitFor();
    await close.waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('Bağlı');

    // The list filters by status and label, and says when nothing matches.
    await page.getByTestId('periods-status').click();
    await page.getByRole('option', { name: 'Açıq', exact: true }).click();
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="periods-table"] td.mat-column-status')];
      return cells.length > 0 && cells.every((c) => c.textContent?.includes('Açıq'));
    });
    expect(await column(page, 'periods-table', 'label')).not.toContain(label);
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().click();
    await page.getByTestId('periods-search').fill('2015');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="periods-table"] td.mat-column-label').length === 1,
    );
    expect(await column(page, 'periods-table', 'label')).toEqual(['2015']);
    await page.getByTestId('periods-search').fill('1999');
    await page.getByText(NO_RESULTS_AZ).waitFor();
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().click();
    await page.getByTestId('periods-table').waitFor();
  });

  step('the audit log filters by actor, action and entity type, and says when nothing matches', async () => {
    const page = await as(AUDITOR);
    await page.goto(`${BASE_URL}/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByLabel('Kim').fill(COORDINATOR);
    await page.getByTestId('audit-apply').click();
    await settled(page);
    await page.waitForFunction((email) => {
      const cells = [...document.querySelectorAll('[data-testid="audit-table"] td.mat-column-actor')];
      return cells.length > 0 && cells.every((c) => c.textContent?.includes(email));
    }, COORDINATOR);
    await page.getByRole('combobox', { name: 'Əməliyyat' }).click();
    await page.getByRole('option', { name: 'CLOSE', exact: true }).click();
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="audit-table"] td.mat-column-action')];
      return cells.length > 0 && cells.every((c) => c.textContent?.includes('CLOSE'));
    });
    for (const entity of await column(page, 'audit-table', 'entity')) expect(entity).toContain('Hesabat dövrü');
    await page.getByRole('combobox', { name: 'Obyekt' }).click();
    await page.getByRole('option', { name: 'Sessiya', exact: true }).click();
    await page.getByText(NO_RESULTS_AZ).waitFor();
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).first().click();
    await page.getByTestId('audit-table').waitFor();
    await checkPage(page, 'audit-filtered.az');
  });

  step('the report form keeps challenges and next steps and shows the progress of an evidence upload', async () => {
    const page = await as(FOCAL);
    await page.goto(`${BASE_URL}/my-measures`);
    await page.getByTestId('my-measures-table').locator('[data-testid^="open-"]').first().click();
    await page.getByTestId('percent-complete').waitFor();
    const challenges = 'Büdcə gecikir; İmişli rayonunda müəllimlər çatışmır.';
    const nextSteps = 'Şəki və Gəncədə təlimlər; ödənişlərin üçüncü rübdə çəkilməsi.';
    await page.getByTestId('percent-complete').fill('30');
    await page.getByRole('textbox', { name: 'Çətinliklər' }).fill(challenges);
    await page.getByRole('textbox', { name: 'Növbəti addımlar' }).fill(nextSteps);
    await draftSaved(page);

    // A slow upload: the form says what it is uploading and shows a progress bar until done.
    await page.route('**/files/evidence/**', async (route) => {
      if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    const name = 'şəkil-hesabatı-İmişli.txt';
    await page.getByTestId('evidence-file').setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.alloc(256 * 1024, 'ə'),
    });
    const progress = page.locator('.upload[role="status"]');
    await progress.waitFor();
    expect(await progress.textContent()).toMatch(new RegExp(`${name} yüklənir: \\d+ %`));
    expect(await progress.locator('mat-progress-bar').isVisible()).toBe(true);
    await page.getByTestId('evidence-list').getByText(name).first().waitFor();
    await progress.waitFor({ state: 'detached' });
    await page.unroute('**/files/evidence/**');

    await page.reload();
    await page.getByRole('textbox', { name: 'Çətinliklər' }).waitFor();
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('textarea')].some((t) => (t as HTMLTextAreaElement).value === text),
      challenges,
    );
    expect(await page.getByRole('textbox', { name: 'Növbəti addımlar' }).inputValue()).toBe(nextSteps);
    expect(await page.getByTestId('percent-complete').inputValue()).toBe('30');
    await page.getByTestId('evidence-list').getByText(name).first().waitFor();
  });

  step('keyboard only: into a report from My measures, a select, and the confirmation dialog', async () => {
    const page = await as(FOCAL);
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    await page.goto(`${BASE_URL}/my-measures`);
    const table = page.getByTestId('my-measures-table');
    await table.waitFor();
    await settled(page);
    // Tab (no mouse) to the first row's "fill in" action and open it with Enter.
    const openId = await table.locator('[data-testid^="open-"]').first().getAttribute('data-testid');
    for (let i = 0; i < 80 && (await active()) !== openId; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe(openId);
    await page.keyboard.press('Enter');
    await page.getByTestId('percent-complete').waitFor();
    await page.waitForURL(/\/my-measures\/[^/]+\/[^/]+$/);

    // A Material select opens with the keyboard and takes a choice with arrows and Enter.
    const status = page.getByTestId('implementation-status');
    const before = ((await status.textContent()) ?? '').trim();
    await status.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press(before.includes('İcra olunur') ? 'ArrowUp' : 'ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(((await status.textContent()) ?? '').trim()).not.toBe(before);
    expect(await active()).toBe('implementation-status');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('percent-complete');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    await draftSaved(page);

    // Submit asks for confirmation; focus moves into the dialog; Escape cancels and gives focus back.
    await page.getByTestId('submit-report').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-ok').waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('mat-dialog-container'));
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-ok').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'submit-report');
  });

  step('the report form and the administration pages in English, accessibly', async () => {
    const focal = await as(FOCAL);
    await switchLanguage(focal, 'en');
    await focal.goto(`${BASE_URL}/my-measures`);
    await focal.getByTestId('my-measures-table').waitFor();
    await focal.getByTestId('my-measures-table').locator('[data-testid^="open-"]').first().click();
    await focal.getByTestId('percent-complete').waitFor();
    await checkPage(focal, 'report-form.en');
    expect(await focal.evaluate(() => document.documentElement.lang)).toBe('en');
    await switchLanguage(focal, 'az');

    const admin = await as('admin@demo.local');
    await switchLanguage(admin, 'en');
    await admin.goto(`${BASE_URL}/admin`);
    await admin.getByText(COORDINATOR).waitFor();
    await checkPage(admin, 'admin.en');
    await switchLanguage(admin, 'az');
  });

  step(
    'an agency scorecard for one organisation, in English, public, as CSV: options reach the generated file',
    async () => {
      const page = await as(AUDITOR);
      await page.goto(`${BASE_URL}/reports`);
      await page.getByTestId('generate-report').waitFor();
      await settled(page);
      await chooseText(page, 'report-kind', 'Təşkilatın göstəriciləri');
      await page.getByTestId('report-organization').click();
      await page.getByRole('option', { name: /^MOE — / }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await choose(page, 'report-format', 'format-CSV');
      await page.getByRole('combobox', { name: 'Dil' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: 'İngiliscə', exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await page.getByRole('checkbox', { name: /İctimaiyyət üçün/ }).check();
      await page.getByTestId('generate-report').click();
      const generation = page.getByTestId('generation');
      await generation.getByText('Təşkilatın göstəriciləri · CSV · EN').waitFor();
      await page.getByTestId('download-current').waitFor({ timeout: 60_000 });
      const sha = await page.getByTestId('current-sha256').textContent();
      expect(sha).toMatch(/^[0-9a-f]{64}$/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-current').click(),
      ]);
      expect(download.suggestedFilename().toLowerCase()).toMatch(/\.csv$/);
      const text = readFileSync(await download.path(), 'utf8');
      // English headings and MOE's own measures (3.7 is led by MOE only).
      expect(text).toContain("The organisation's assignments");
      expect(text).toContain('Code,Measure,Role,Status');
      expect(text).toMatch(/^3\.7,Enrolling minors/m);
      // The history lists it with its organisation, the public mark and the same sha256.
      const history = page.getByTestId('generated-reports');
      await history
        .getByText(sha ?? '')
        .first()
        .waitFor();
      const row = history.locator('tr', { hasText: sha ?? '' }).first();
      expect(await row.textContent()).toContain('MOE');
      expect(await row.textContent()).toContain('ictimai');
    },
  );
  step('the other workspaces fit a tablet (768 px) without horizontal scrolling of the page', async () => {
    const pages: [string, string, string][] = [
      [COORDINATOR, '/review', 'review-queue.tablet.az'],
      [COORDINATOR, '/periods', 'periods.tablet.az'],
      [AUDITOR, '/reports', 'reports.tablet.az'],
      [AUDITOR, '/audit', 'audit.tablet.az'],
      ['admin@demo.local', '/admin', 'admin.tablet.az'],
    ];
    for (const [email, path, name] of pages) {
      const page = await as(email);
      await page.setViewportSize({ width: 768, height: 1024 });
      try {
        await page.goto(`${BASE_URL}${path}`);
        await page.locator('h1').waitFor();
        await checkPage(page, name);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          1,
        );
      } finally {
        await page.setViewportSize({ width: 1366, height: 900 });
      }
    }
    // The report form, where focal points type the most.
    const focal = await as(FOCAL);
    await focal.setViewportSize({ width: 768, height: 1024 });
    try {
      await focal.goto(`${BASE_URL}/my-measures`);
      // At tablet width the action column gives way: the measure's title is the link.
      await focal.getByTestId('my-measures-table').locator('td.mat-column-title a').first().click();
      await focal.getByTestId('percent-complete').waitFor();
      await checkPage(focal, 'report-form.tablet.az');
      expect(await focal.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        1,
      );
    } finally {
      await focal.setViewportSize({ width: 1366, height: 900 });
    }
  });
});
