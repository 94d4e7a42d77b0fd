import { z } from 'zod';

const positive = (what: string) => z.number(`a number of ${what}`).positive(`more than 0 ${what}`);

/**
 * The monitoring defaults (`models/monitoring.yaml` in the content folder): what every live integration is watched
 * for unless its guide says otherwise, and with whose approval.
 */
export const monitoringModelSchema = z.strictObject({
  /** A scheduled flow alerts when no run has succeeded for this many of its intervals, e.g. 2. */
  silentIntervals: positive('intervals'),
  /** An event-driven flow alerts when no event has been handled successfully for this many hours. */
  eventSilenceHours: positive('hours'),
  /** A run alerts when more than this percentage of its records fail. */
  errorRatePercent: z.number('a percentage such as 1').min(0, 'zero or more percent').max(100, 'at most 100 percent'),
  /** A compare job checks the destination against the source at least this often, in days. */
  compareEveryDays: positive('days'),
});

export type MonitoringModelInput = z.input<typeof monitoringModelSchema>;
export type MonitoringModel = z.output<typeof monitoringModelSchema>;

/** Alert after two missed intervals, or a day without a handled event; more than 1 % failed records; a weekly compare. */
export const defaultMonitoringModel: MonitoringModelInput = {
  silentIntervals: 2,
  eventSilenceHours: 24,
  errorRatePercent: 1,
  compareEveryDays: 7,
};
