import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkSources } from '../../src/lib/content/validate.ts';
import { applyMonitoring } from '../../src/lib/monitoring.ts';
import type { Monitoring } from '../../src/lib/schemas/guide.ts';
import { defaultMonitoringModel, monitoringModelSchema } from '../../src/lib/schemas/monitoring-model.ts';
import { guideInput, source, systemInput } from '../helpers/entries.ts';

const model = monitoringModelSchema.parse({
  silentIntervals: 2,
  eventSilenceHours: 24,
  errorRatePercent: 1,
  compareEveryDays: 7,
});

describe('a guide’s monitoring', () => {
  it('takes the model’s default for what it leaves out: two intervals of its schedule, or a day for events', () => {
    const scheduled = applyMonitoring({ everyHours: 4, alertRoute: 'Queue' }, model);
    expect([scheduled.alertAfterHours, scheduled.errorRatePercent.value, scheduled.compareEveryDays.value]).toEqual([
      { value: 8, default: 8, own: false },
      1,
      7,
    ]);
    expect(applyMonitoring({ alertRoute: 'Queue' }, model).alertAfterHours.value).toBe(24);
    expect(scheduled.loosened).toEqual([]);
  });

  it('names each value laxer than its default: a later alert, a higher error rate, a rarer compare job or none', () => {
    const laxer: Monitoring = { everyHours: 4, alertAfterHours: 12, errorRatePercent: 5, compareEveryDays: 30, alertRoute: 'Q' };
    expect(applyMonitoring(laxer, model).loosened).toEqual(['alertAfterHours', 'errorRatePercent', 'compareEveryDays']);
    expect(applyMonitoring({ compareEveryDays: false, alertRoute: 'Q' }, model).loosened).toEqual(['compareEveryDays']);
    const tighter: Monitoring = { everyHours: 4, alertAfterHours: 5, errorRatePercent: 0, compareEveryDays: 1, alertRoute: 'Q' };
    expect(applyMonitoring(tighter, model).loosened).toEqual([]);
  });
});

describe('check', () => {
  const problemsOf = (monitoring: Monitoring) =>
    checkSources([
      source('systems', 'zuora', systemInput({ name: 'Zuora', category: 'billing' })),
      source('systems', 'netsuite', systemInput()),
      source('guides', 'invoices-to-ledger', guideInput({ monitoring })),
    ]).problems.map(formatProblem);

  it('warns when a guide loosens a default without naming who approved it, on the field’s line', () => {
    expect(problemsOf({ everyHours: 4, alertAfterHours: 12, alertRoute: 'People Systems queue' })).toEqual([
      expect.stringMatching(
        /^content\/guides\/invoices-to-ledger\.mdx:\d+:\d+ {2}warning {2}monitoring\.alertAfterHours: loosens the monitoring default without an approver \(found: 12; default: 8 hours, 2 runs of a schedule every 4 hours\) — name who approved it in monitoring\.approvedBy, or use the default {2}\(monitoring-default\)$/,
      ),
    ]);
    expect(problemsOf({ compareEveryDays: false, alertRoute: 'Q' })).toEqual([
      expect.stringContaining(
        'monitoring.compareEveryDays: loosens the monitoring default without an approver (found: false; default: every 7 days)',
      ),
    ]);
  });

  it('is quiet when the guide names the approver, or only tightens the defaults', () => {
    expect(problemsOf({ everyHours: 4, alertAfterHours: 12, alertRoute: 'Q', approvedBy: 'Head of People Systems' })).toEqual([]);
    expect(problemsOf({ everyHours: 4, alertAfterHours: 6, errorRatePercent: 0, alertRoute: 'Q' })).toEqual([]);
  });

  it('ships defaults that agree with the model file’s schema', () => {
    expect(monitoringModelSchema.parse(defaultMonitoringModel)).toEqual(model);
  });
});
