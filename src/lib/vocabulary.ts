// The fixed words of the content contract, without zod, so browser code can use them cheaply.

/** Guide sizes, from a few days of work (S) to a programme that must be broken down (XL). */
export const guideSizes = ['S', 'M', 'L', 'XL'] as const;
export type GuideSize = (typeof guideSizes)[number];

/** Publishing state of a guide. */
export const guideStatuses = ['draft', 'active', 'deprecated'] as const;
export type GuideStatus = (typeof guideStatuses)[number];

/** What starts a data flow. */
export const flowTriggers = ['event', 'schedule', 'manual'] as const;
/** Whether a flow moves only what changed or everything every time. */
export const syncModes = ['incremental', 'full'] as const;

/** The second-level sections every guide body has, in this order. */
export const guideSections = [
  'Introduction',
  'Prerequisites',
  'Configuration steps',
  'Data transformation',
  'Error handling',
  'Testing',
  'Deployment',
  'Maintenance',
] as const;

/** Where an integration request stands, in the order a pipeline shows them: funnel → plan → build → live, or declined. */
export const requestStatuses = ['funnel', 'planned', 'building', 'live', 'declined'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** What makes a request mandatory: a regulation (law, standard, audit finding) or a contract. */
export const mandateKinds = ['regulation', 'contract'] as const;

/** The period a request's volume is counted over. */
export const volumePeriods = ['hour', 'day', 'week', 'month', 'year'] as const;
