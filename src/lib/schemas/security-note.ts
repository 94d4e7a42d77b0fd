import { z } from 'zod';
import { line, summary, tags } from './common.ts';

/** How serious a security note is. */
export const securitySeverities = ['low', 'medium', 'high', 'critical'] as const;

/** Frontmatter of a security note (`content/security/<id>.mdx`). */
export const securityNoteSchema = z.strictObject({
  /** Name of the practice, e.g. "Secrets never live in code". */
  title: line,
  /** One paragraph for lists and search, at most 280 characters. */
  summary,
  /** low, medium, high or critical. */
  severity: z.enum(securitySeverities),
  /** Free keywords. */
  tags,
});

export type SecurityNoteInput = z.input<typeof securityNoteSchema>;
export type SecurityNote = z.output<typeof securityNoteSchema>;
