// A guide's monitoring as it applies: its own values, the monitoring model's defaults for the rest, and the
// values that loosen a default (and so need someone's approval).
import type { Monitoring } from './schemas/guide.ts';
import type { MonitoringModel } from './schemas/monitoring-model.ts';

/** One monitoring value of a guide, where it came from, and the default it replaces. */
export interface MonitoringValue<T> {
  value: T;
  /** The model's value for this guide. */
  default: T;
  /** Whether the guide set it (otherwise it is the default). */
  own: boolean;
}

/** What watches a live integration. */
export interface AppliedMonitoring {
  /** Hours between runs; undefined for an event-driven flow. */
  everyHours: number | undefined;
  alertAfterHours: MonitoringValue<number>;
  errorRatePercent: MonitoringValue<number>;
  /** Days between compare jobs, or false for none. */
  compareEveryDays: MonitoringValue<number | false>;
  alertRoute: string;
  approvedBy: string | undefined;
  /** The fields whose value is laxer than the default: later alerts, a higher error rate, rarer or no compare job. */
  loosened: ('alertAfterHours' | 'errorRatePercent' | 'compareEveryDays')[];
}

/** The guide's monitoring with the model's defaults filled in, and what it loosens. */
export function applyMonitoring(monitoring: Monitoring, model: MonitoringModel): AppliedMonitoring {
  const silence = monitoring.everyHours === undefined ? model.eventSilenceHours : model.silentIntervals * monitoring.everyHours;
  const pick = <T>(own: T | undefined, fallback: T): MonitoringValue<T> =>
    own === undefined ? { value: fallback, default: fallback, own: false } : { value: own, default: fallback, own: true };
  const applied = {
    everyHours: monitoring.everyHours,
    alertAfterHours: pick(monitoring.alertAfterHours, silence),
    errorRatePercent: pick(monitoring.errorRatePercent, model.errorRatePercent),
    compareEveryDays: pick<number | false>(monitoring.compareEveryDays, model.compareEveryDays),
    alertRoute: monitoring.alertRoute,
    approvedBy: monitoring.approvedBy,
  };
  const laxer = (value: number | false, fallback: number | false) => value === false || (fallback !== false && value > fallback);
  const loosened = (['alertAfterHours', 'errorRatePercent', 'compareEveryDays'] as const).filter((field) =>
    laxer(applied[field].value, applied[field].default),
  );
  return { ...applied, loosened };
}

/** A number of hours or days as a reader reads it: "8 hours", "1 day". */
export function formatPeriod(value: number, unit: 'hour' | 'day'): string {
  return `${String(Number(value.toFixed(2)))} ${unit}${value === 1 ? '' : 's'}`;
}

/** What the default for a field is and why, for messages and pages: "8 hours, 2 runs of a schedule every 4 hours". */
export function describeDefault(field: AppliedMonitoring['loosened'][number], applied: AppliedMonitoring, model: MonitoringModel): string {
  const { default: fallback } = applied[field];
  if (field === 'alertAfterHours') {
    return applied.everyHours === undefined
      ? `${formatPeriod(fallback as number, 'hour')} for an event-driven flow`
      : `${formatPeriod(fallback as number, 'hour')}, ${model.silentIntervals} runs of a schedule every ${formatPeriod(applied.everyHours, 'hour')}`;
  }
  if (field === 'errorRatePercent') return `${String(fallback)}%`;
  return fallback === false ? 'none' : `every ${formatPeriod(fallback as number, 'day')}`;
}
