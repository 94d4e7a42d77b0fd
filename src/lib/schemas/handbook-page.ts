import { z } from 'zod';
import { line, summary, tags } from './common.ts';

/** Frontmatter of a handbook page (`content/handbook/<id>.mdx`): guidance for every integration. */
export const handbookPageSchema = z.strictObject({
  /** Page title, e.g. "Roles". */
  title: line,
  /** One paragraph for lists and search, at most 280 characters. */
  summary,
  /** Position in the handbook list; lower comes first, then by title. */
  order: z.number('a number such as 10').optional(),
  /** Free keywords. */
  tags,
});

export type HandbookPageInput = z.input<typeof handbookPageSchema>;
export type HandbookPage = z.output<typeof handbookPageSchema>;
