import { z } from 'zod';
import { entryId, hours, line, lowNotAboveHigh } from './common.ts';

const money = z.number('an amount of money such as 1500 or 12.50').min(0, 'zero or more');
const factor = z.number('a number such as 1.5').positive('a factor above zero, such as 1.5');

/** One phase of a project with its typical range of hours. */
const phaseSchema = z
  .strictObject({
    /** Short id used in URLs and in a guide's `effort` overrides, e.g. building. */
    id: entryId,
    /** Name shown on the quote, e.g. "Building". */
    name: line,
    /** Fewest hours this phase typically takes. */
    low: hours,
    /** Most hours this phase typically takes. */
    high: hours,
    /** Whether the size factor (S, M, L) multiplies this phase's hours. */
    scalesWithSize: z.boolean('true or false').default(false),
  })
  .refine(...lowNotAboveHigh);

/** Every ISO 4217 currency code this JavaScript engine can format. */
const currencyCodes: readonly string[] = Intl.supportedValuesOf('currency');

/** The estimation model (`models/estimate.yaml` in the content folder): what a custom integration costs. */
export const estimateModelSchema = z
  .strictObject({
    /** ISO 4217 currency code, e.g. EUR or USD. */
    currency: z.string('a currency code such as EUR').refine((code) => currencyCodes.includes(code), {
      message: 'expected an ISO 4217 currency code such as EUR, USD or GBP',
      params: { candidates: currencyCodes },
    }),
    /** Price of one hour of work. */
    hourlyRate: money,
    /** The project's phases and their typical hours; a size factor applies to the ones that scale with size. */
    phases: z.array(phaseSchema).min(1, 'at least one phase'),
    /** Hours of maintenance per month once the integration runs. */
    maintenanceHoursPerMonth: hours.default(1),
    /** Whether maintenance hours grow with the size factor, as building and testing can (default false). */
    maintenanceScalesWithSize: z.boolean('true or false').default(false),
    /** Recurring licence cost per end customer per month. */
    licencePerCustomerPerMonth: money.default(0),
    /** One-time setup cost of each new connector. */
    connectorSetup: money.default(0),
    /** Multipliers of the scaling phases for each quotable size; XL is never quoted as one project. */
    sizeFactors: z.strictObject({ S: factor, M: factor, L: factor }),
    /** Extra share of an XL project's hours spent coordinating its parts, in percent of the parts' hours. */
    coordinationPercent: z
      .number('a percentage such as 10')
      .min(0, 'zero or more percent')
      .max(100, 'at most 100 percent')
      .default(10),
    /** Extra share of the services hours held back for the unknown, in percent. */
    contingencyPercent: z
      .number('a percentage such as 15')
      .min(0, 'zero or more percent')
      .max(100, 'at most 100 percent')
      .default(0),
  })
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    model.phases.forEach((phase, index) => {
      if (seen.has(phase.id))
        ctx.addIssue({ code: 'custom', path: ['phases', index, 'id'], message: `a second phase with the id "${phase.id}"` });
      seen.add(phase.id);
    });
  });

export type EstimateModelInput = z.input<typeof estimateModelSchema>;
export type EstimateModel = z.output<typeof estimateModelSchema>;
export type Phase = EstimateModel['phases'][number];

/**
 * The model a handbook gets when it has no `models/estimate.yaml`: the typical ranges of a custom
 * integration (project management 2–10 h, analysis 1–5, building 20–40, testing 2–10,
 * documentation 1–4, fine-tuning after go-live 0–20), one maintenance hour a month.
 */
export const defaultEstimateModel: EstimateModelInput = {
  currency: 'EUR',
  hourlyRate: 120,
  phases: [
    { id: 'project-management', name: 'Project management', low: 2, high: 10 },
    { id: 'analysis', name: 'Analysis', low: 1, high: 5 },
    { id: 'building', name: 'Building', low: 20, high: 40, scalesWithSize: true },
    { id: 'testing', name: 'Testing', low: 2, high: 10, scalesWithSize: true },
    { id: 'documentation', name: 'Documentation', low: 1, high: 4 },
    { id: 'fine-tuning', name: 'Fine-tuning after go-live', low: 0, high: 20 },
  ],
  maintenanceHoursPerMonth: 1,
  licencePerCustomerPerMonth: 15,
  connectorSetup: 500,
  sizeFactors: { S: 0.5, M: 1, L: 2 },
  contingencyPercent: 15,
};
