import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiToken, gql } from '../support/api';
import { BASE_URL, launchBrowser, newPage, signIn, signOut } from '../support/browser';

/**
 * Issue 6: free text is stored verbatim and rendered inert. Script payloads go into a measure's
 * title, a report's narrative and a reviewer's comment through the API; the portal shows each
 * as the literal text it is — no element is created from it and no handler runs.
 */
const TITLE = `<img src=x onerror="window.__xss='title'"> Zərərli başlıq`;
const NARRATIVE = `<script>window.__xss='script'</script><img src=x onerror="window.__xss='narrative'"> Şübhəli mətn`;
const COMMENT = `<svg onload="window.__xss='comment'"></svg><b>qalın</b> İzah: '; DROP TABLE measure; --`;

async function expectInert(page: Page, literal: string): Promise<void> {
  await page.waitForFunction(
    (text) => document.body.innerText.includes(text) || [...document.querySelectorAll('textarea, input')].some((e) => (e as HTMLInputElement).value.includes(text)),
    literal,
    { timeout: 30_000 },
  );
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
}

describe('stored script payloads are rendered inert', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reportId: string;
  let periodId: string;
  let assignmentId: string;

  beforeAll(async () => {
    const coordinator = await apiToken('coordinator@demo.local');
    const focal = await apiToken('focal.moe@demo.local');
    const { plans } = await gql<{ plans: { id: string; status: string; sections: { id: string }[]; reportingPeriods: { id: string; status: string; startDate: string }[] }[] }>(
      '{ plans { id status sections { id } reportingPeriods { id status startDate } } }',
      {},
      coordinator,
    );
    const plan = plans.find((p) => p.status === 'ACTIVE') ?? plans[0];
    const open = plan.reportingPeriods.filter((p) => p.status === 'OPEN').sort((a, b) => a.startDate.localeCompare(b.startDate));
    periodId = open[open.length - 1].id;
    const { organizations } = await gql<{ organizations: { id: string; code: string }[] }>('{ organizations { id code } }', {}, coordinator);
    const moe = organizations.find((o) => o.code === 'MOE')!.id;
    const { createMeasure } = await gql<{ createMeasure: { id: string } }>(
      'mutation ($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }',
      { i: { sectionId: plan.sections[0].id, code: `X.${Date.now() % 100000}`, titleAz: TITLE, titleEn: TITLE, startDate: '2016-01-01', dueDate: '2016-12-31' } },
      coordinator,
    );
    const { assignMeasure } = await gql<{ assignMeasure: { id: string } }>(
      'mutation ($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }',
      { m: createMeasure.id, o: moe },
      coordinator,
    );
    assignmentId = assignMeasure.id;
    const { saveProgressReport } = await gql<{ saveProgressReport: { id: string } }>(
      'mutation ($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }',
      { i: { measureId: createMeasure.id, organizationId: moe, periodId, implementationStatus: 'IN_PROGRESS', percentComplete: 30, narrativeAz: NARRATIVE, narrativeEn: NARRATIVE } },
      focal,
    );
    reportId = saveProgressReport.id;
    await gql('mutation ($id: ID!) { submitProgressReport(id: $id) { id } }', { id: reportId }, focal);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the review screen shows the title and narrative as text', async () => {
    await signIn(page, 'coordinator@demo.local');
    await page.goto(`${BASE_URL}/review/${reportId}`);
    await expectInert(page, 'Zərərli başlıq');
    await expectInert(page, `onerror="window.__xss='narrative'"`);
  });

  it('the focal point sees the returned comment at the top, as text', async () => {
    await gql('mutation ($id: ID!, $c: String!) { returnProgressReport(id: $id, comment: $c) { id } }', { id: reportId, c: COMMENT }, await apiToken('coordinator@demo.local'));
    await signOut(page);
    await signIn(page, 'focal.moe@demo.local');
    await page.goto(`${BASE_URL}/my-measures/${periodId}/${assignmentId}`);
    await expectInert(page, '<b>qalın</b>');
    await expectInert(page, 'Zərərli başlıq');
    await expectInert(page, `onerror="window.__xss='narrative'"`);
  });
});
