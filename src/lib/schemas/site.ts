import { z } from 'zod';
import { line, webUrl } from './common.ts';

/** A colour as CSS writes it in hex: #rgb or #rrggbb. */
const hexColour = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'a colour written as #rrggbb, such as #0a58c2');

/** The site path of a file in public/ with one of `extensions`. */
const publicPath = (extensions: string[], example: string) =>
  z
    .string()
    .regex(
      new RegExp(`^/[^?#\\s]+\\.(?:${extensions.join('|')})$`, 'i'),
      `the path of a ${extensions.map((e) => `.${e}`).join(', ')} file in public/, such as ${example}`,
    );

/**
 * The fewest words a guide's required section needs by default: about two sentences. The starter guides'
 * shortest section has 44 words and their median about 115, so a real section passes and a stub does not.
 */
export const defaultSectionWords = 25;

/** Markers of unfinished work that no finished entry holds, by default. */
export const defaultPlaceholders = ['TODO', 'TBD', 'FIXME', 'Lorem ipsum'] as const;

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
  /** A logo shown before the title in the header: the path of an image in public/, e.g. /logo.svg. */
  logo: publicPath(['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'], '/logo.svg').optional(),
  /** Colour of links, as #rrggbb: one (the dark theme's is derived) or { light, dark }; each must reach 4.5:1. */
  accent: z.union([hexColour, z.strictObject({ light: hexColour, dark: hexColour })]).optional(),
  /** An extra stylesheet loaded after the generator's: the path of a .css file in public/, e.g. /theme.css. */
  stylesheet: publicPath(['css'], '/theme.css').optional(),
  /** What a finished entry needs (false: none of it); check reports what falls short: errors for active entries, warnings for drafts. */
  finished: z
    .union([
      z.literal(false),
      z.strictObject({
        /** The fewest words each required section of a guide must have; 0 turns the rule off. */
        sectionWords: z.number().int().min(0).default(defaultSectionWords),
        /** Words that mark unfinished work wherever they appear (whole words, case as written), besides the templates' own. */
        placeholders: z.array(line).default([...defaultPlaceholders]),
      }),
    ])
    .default({ sectionWords: defaultSectionWords, placeholders: [...defaultPlaceholders] }),
  /** Documented fake credentials that `npm run check` must not report as secrets. */
  secretAllowlist: z.array(z.string()).default([]),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
