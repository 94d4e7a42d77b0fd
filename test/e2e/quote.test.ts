import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { defaultInputs, estimate } from '../../src/lib/estimate.ts';
import { formatMoney } from '../../src/lib/quote-format.ts';
import { defaultEstimateModel, estimateModelSchema } from '../../src/lib/schemas/estimate-model.ts';
import { useBrowser } from '../helpers/browser.ts';

const site = inject('readerUrl');
// The reader fixture's models/estimate.yaml holds the shipped default model.
const model = estimateModelSchema.parse(defaultEstimateModel);
const { openPage } = useBrowser();

const cells = (page: Page, row: string) => page.locator(`tr[data-row="${row}"] td`).allTextContents();
const euros = (value: string) => formatMoney(value, 'EUR', 'en-US');

describe('quote calculator', () => {
  it('shows the numbers estimate() computes, and phase hours that add up to the total', async () => {
    const { page, errors } = await openPage({ locale: 'en-US' });
    await page.goto(`${site}quote/`);
    await page.getByLabel('Size').selectOption('M');
    await page.getByLabel('New connectors').fill('1');
    await page.getByLabel('End customers').fill('10');
    const expected = estimate(model, { ...defaultInputs(model), customers: 10 });
    if (!expected.quotable) throw new Error('M is quotable');
    await expect.poll(() => cells(page, 'total')).toEqual([euros(expected.total.low), euros(expected.total.high)]);
    expect(await cells(page, 'services')).toEqual([euros(expected.services.low), euros(expected.services.high)]);
    expect(await cells(page, 'monthly')).toEqual([euros(expected.monthly), euros(expected.monthly)]);
    const phaseHours = await page.locator('tr[data-phase] td').allTextContents();
    const total = (side: 0 | 1) =>
      phaseHours.filter((_, i) => i % 2 === side).reduce((sum, text) => sum + Number.parseFloat(text), 0);
    expect([`${total(0)} h`, `${total(1)} h`]).toEqual(await cells(page, 'hours'));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'First-year total' }).textContent())
      .toContain(euros(expected.total.low));
    expect(errors).toEqual([]);
  });

  it('keeps the whole quote in the URL, so a shared link reproduces it in a fresh browser', async () => {
    const { page } = await openPage({ locale: 'en-US' });
    await page.goto(`${site}quote/`);
    await page.getByLabel('Size').selectOption('L');
    await page.getByLabel('End customers').fill('250');
    await page.getByLabel('Hourly rate (EUR)').fill('99.5');
    await page.getByLabel('Building: low').fill('55');
    await page.getByLabel('Building: high').fill('70');
    await expect.poll(() => page.url()).toContain('h.building=55-70');
    const shared = page.url();
    const before = await page.locator('.quote-results tbody').textContent();
    await page.context().close();

    const fresh = await openPage({ locale: 'en-US' });
    await fresh.page.goto(shared);
    expect(await fresh.page.locator('.quote-results tbody').textContent()).toBe(before);
    expect(await fresh.page.getByLabel('Size').inputValue()).toBe('L');
    expect(await fresh.page.locator('tr[data-phase="building"] th').textContent()).toBe('Building (your hours)');
  });

  it('says XL is never quoted as one project, and points to sizing', async () => {
    const { page } = await openPage();
    await page.goto(`${site}quote/?size=XL`);
    const notice = page.getByText('An XL integration is never quoted as one project');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.getByRole('link', { name: 'sizing' }).getAttribute('href')).toBe('/handbook/sizing/');
    expect(await page.locator('.quote-results table').isVisible()).toBe(false);
  });

  it('opens prefilled from a guide: its size, a connector for each system it marks new, and its own hours', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/invoices-to-ledger/`);
    await page.getByRole('link', { name: 'Estimate this integration' }).click();
    await page.waitForURL(/\/quote\//);
    expect(await page.getByLabel('Size').inputValue()).toBe('L');
    expect(await page.getByLabel('New connectors').inputValue()).toBe('1');
    expect(await page.getByLabel('Building: low').inputValue()).toBe('60');
    expect(await page.locator('tr[data-phase="testing"] td').allTextContents()).toEqual(['16 h', '30 h']);
  });

  it('ignores or clamps hostile URL values with a visible notice, and runs nothing', async () => {
    const { page, errors } = await openPage();
    await page.goto(
      `${site}quote/?size=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E&connectors=-5&customers=1e9&rate=99999999999&h.%3Cscript%3E=1-2`,
    );
    const notices = page.getByRole('status').filter({ hasText: 'Some values in the link were changed' });
    expect(await notices.isVisible()).toBe(true);
    expect(await notices.locator('li').allTextContents()).toEqual([
      'Ignored size="<img src=x onerror=window.__xss=1>": expected S, M, L or XL.',
      'Ignored connectors="-5": expected a whole number from 0 to 1000.',
      'Ignored customers="1e9": expected a whole number from 0 to 1000000.',
      'rate=99999999999 is more than 100000; using 100000.',
      'Ignored h.<script>: there is no phase "<script>".',
    ]);
    expect(await page.locator('main img, quote-calculator script:not([data-model])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('keeps the low quote when only a phase’s high end is set, and hints the hours that apply', async () => {
    const { page } = await openPage({ locale: 'en-US' });
    await page.goto(`${site}quote/`);
    const before = await cells(page, 'total');
    await page.getByLabel('Building: high').fill('60');
    await expect.poll(() => page.url()).toContain('h.building=-60');
    const expected = estimate(model, { ...defaultInputs(model), overrides: { building: { high: 60 } } });
    if (!expected.quotable) throw new Error('M is quotable');
    await expect.poll(() => cells(page, 'total')).toEqual([before[0], euros(expected.total.high)]);
    expect(await page.locator('tr[data-phase="building"] td').allTextContents()).toEqual(['20 h', '60 h']);
    expect(await page.getByLabel('Building: low').inputValue()).toBe('');
    expect(await page.getByLabel('Building: low').getAttribute('placeholder')).toBe('20');
    // The hint follows the size: L scales building by the model's factor.
    await page.getByLabel('Size').selectOption('L');
    const large = estimate(model, { ...defaultInputs(model), size: 'L', overrides: { building: { high: 60 } } });
    if (!large.quotable) throw new Error('L is quotable');
    const building = large.phases.find((phase) => phase.id === 'building')!;
    await expect.poll(() => page.getByLabel('Building: low').getAttribute('placeholder')).toBe(building.low);
  });

  it('resets every input to the model’s defaults, size M, and clears the link', async () => {
    const { page } = await openPage({ locale: 'en-US' });
    await page.goto(`${site}quote/?size=L&customers=250&h.building=55-70&h.testing=-9`);
    const fresh = await openPage({ locale: 'en-US' });
    await fresh.page.goto(`${site}quote/`);
    const modelQuote = await fresh.page.locator('.quote-results tbody').textContent();
    await page.getByRole('button', { name: 'Reset to the model' }).click();
    await expect.poll(() => page.getByLabel('Size').inputValue()).toBe('M');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('End customers').inputValue()).toBe(String(defaultInputs(model).customers));
    expect(await page.getByLabel('Building: low').inputValue()).toBe('');
    expect(await page.getByLabel('Testing: high').inputValue()).toBe('');
    expect(await page.locator('.quote-results tbody').textContent()).toBe(modelQuote);
  });

  it('shows the model and the formula without JavaScript', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site}quote/`);
    expect(await page.getByRole('heading', { name: 'The model and the formula' }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('table', { name: /Typical hours per phase/ })
        .locator('tbody tr')
        .count(),
    ).toBe(6);
    expect(await page.getByLabel('Size').isVisible()).toBe(false);
  });
});

