/**
 * Drill-down from the dashboard's other figures, with the keyboard: a compliance heat-map cell
 * (organisation × period × on time / late / missing) to the reports and measures behind it, an
 * indicator row to its measure and accepted reports, the key-figure cards to their measures;
 * and a server field error (BAD_USER_INPUT) shown in Azerbaijani with the field's label, on a
 * form whose dates are typed and shown as DD.MM.YYYY (Material datepicker, ISO values).
 *
 * Reads only the demo data (and tries one refused write), so it can run alone
 * (`E2E_SPECS=drill-down npm run test:e2e`); in a full run it comes last (tools/e2e/sequencer.cjs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage, screenshot, signIn, switchLanguage } from '../support/browser';
import { checkPage, settled, textOf } from '../support/pages';

const COORDINATOR = 'coordinator@demo.local';
const AUDITOR = 'auditor@demo.local';

describe('dashboard drill-down and translated field errors', () => {
  let browser: Browser;
  const sessions = new Map<string, { context: BrowserContext; page: Page }>();

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
          await screenshot(page, `failed-drill-${email.split('@')[0]}`).catch(() => undefined);
        throw error;
      }
    });
  }

  /** Opens with the keyboard (focus, Enter) the first heat-map button of that state with a count above 0. */
  async function openHeatCell(
    page: Page,
    state: 'onTime' | 'late' | 'missing',
  ): Promise<{ count: number; label: string }> {
    const buttons = page.getByTestId('heat-map').locator(`tbody button[data-testid$="-${state}"]`);
    const texts = (await buttons.allTextContents()).map((t) => t.trim());
    // The demo data may have no missing report at all: then the first cell (0) is opened.
    const index = Math.max(
      texts.findIndex((t) => t !== '0'),
      state === 'missing' ? 0 : -1,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const button = buttons.nth(index);
    const label = (await button.getAttribute('aria-label')) ?? '';
    await button.focus();
    await page.keyboard.press('Enter');
    return { count: Number(texts[index]), label };
  }

  async function measureRows(page: Page): Promise<string[]> {
    return (await page.locator('#drill-measures td.mat-column-code').allTextContents()).map((t) => t.trim());
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const { context } of sessions.values()) await context.close();
    await browser?.close();
  });

  step('a late heat-map cell opens, by keyboard, the late reports and their measures', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/dashboard`);
    await page.getByTestId('heat-map').waitFor();
    await settled(page);
    const { count, label } = await openHeatCell(page, 'late');
    expect(label).toMatch(/gecikmiş/);
    const reports = page.getByTestId('compliance-reports').locator('li');
    await reports.first().waitFor();
    // The coordinator sees every submitted report: as many as the cell counts.
    expect(await reports.count()).toBe(count);
    expect(await textOf(page, 'compliance-reports')).toMatch(/təqdim edilib: \d{2}\.\d{2}\.\d{4}/);
    expect(await page.locator('#measures-title').textContent()).toMatch(/hesabatvermə: .* · gecikmiş/);
    expect((await measureRows(page)).length).toBeGreaterThan(0);
    await checkPage(page, 'dashboard-drill-late.az');
  });

  step(
    'a missing cell lists the measures without a submitted report (none when it counts 0); on time lists its reports',
    async () => {
      const page = await as(COORDINATOR);
      const missing = await openHeatCell(page, 'missing');
      await page.locator('#measures-title').getByText('verilməyib').waitFor();
      await settled(page);
      expect(await page.getByTestId('compliance-reports').count()).toBe(0);
      if (missing.count > 0) expect((await measureRows(page)).length).toBeGreaterThan(0);
      else await page.locator('#drill-measures').getByText('Bu filtrlərə uyğun heç nə tapılmadı').waitFor();
      await openHeatCell(page, 'onTime');
      await page.locator('#measures-title').getByText('vaxtında').waitFor();
      await page.getByTestId('compliance-reports').locator('li').first().waitFor();
      await page.getByTestId('clear-drill').click();
    },
  );

  step('an indicator row opens its measure and the accepted reports behind the figure', async () => {
    const page = await as(AUDITOR);
    await page.goto(`${BASE_URL}/dashboard`);
    await page.getByTestId('indicator-table').waitFor();
    await settled(page);
    const first = page.getByTestId('indicator-table').locator('button[data-testid^="indicator-drill-"]').first();
    const code = (await first.textContent())?.trim() ?? '';
    expect(await first.getAttribute('aria-label')).toContain(code);
    await first.focus();
    await page.keyboard.press('Enter');
    await page.locator('#measures-title').getByText(`tədbir: ${code}`).waitFor();
    expect(await measureRows(page)).toEqual([code]);
    await page.getByTestId('drill-reports').waitFor();
    await settled(page);
    await checkPage(page, 'dashboard-drill-indicator.az');
  });

  step('the plan-completion and measures cards open the measures behind them', async () => {
    const page = await as(AUDITOR);
    const card = page.getByTestId('drill-measure-count');
    const total = Number((await card.locator('.kpi__value').textContent())?.trim());
    await card.focus();
    await page.keyboard.press('Enter');
    await page.locator('#measures-title').getByText('bütün tədbirlər').waitFor();
    expect(await page.locator('#drill-measures .mat-mdc-paginator-range-label').textContent()).toContain(String(total));
    await page.getByTestId('drill-plan-completion').click();
    await page.locator('#measures-title').getByText('planın icrasına daxil olan tədbirlər').waitFor();
    expect((await measureRows(page)).length).toBeGreaterThan(0);
  });

  step('the drill-down in English, accessibly', async () => {
    const page = await as(AUDITOR);
    await switchLanguage(page, 'en');
    await page.goto(`${BASE_URL}/dashboard`);
    await page.getByTestId('heat-map').waitFor();
    await settled(page);
    const { label } = await openHeatCell(page, 'onTime');
    expect(label).toMatch(/on time\. Show the measures and reports/);
    await page.locator('#measures-title').getByText('reporting:').waitFor();
    await checkPage(page, 'dashboard-drill.en');
    await switchLanguage(page, 'az');
  });

  step('a server field error is shown in Azerbaijani with the field’s label', async () => {
    const page = await as(COORDINATOR);
    await page.goto(`${BASE_URL}/plan-builder`);
    await page.getByTestId('section-1').click();
    await page.getByTestId('add-measure').click();
    // 1.1 exists: only the server knows, and answers BAD_USER_INPUT { field: code } in English.
    await page.getByTestId('measure-code').fill('1.1');
    await page.getByTestId('measure-title-az').fill('Təkrar kodlu tədbir');
    await page.getByTestId('measure-title-en').fill('A measure with a repeated code');
    // Dates are typed and shown as in Azerbaijani (DD.MM.YYYY) and sent as ISO dates: the
    // server objects only to the code.
    await page.getByTestId('measure-start').fill('1.3.2016');
    await page.getByTestId('measure-due').fill('31.12.2016');
    await page.getByTestId('measure-title-az').focus();
    expect(await page.getByTestId('measure-start').inputValue()).toBe('01.03.2016');
    expect(await page.getByTestId('measure-due').inputValue()).toBe('31.12.2016');
    await page.getByTestId('dialog-save').click();
    const errors = page.getByTestId('field-errors');
    await errors.waitFor();
    expect(await textOf(page, 'field-errors')).toBe('Kod: bu dəyər artıq mövcuddur');
    // The calendar opens from its labelled button, in Azerbaijani, and a picked day is shown as DD.MM.YYYY.
    // (axe runs with the calendar closed: Material labels its month/year button by its action,
    // not its visible text, which axe reports as label-content-name-mismatch.)
    await page.getByRole('button', { name: 'Təqvimi aç' }).first().click();
    const calendar = page.locator('mat-calendar');
    await calendar.getByText('MAR 2016', { exact: false }).first().waitFor();
    await calendar.locator('.mat-calendar-body-cell-content').getByText('15', { exact: true }).click();
    await calendar.waitFor({ state: 'detached' });
    expect(await page.getByTestId('measure-start').inputValue()).toBe('15.03.2016');
    await checkPage(page, 'measure-dialog-server-error.az');
  });
});
