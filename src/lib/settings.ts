import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteSchema, type Site } from './schemas/site.ts';
import { displayPath, readText } from './content/read.ts';
import type { Problem } from './content/problems.ts';
import { schemaProblems } from './content/schema-problems.ts';
import { parseYamlSource } from './content/source.ts';
import { readTheme, type Theme } from './theme.ts';

/** Where the handbook lives: the content folder and the project root paths are shown relative to. */
export interface HandbookLocation {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path that file names in messages are relative to. */
  root: string;
}

/** The content folder: `PLAYBOOK_CONTENT` when set, else `configured` (default ./content), resolved against the project root. */
export function resolveContentDir(root: string, env: Record<string, string | undefined>, configured = 'content'): string {
  return resolve(root, env['PLAYBOOK_CONTENT'] || configured);
}

/**
 * Astro's cache folder for one content folder (its content store and more), so that building another
 * handbook never reuses this one's: node_modules/.astro/<12 hex digits of the folder's digest>.
 */
export function contentCacheDir(root: string, contentDir: string): string {
  return join(root, 'node_modules', '.astro', createHash('sha256').update(contentDir).digest('hex').slice(0, 12));
}

/**
 * Reads `site.yaml` from the content folder (optional) and applies `PLAYBOOK_SITE_URL` (whose path,
 * if any, is the base) and `PLAYBOOK_BASE` from the environment, which deployments set. Invalid settings come back as
 * problems together with the defaults, so a single report lists them with content problems.
 */
export async function readSiteSettings(
  { contentDir, root }: HandbookLocation,
  env: Record<string, string | undefined>,
): Promise<{ site: Site; theme: Theme; problems: Problem[] }> {
  const path = join(contentDir, 'site.yaml');
  const file = displayPath(root, path);
  const read = existsSync(path) ? readText(path, file) : { text: '' };
  if ('problem' in read) return { site: siteSchema.parse({}), theme: {}, problems: [read.problem] };
  const source = parseYamlSource(read.text, file);
  const problems = [...source.problems];
  const input = { ...((source.data as object | null | undefined) ?? {}) } as Record<string, unknown>;
  const url = env['PLAYBOOK_SITE_URL'];
  if (url) {
    input['url'] = url;
    // Pages hosts give the site's whole address (https://acme.gitlab.io/handbook): its path is the base.
    const path = URL.canParse(url) ? new URL(url).pathname : '/';
    if (path !== '/') input['base'] = path.endsWith('/') ? path : `${path}/`;
  }
  if (env['PLAYBOOK_BASE']) input['base'] = env['PLAYBOOK_BASE'];
  const parsed = siteSchema.safeParse(input);
  if (parsed.success) {
    const { theme, problems: themeProblems } = await readTheme(parsed.data, root, file, source);
    return { site: parsed.data, theme, problems: [...problems, ...themeProblems] };
  }
  problems.push(...schemaProblems(parsed.error.issues, input, siteSchema, { file, source }));
  return { site: siteSchema.parse({}), theme: {}, problems };
}
