import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/html.ts';

// The reader fixture's nightly-file-drop guide watches a daily run more loosely than the defaults, with approval;
// its models/ folder has no monitoring.yaml, so the shipped defaults apply.
const dir = inject('readerDir');
const text = (element: { textContent: string } | null) => element?.textContent.replace(/\s+/g, ' ').trim();

describe('monitoring on the pages', () => {
  it('shows a guide’s monitoring in its facts, with the defaults it loosens and who approved that', async () => {
    const html = await page(dir, 'guides/nightly-file-drop/index.html');
    expect(html.querySelectorAll('.monitoring-facts li').map(text)).toEqual([
      'Runs every 24 hours',
      'Alert after 72 hours without a successful run',
      'Alert when more than 1% of records fail',
      'No compare job',
      'Alerts go to Compliance queue',
      'Looser than the default of 48 hours, 2 runs of a schedule every 24 hours; every 7 days: approved by Compliance lead, 2026-01-05',
    ]);
  });

  it('writes the monitoring model’s defaults into a handbook page that asks for them', async () => {
    const html = await page(dir, 'handbook/sizing/index.html');
    const facts = html.querySelectorAll('.monitoring-defaults dd').map(text);
    expect(facts.slice(0, 4)).toEqual([
      'Alert when no run has succeeded for 2 intervals of the schedule',
      'Alert when no event has been handled successfully for 24 hours',
      'Alert when more than 1% of a run’s records fail',
      'At least every 7 days, checking the destination against the source',
    ]);
  });
});
