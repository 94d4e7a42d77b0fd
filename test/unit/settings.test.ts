import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readHandbookSources } from '../../src/lib/content/read.ts';
import { readSiteSettings, resolveContentDir } from '../../src/lib/settings.ts';
import { tempDir } from '../helpers/project.ts';

async function contentWith(siteYaml?: string) {
  const root = await tempDir('settings');
  const contentDir = join(root, 'content');
  await mkdir(contentDir);
  if (siteYaml !== undefined) await writeFile(join(contentDir, 'site.yaml'), siteYaml);
  return { root, contentDir };
}

describe('site settings', () => {
  it('uses the defaults when there is no site.yaml', async () => {
    const { site, problems } = await readSiteSettings(await contentWith(), {});
    expect(problems).toEqual([]);
    expect(site).toEqual({
      title: 'Integration Playbooks',
      description: expect.any(String),
      base: '/',
      finished: { sectionWords: 25, placeholders: ['TODO', 'TBD', 'FIXME', 'Lorem ipsum'] },
      secretAllowlist: [],
    });
  });

  it('reads site.yaml and lets the environment override the address and base path', async () => {
    const location = await contentWith('title: Acme Playbook\nbase: /docs/\nurl: https://a.example\n');
    const { site } = await readSiteSettings(location, {
      PLAYBOOK_SITE_URL: 'https://acme.github.io',
      PLAYBOOK_BASE: '/playbook/',
    });
    expect(site).toMatchObject({ title: 'Acme Playbook', url: 'https://acme.github.io', base: '/playbook/' });
  });

  it('takes the base from the path of the address a Pages host gives, unless PLAYBOOK_BASE is set', async () => {
    const location = await contentWith('base: /docs/\n');
    const gitlab = await readSiteSettings(location, { PLAYBOOK_SITE_URL: 'https://acme.gitlab.io/handbook' });
    expect(gitlab.site).toMatchObject({ url: 'https://acme.gitlab.io/handbook', base: '/handbook/' });
    const root = await readSiteSettings(location, { PLAYBOOK_SITE_URL: 'https://handbook.acme.com' });
    expect(root.site.base).toBe('/docs/');
    const both = await readSiteSettings(location, { PLAYBOOK_SITE_URL: 'https://a.io/x/', PLAYBOOK_BASE: '/y/' });
    expect(both.site.base).toBe('/y/');
  });

  it('reports bad settings by file, line and field, and falls back to defaults', async () => {
    const location = await contentWith('title: Acme\nbase: docs\neditLink: ftp://x\ntheme: dark\n');
    const { site, problems } = await readSiteSettings(location, {});
    expect(site.base).toBe('/');
    expect(problems.map(formatProblem)).toEqual([
      'content/site.yaml:2:7  error  base: found "docs"; expected a path that starts and ends with "/", such as /playbook/  (invalid-value)',
      'content/site.yaml:3:11  error  editLink: found "ftp://x"; expected an http(s) address such as https://example.com  (invalid-value)',
      'content/site.yaml:4:1  error  theme: unknown field "theme" (expected one of: title, description, url, base, repository, editLink, logo, accent, stylesheet, finished, secretAllowlist)  (unknown-field)',
    ]);
  });

  it('resolves the content folder from PLAYBOOK_CONTENT', () => {
    expect(resolveContentDir('/repo', {})).toBe('/repo/content');
    expect(resolveContentDir('/repo', { PLAYBOOK_CONTENT: '../handbook' })).toBe('/handbook');
  });
});

describe('reading a content folder', () => {
  it('treats missing collection folders as empty', async () => {
    const { root, contentDir } = await contentWith();
    expect(readHandbookSources(contentDir, root)).toEqual({ entries: [], otherText: [], problems: [] });
  });

  it('names files with the wrong extension or a name that is not an id', async () => {
    const { root } = await contentWith();
    const fixture = join(import.meta.dirname, '../fixtures/broken');
    const { problems } = readHandbookSources(fixture, root);
    expect(problems.map((p) => [p.file.split('fixtures/')[1], p.rule])).toEqual([
      ['broken/anti-patterns/notes.txt', 'file-type'],
      ['broken/security/Bad_Name.mdx', 'file-name'],
    ]);
  });
});
