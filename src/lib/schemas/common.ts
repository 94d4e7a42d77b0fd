import { z } from 'zod';

/** An entry id: the file name without its extension, lower-case words joined by hyphens. */
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id in lower-case kebab-case, such as "salesforce"');

/** A plain calendar date `YYYY-MM-DD`; YAML parsers that read it as a Date are accepted too. */
export const calendarDate = z
  .union([z.iso.date({ error: 'a real date written as YYYY-MM-DD' }), z.date()], {
    error: 'a date written as YYYY-MM-DD',
  })
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** A short, non-empty line of text such as a title. */
export const line = z.string().trim().min(1, 'a non-empty text');

/** A one-paragraph summary shown in lists and search results; 280 characters at most. */
export const summary = line.max(280, 'at most 280 characters');

/** Free keywords that group entries across collections; each becomes a page under /tags/. */
export const tags = z.array(line).default([]);

/** An absolute web address; only http and https, so a link can never run script. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'an http(s) address such as https://example.com' });

/** A number of hours, zero or more. */
export const hours = z.number('a number of hours').min(0, 'zero or more hours');

/** Checks a range's ends (for `.refine`): low must not be above high, reported on low. */
export const lowNotAboveHigh: [(range: { low: number; high: number }) => boolean, { message: string; path: string[] }] = [
  (range) => range.low <= range.high,
  { message: 'low must not be above high', path: ['low'] },
];
