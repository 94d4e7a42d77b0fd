import { z } from 'zod';
import { calendarDate, entryId, hours, line, lowNotAboveHigh, summary, tags } from './common.ts';
import { flowTriggers, guideSizes, guideStatuses, syncModes } from '../vocabulary.ts';

export {
  flowTriggers,
  guideSections,
  guideSizes,
  guideStatuses,
  syncModes,
  type GuideSize,
  type GuideStatus,
} from '../vocabulary.ts';

/** One movement of data between two of the guide's systems. */
export const dataFlowSchema = z.strictObject({
  /** System id the data comes from; must be one of the guide's `systems`. */
  from: entryId,
  /** System id the data goes to; must be one of the guide's `systems`. */
  to: entryId,
  /** Business objects that move, e.g. Account, Invoice. */
  objects: z.array(line).min(1, 'at least one object name, such as Invoice'),
  /** What starts the flow: event, schedule or manual. */
  trigger: z.enum(flowTriggers).optional(),
  /** incremental (only changes) or full (everything each run). */
  sync: z.enum(syncModes).optional(),
});
export type DataFlow = z.output<typeof dataFlowSchema>;

export const scorePoint = z.int('a whole number from 1 to 5').min(1, 'a whole number from 1 to 5').max(5, 'a whole number from 1 to 5');

/** Inputs of the prioritisation model, each 1 (low) to 5 (high). */
export const scoreSchema = z.strictObject({
  /** Business value when it runs. */
  impact: scorePoint,
  /** How hard it is to build. */
  complexity: scorePoint,
  /** What it costs to build and run. */
  cost: scorePoint,
  /** What goes wrong if it fails. */
  risk: scorePoint,
  /** Why it must be built regardless of score, e.g. a regulation. */
  mandatory: line.optional(),
});
export type Score = z.output<typeof scoreSchema>;

/** How a live integration is watched; what it leaves out is the monitoring model's default (models/monitoring.yaml). */
export const monitoringSchema = z.strictObject({
  /** How often it runs, in hours, e.g. 4; leave out for a flow that runs on events. */
  everyHours: z.number('a number of hours').positive('more than 0 hours').optional(),
  /** Hours without a successful run (or a handled event) before an alert. */
  alertAfterHours: z.number('a number of hours').positive('more than 0 hours').optional(),
  /** The percentage of failed records in a run that raises an alert. */
  errorRatePercent: z.number('a percentage such as 1').min(0, 'zero or more percent').max(100, 'at most 100 percent').optional(),
  /** How often a compare job checks the destination against the source, in days; false when there is none. */
  compareEveryDays: z.union([z.number('a number of days').positive('more than 0 days'), z.literal(false)]).optional(),
  /** Where alerts go: a queue, a channel or an on-call rota. */
  alertRoute: line,
  /** Who approved loosening a default, and when, e.g. "Head of People Systems, 2026-02-10". */
  approvedBy: line.optional(),
});
export type Monitoring = z.output<typeof monitoringSchema>;

/** Hours this guide expects for some phases of the estimation model, replacing the model's typical range. */
const effortSchema = z.record(z.string(), z.strictObject({ low: hours, high: hours }).refine(...lowNotAboveHigh));

/** Frontmatter of an integration guide (`content/guides/<id>.mdx`). */
export const guideSchema = z
  .strictObject({
    /** Name of the integration, e.g. "Zuora invoices to NetSuite". */
    title: line,
    /** One paragraph for lists and search, at most 280 characters. */
    summary,
    /** S, M, L or XL; an XL guide must list its `breakdown`. */
    size: z.enum(guideSizes),
    /** For XL guides: ids of the L-or-smaller guides the work is split into. */
    breakdown: z.array(entryId).optional(),
    /** Ids of the systems involved (files in content/systems). */
    systems: z.array(entryId).min(1, 'at least one system id'),
    /** Ids of the guide's systems that need a new connector set up; its quote counts one connector for each. */
    newConnectors: z.array(entryId).optional(),
    /** The typed data flows between the guide's systems. */
    dataFlow: z.array(dataFlowSchema).optional(),
    /** Ids of anti-patterns this guide warns about (content/anti-patterns). */
    antiPatterns: z.array(entryId).default([]),
    /** Ids of security notes that apply (content/security). */
    securityNotes: z.array(entryId).default([]),
    /** Prioritisation inputs; see the sizing and scoring handbook pages. */
    score: scoreSchema.optional(),
    /** Hours per estimation-model phase (e.g. building: { low: 30, high: 50 }) for "Estimate this integration". */
    effort: effortSchema.optional(),
    /** Hours building it actually took, once live: /quote/ compares them with the estimation model. */
    actualHours: hours.optional(),
    /** How the running integration is watched: schedule, alert thresholds, compare job, alert route. */
    monitoring: monitoringSchema.optional(),
    /** The directly responsible team or person. */
    owner: line,
    /** draft, active or deprecated; defaults to active. */
    status: z.enum(guideStatuses).default('active'),
    /** When the guide was last checked against reality, YYYY-MM-DD. */
    lastReviewed: calendarDate,
    /** How many months a review stays fresh; defaults to 6. */
    reviewEveryMonths: z.int('a whole number of months').min(1, 'at least 1 month').max(36, 'at most 36 months').default(6),
    /** Free keywords. */
    tags,
  })
  // Runs even when other fields failed (`when`), so an author sees these problems in the same run;
  // the input may therefore be partly invalid, and is read defensively.
  .superRefine(
    (guide, ctx) => {
      const raw = guide as Partial<Record<keyof typeof guide, unknown>>;
      if (raw.size === 'XL' && !(Array.isArray(raw.breakdown) && raw.breakdown.length)) {
        ctx.addIssue({
          code: 'custom',
          path: ['breakdown'],
          message: 'an XL guide must list its breakdown: the ids of the L-or-smaller guides the work is split into',
          params: { rule: 'xl-breakdown' },
        });
      }
      const systems = Array.isArray(raw.systems) ? raw.systems.filter((s) => typeof s === 'string') : [];
      if (Array.isArray(raw.newConnectors)) {
        raw.newConnectors.forEach((id: unknown, index) => {
          if (typeof id === 'string' && !systems.includes(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['newConnectors', index],
              message: `system "${id}" is not among the guide's systems (${systems.join(', ') || 'none listed'})`,
              params: { rule: 'data-flow-system', found: id, candidates: systems },
            });
          }
        });
      }
      if (!Array.isArray(raw.dataFlow)) return;
      raw.dataFlow.forEach((flow: unknown, index) => {
        for (const end of ['from', 'to'] as const) {
          const id = (flow as Record<string, unknown> | null)?.[end];
          if (typeof id === 'string' && !systems.includes(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['dataFlow', index, end],
              message: `system "${id}" is not among the guide's systems (${systems.join(', ') || 'none listed'})`,
              params: { rule: 'data-flow-system', found: id, candidates: systems },
            });
          }
        }
      });
    },
    { when: ({ value }) => typeof value === 'object' && value !== null },
  );

export type GuideInput = z.input<typeof guideSchema>;
export type Guide = z.output<typeof guideSchema>;
