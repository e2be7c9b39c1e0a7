import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './axe';
import { screenshot } from './browser';

/** Waits until no skeleton or progress bar is showing (data has arrived). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('app-skeleton').length === 0, undefined, {
    timeout: 20_000,
  });
}

/** axe-core (WCAG 2.1 A/AA): no serious or critical violation, then a full-page screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await settled(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** Picks an option of a Material select by the option's test id. */
export async function choose(page: Page, selectTestId: string, optionTestId: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
}

/** Picks an option of a Material select by its visible text. */
export async function chooseText(page: Page, selectTestId: string, text: string | RegExp): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: text }).click();
}

export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the report form says its draft is saved on the server. */
export async function draftSaved(page: Page): Promise<void> {
  await page
    .getByTestId('save-state')
    .getByText(/Qaralama saxlanıldı|Draft saved/)
    .waitFor();
}
