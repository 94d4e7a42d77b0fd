import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page } from '../helpers/html.ts';

// The reader fixture's requests (test/fixtures/reader/requests): ten, in every status, two of them mandatory.
const dir = inject('readerDir');

/** Each column's heading and the titles of its cards, in order. */
async function board(path: string) {
  const html = await page(dir, path);
  return html.querySelectorAll('.pipeline section').map((column) => ({
    status: column.querySelector('h2')!.textContent.replace(/\s+/g, ' ').trim(),
    cards: column.querySelectorAll('.card h3').map((card) => card.textContent.trim()),
  }));
}

describe('the pipeline page', () => {
  it('shows one column per status, each most urgent first: mandatory by deadline, then by priority', async () => {
    expect(await board('pipeline/index.html')).toEqual([
      {
        status: 'Funnel (4)',
        cards: ['Audit trail export to the file share', 'Quick win sync', 'Weekly billing report', 'Ledger payments part'],
      },
      { status: 'Planned (3)', cards: ['Contract feed for the reseller', 'Ledger invoices part', 'Ledger programme'] },
      { status: 'Building (1)', cards: ['Nightly files, building'] },
      { status: 'Live (1)', cards: ['Accounts to billing, live'] },
      { status: 'Declined (1)', cards: ['Declined idea'] },
    ]);
  });

  it('gives each card its priority, size, deadline and owner, its mandate, and its guide once live', async () => {
    const html = await page(dir, 'pipeline/index.html');
    const facts = (id: string) => {
      const card = html.querySelector(`[data-id="${id}"]`)!;
      const terms = card.querySelectorAll('dt').map((dt) => dt.textContent);
      const values = card.querySelectorAll('dd').map((dd) => dd.textContent.trim());
      return Object.fromEntries(terms.map((term, index) => [term, values[index]]));
    };
    expect(facts('contract-feed')).toMatchObject({
      Priority: '42.5',
      'Required by': 'Reseller agreement clause 4',
      Deadline: '2027-01-15',
      Owner: 'Partner Team',
      Systems: 'CRM One · Reseller portal',
    });
    expect(html.querySelector('[data-id="contract-feed"] .badge')!.textContent).toContain('S');
    expect(facts('accounts-live')['Guide']).toBe('Accounts to billing');
    expect(html.querySelector('[data-id="accounts-live"] dd a')!.getAttribute('href')).toBe('/guides/accounts-to-billing/');
    expect(html.querySelector('[data-id="accounts-live"] h3 a')!.getAttribute('href')).toBe('/requests/accounts-live/');
  });

  it('narrows to one system or one owner on a page of its own, with no script', async () => {
    const owner = await board('pipeline/owner/controller-team/index.html');
    expect(owner.flatMap((column) => column.cards)).toEqual([
      'Audit trail export to the file share',
      'Ledger payments part',
      'Ledger invoices part',
      'Ledger programme',
    ]);
    const system = await board('pipeline/system/reseller-portal/index.html');
    expect(system.flatMap((column) => column.cards)).toEqual(['Contract feed for the reseller']);
    const html = await page(dir, 'pipeline/system/reseller-portal/index.html');
    expect(html.querySelector('.pipeline-filters [aria-current="page"]')!.textContent).toContain('Reseller portal');
    expect(html.querySelectorAll('main script')).toEqual([]);
    // Every filter the page offers leads to a page that was built.
    for (const href of html.querySelectorAll('.pipeline-filters a').map((a) => a.getAttribute('href')!))
      expect(existsSync(join(dir, href, 'index.html')), href).toBe(true);
  });

  it('is linked from the header of a handbook with requests', async () => {
    const home = await page(dir, 'index.html');
    expect(home.querySelectorAll('header nav a').map((a) => a.getAttribute('href'))).toContain('/pipeline/');
  });
});

describe('a request’s page', () => {
  it('shows its intake record as facts: status, systems, volume, mandate, score, parts and what it is part of', async () => {
    const facts = async (id: string) => {
      const html = await page(dir, `requests/${id}/index.html`);
      const terms = html.querySelectorAll('main dl.facts dt').map((dt) => dt.textContent.trim());
      // A list reads as the page shows it, its items separated by commas.
      const read = (dd: HTMLElement) => {
        const items = dd.querySelectorAll('li');
        return (items.length ? items.map((li) => li.textContent).join(', ') : dd.textContent).replace(/\s+/g, ' ').trim();
      };
      const values = html.querySelectorAll('main dl.facts dd').map(read);
      return Object.fromEntries(terms.map((term, index) => [term, values[index]]));
    };
    expect(await facts('contract-feed')).toMatchObject({
      Status: 'Planned',
      Systems: 'CRM One, Reseller portal (new)',
      Volume: '300 records a day',
      'Personal data': 'Yes',
      Mandatory: 'Contract Reseller agreement clause 4, by 2027-01-15',
      Size: 'S (Small)',
    });
    expect((await facts('ledger-programme'))['Parts']).toBe('Ledger invoices part, Ledger payments part');
    expect((await facts('ledger-invoices'))['Part of']).toBe('Ledger programme');
    expect(await facts('accounts-live')).toMatchObject({ Guide: 'Accounts to billing', Estimated: '60 h', Actual: '75 h' });
  });
});