describe('portfolio', () => {
  it('ranks the open requests once each, pins mandatory ones by deadline, and re-ranks the rest when the weights change', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site}portfolio/`);
    const order = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id']));
    const initial = await order();
    // The contract's deadline (2027-01-15) comes before the regulation's (2027-03-01); the XL programme stands for its
    // parts, which are not ranked beside it; building, live and declined requests are not open.
    expect(initial).toEqual(['contract-feed', 'audit-trail-export', 'quick-win', 'low-value', 'ledger-programme']);
    for (const [factor, value] of [
      ['Impact', '100'],
      ['Complexity', '0'],
      ['Cost', '0'],
      ['Risk', '0'],
    ] as const) {
      await page.getByLabel(`${factor} weight (%)`).fill(value);
    }
    await expect.poll(order).not.toEqual(initial);
    const reranked = await order();
    expect(reranked).toEqual(['contract-feed', 'audit-trail-export', 'quick-win', 'ledger-programme', 'low-value']);
    // The formula follows the weights, and the link keeps them: a fresh page opens with this ranking.
    expect(await page.locator('[data-out="formula"]').textContent()).toBe(
      'Priority = 100 × (impact − 1) / 4 + 0 × (5 − complexity) / 4 + 0 × (5 − cost) / 4 + 0 × (5 − risk) / 4',
    );
    expect(new URL(page.url()).search).toBe('?impact=100&complexity=0&cost=0&risk=0');
    const fresh = await openPage();
    await fresh.page.goto(page.url());
    await expect
      .poll(() => fresh.page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id'])))
      .toEqual(reranked);
    expect(await fresh.page.getByLabel('Impact weight (%)').inputValue()).toBe('100');
    await page.getByRole('button', { name: 'Reset to the model' }).click();
    await expect.poll(order).toEqual(initial);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('draws every factor’s bar on one scale: equal points, equal bars', async () => {
    const { page } = await openPage();
    await page.goto(`${site}portfolio/`);
    const bars = await page
      .locator('.factor-bar')
      .evaluateAll((all) =>
        all.map((bar) => [
          bar.querySelector('[data-out="points"]')!.textContent,
          getComputedStyle(bar.querySelector('span[aria-hidden]')!).getPropertyValue('--share'),
        ]),
      );
    const byPoints = new Map<string, Set<string>>();
    for (const [points = '', share = ''] of bars) byPoints.set(points, (byPoints.get(points) ?? new Set()).add(share));
    expect(byPoints.size).toBeGreaterThan(2);
    for (const [points, shares] of byPoints) expect([...shares], `bars of ${points} points`).toHaveLength(1);
  });

  it('waits for weights that sum to 100 before re-ranking', async () => {
    const { page } = await openPage();
    await page.goto(`${site}portfolio/`);
    await page.getByLabel('Impact weight (%)').fill('50');
    expect(await page.getByRole('status').textContent()).toBe('The weights sum to 110; make them sum to 100 to re-rank.');
  });
});
