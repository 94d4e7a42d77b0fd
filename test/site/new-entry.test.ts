import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCheck, runPlaybookHere } from '../helpers/build.ts';
import { makeProject } from '../helpers/project.ts';

async function handbookCopy(): Promise<string> {
  return join(await makeProject({ fixture: 'test/fixtures/small' }), 'content');
}
const runNew = (content: string, ...args: string[]) => runPlaybookHere(['new', ...args], { env: { PLAYBOOK_CONTENT: content } });

describe('playbook new', () => {
  it.each(['guide', 'anti-pattern', 'security', 'system', 'handbook'])('creates a %s that passes npm run check', async (kind) => {
    const content = await handbookCopy();
    const created = await runNew(content, kind, 'Salesforce to NetSuite');
    expect(created.code, created.output).toBe(0);
    const [, path] = /Created (\S+)/.exec(created.output) ?? [];
    expect(path).toMatch(/salesforce-to-netsuite\.(mdx|yaml)$/);
    const text = await readFile(resolve(projectRoot, path!), 'utf8');
    if (kind === 'guide') {
      expect(text).toContain('lastReviewed: 2026-11-21');
      expect(text).toContain('## Maintenance');
    }
    const check = await runCheck(content);
    expect(check.output).not.toContain('  error  ');
    expect(check.code).toBe(0);
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
      'Unknown kind "guid" (expected: guide, anti-pattern, security, system, handbook) — did you mean "guide"?',
    );
  });
});
