import { z } from 'zod';
import { line, summary, tags } from './common.ts';

/** How much harm an anti-pattern does. */
export const antiPatternSeverities = ['low', 'medium', 'high'] as const;

/** Frontmatter of an anti-pattern (`content/anti-patterns/<id>.mdx`). */
export const antiPatternSchema = z.strictObject({
  /** Name of the mistake, e.g. "Point-to-point integrations". */
  title: line,
  /** One paragraph for lists and search, at most 280 characters. */
  summary,
  /** low, medium or high. */
  severity: z.enum(antiPatternSeverities),
  /** Free keywords. */
  tags,
});

export type AntiPatternInput = z.input<typeof antiPatternSchema>;
export type AntiPattern = z.output<typeof antiPatternSchema>;
