import { z } from 'zod';
import { line, webUrl } from './common.ts';

/** Site settings (`site.yaml` at the top of the content folder); every field is optional. */
export const siteSchema = z.strictObject({
  /** Name shown in the header and page titles. */
  title: line.default('Integration Playbooks'),
  /** One sentence for the home page and search engines. */
  description: line.default('How we integrate systems: guides, anti-patterns and security notes.'),
  /** Public address of the published site, used for the sitemap and canonical links. */
  url: webUrl.optional(),
  /** Sub-path the site is served under, e.g. /playbook/; defaults to /. */
  base: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'a path that starts and ends with "/", such as /playbook/')
    .default('/'),
  /** Address of the source repository, linked from the footer. */
  repository: webUrl.optional(),
  /** Prefix of "Edit this page" links; the entry's path inside the content folder is appended. */
  editLink: webUrl.optional(),
  /** Documented fake credentials that `npm run check` must not report as secrets. */
  secretAllowlist: z.array(z.string()).default([]),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
