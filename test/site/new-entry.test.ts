import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCheck, runPlaybookHere } from '../helpers/build.ts';
import { makeProject } from '../helpers/project.ts';
import { guideSections } from '../../src/lib/schemas/guide.ts';

async function handbookCopy(): Promise<string> {
  return join(await makeProject({ fixture: 'test/fixtures/small' }), 'content');
}
const runNew = (content: string, ...args: string[]) => runPlaybookHere(['new', ...args], { env: { PLAYBOOK_CONTENT: content } });

describe('playbook new', () => {
  it.each(['guide', 'anti-pattern', 'security', 'system', 'handbook'])('creates a well-formed %s', async (kind) => {
    const content = await handbookCopy();
    const created = await runNew(content, kind, 'Alpha CRM to Beta Ledger');
    expect(created.code, created.output).toBe(0);
    const [, path] = /Created (\S+)/.exec(created.output) ?? [];
    expect(path).toMatch(/alpha-crm-to-beta-ledger\.(mdx|yaml)$/);
    const text = await readFile(resolve(projectRoot, path!), 'utf8');
    if (kind === 'guide') {
      expect(text).toContain('lastReviewed: 2026-11-21');
      expect(text).toContain('## Maintenance');
      expect(text).toContain('systems: [alpha-crm, beta-ledger]');
    }
    // This fixture turns the finished-entry rules off (finished: false): a new entry is well-formed as written.
    const check = await runCheck(content);
    expect(check.output).not.toContain('  error  ');
    expect(check.code).toBe(0);
  });

  it('starts a guide from the systems its title names, and an untouched one fails check naming each gap', async () => {
    const content = await handbookCopy();
    await writeFile(join(content, 'systems/workday.yaml'), 'name: Workday\ncategory: hr\napi: [rest]\nauth: [oauth2]\n');
    // The finished-entry rules at their defaults, as a handbook has them unless it tunes them.
    const settings = join(content, 'site.yaml');
    await writeFile(settings, (await readFile(settings, 'utf8')).replace('finished: false', ''));
    const created = await runNew(content, 'guide', 'Greenhouse hires to workday');
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('Systems named in the title: workday');
    expect(created.output).toContain(
      'No system is named "Greenhouse"; if it is one, create it: npm run new -- system "Greenhouse"',
    );
    const file = 'guides/greenhouse-hires-to-workday.mdx';
    expect(await readFile(join(content, file), 'utf8')).toContain('systems: [workday]\n');

    const check = await runCheck(content);
    expect(check.code).toBe(1);
    const lines = check.output.split('\n').filter((line) => line.includes(file));
    expect(lines.find((line) => line.includes(' summary: '))).toMatch(
      /:3:10  error  summary: summary is the template's placeholder/,
    );
    expect(lines.find((line) => line.includes(' owner: '))).toContain('owner is the template\'s placeholder (found: "Your team"');
    for (const section of guideSections) {
      expect(
        lines.find((line) => line.includes(`## ${section}: section is empty`)),
        section,
      ).toContain('  error  ');
    }
    expect(lines).toHaveLength(guideSections.length + 2);
  });

  it('lists the names to create when the handbook has no system yet, and writes a guide check asks systems of', async () => {
    const content = await handbookCopy();
    const created = await runNew(content, 'guide', 'Greenhouse hires to Workday');
    expect(created.output).toContain('npm run new -- system "Greenhouse"');
    expect(created.output).toContain('npm run new -- system "Workday"');
    const check = await runCheck(content);
    expect(check.output).toMatch(/greenhouse-hires-to-workday\.mdx:\d+:\d+  error  systems: found \[\]/);
  });

  it('refuses to overwrite an existing entry', async () => {
    const content = await handbookCopy();
    const before = await readFile(join(content, 'guides/crm-to-ledger.mdx'), 'utf8');
    const again = await runNew(content, 'guide', 'CRM to ledger');
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/guides\/crm-to-ledger\.mdx already exists; nothing was written\./);
    expect(await readFile(join(content, 'guides/crm-to-ledger.mdx'), 'utf8')).toBe(before);
  });

  it('names the kinds, with the closest, for an unknown kind', async () => {
    const result = await runNew(await handbookCopy(), 'guid', 'X');
    expect(result.code).toBe(2);
    expect(result.output).toContain(
      'Unknown kind "guid" (expected: guide, anti-pattern, security, system, handbook, request) — did you mean "guide"?',
    );
  });
});
