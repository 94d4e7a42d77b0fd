import { z } from 'zod';
import { calendarDate, entryId, hours, line, summary } from './common.ts';
import { scorePoint } from './guide.ts';
import { flowTriggers, guideSizes, mandateKinds, requestStatuses, volumePeriods } from '../vocabulary.ts';

/** Why a request must be built whatever its score: a named regulation or contract, with the date it binds. */
export const mandateSchema = z.strictObject({
  /** regulation or contract. */
  kind: z.enum(mandateKinds),
  /** Which one, e.g. "EU Pay Transparency Directive" or "Acme master services agreement §7". */
  name: line,
  /** The date by which it must be live. */
  deadline: calendarDate,
});
export type Mandate = z.output<typeof mandateSchema>;

/** How many records move, and per what period. */
export const volumeSchema = z.strictObject({
  /** Records per period, e.g. 200. */
  records: z.int('a whole number of records').min(0, 'zero or more records'),
  /** hour, day, week, month or year. */
  per: z.enum(volumePeriods),
});

/** The inputs of the prioritisation model, each 1 (low) to 5 (high), as the requester and the team judge them. */
export const requestScoreSchema = z.strictObject({
  /** Business value when it runs. */
  impact: scorePoint,
  /** How hard it is to build. */
  complexity: scorePoint,
  /** What it costs to build and run. */
  cost: scorePoint,
  /** What goes wrong if it fails. */
  risk: scorePoint,
});

/** An integration request (`content/requests/<id>.yaml`): the intake record a team scores, plans and builds. */
export const requestSchema = z
  .strictObject({
    /** What should be integrated, e.g. "Workday terminations to Okta". */
    title: line,
    /** The problem it solves, in one paragraph of at most 280 characters. */
    problem: summary,
    /** Who asked, e.g. "Dana Ruiz (Payroll)". */
    requester: line,
    /** Who decides and is accountable for the result; the pipeline's owner. */
    businessOwner: line,
    /** Ids of the systems involved that the handbook describes, e.g. [workday, netsuite]. */
    systems: z.array(entryId).default([]),
    /** Systems involved that the handbook does not describe yet, by name, e.g. [Okta]. */
    newSystems: z.array(line).default([]),
    /** Business objects that move, e.g. [Worker, Termination]. */
    objects: z.array(line).min(1, 'at least one object name, such as Invoice'),
    /** How many records move, and per what period. */
    volume: volumeSchema.optional(),
    /** What starts the flow: event, schedule or manual. */
    trigger: z.enum(flowTriggers),
    /** When the requester needs it live. */
    deadline: calendarDate.optional(),
    /** Whether personal data (about employees, customers or other people) moves. */
    personalData: z.boolean('true or false'),
    /** The four inputs of the prioritisation model, 1 (low) to 5 (high). */
    score: requestScoreSchema,
    /** When a regulation or contract requires it: which, and by when. Mandatory requests rank above all others. */
    mandatory: mandateSchema.optional(),
    /** First size guess: S, M, L or XL. */
    size: z.enum(guideSizes),
    /** funnel, planned, building, live or declined. */
    status: z.enum(requestStatuses),
    /** For a live request: the id of the guide that documents it. */
    guide: entryId.optional(),
    /** For an XL request: ids of the smaller requests it is split into. */
    breakdown: z.array(entryId).optional(),
    /** Hours the team estimated. */
    estimatedHours: hours.optional(),
    /** Hours it actually took, once built. */
    actualHours: hours.optional(),
  })
  .superRefine((request, context) => {
    if (request.status === 'live' && !request.guide) {
      context.addIssue({
        code: 'custom',
        path: ['guide'],
        message: 'a live request names the guide that documents it (guide: <guide id>)',
      });
    }
    if (request.systems.length + request.newSystems.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['systems'],
        message: 'at least one system, by id in systems or by name in newSystems',
      });
    }
  });

export type RequestInput = z.input<typeof requestSchema>;
export type IntegrationRequest = z.output<typeof requestSchema>;

/** Fields the team fills in after intake; a request form does not ask for them. */
export const teamFields = ['status', 'guide', 'breakdown', 'estimatedHours', 'actualHours'] as const;

/**
 * The fields a request form asks for, as dotted paths of the schema (nested objects by their fields, e.g.
 * "score.impact"), in the schema's order: every field but the team's.
 */
export function intakeFields(): string[] {
  const paths = (shape: Record<string, z.ZodType>, prefix: string): string[] =>
    Object.entries(shape).flatMap(([key, field]) => {
      let inner: z.ZodType = field;
      while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
      return inner instanceof z.ZodObject
        ? paths(inner.shape as Record<string, z.ZodType>, `${prefix}${key}.`)
        : [`${prefix}${key}`];
    });
  const shape = requestSchema.shape as Record<string, z.ZodType>;
  return paths(shape, '').filter((path) => !(teamFields as readonly string[]).includes(path));
}
