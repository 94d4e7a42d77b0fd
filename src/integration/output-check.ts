import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from '../lib/csp.ts';
import { pageViolations } from '../lib/output-policy.ts';
import { withBase } from '../lib/urls.ts';

/**
 * Reads every page of a built site and lists whatever could run script the project did not put there
 * (see `pageViolations`), as "page: what" lines; empty when every page is clean.
 */
export function builtPageViolations(site: string, base: string): string[] {
  const allowance = { scriptPrefixes: [withBase(base, '/_astro/')], inlineScriptHashes };
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
  return pages
    .sort()
    .flatMap((page) => pageViolations(readFileSync(join(site, page), 'utf8'), allowance).map((what) => `${page}: ${what}`));
}
