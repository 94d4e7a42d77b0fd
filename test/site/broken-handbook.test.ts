import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot, runCheck, runPlaybookHere } from '../helpers/build.ts';
import { tempDir } from '../helpers/project.ts';

// Every file in test/fixtures/broken breaks at least one rule; site.yaml too.
const brokenFiles = [
  'anti-patterns/bad-severity.mdx',
  'anti-patterns/notes.txt',
  'guides/broken-diagram.mdx',
  'guides/flow-outside-systems.mdx',
  'guides/mdx-syntax.mdx',
  'guides/missing-sections.mdx',
  'guides/typo-fields.mdx',
  'guides/xl-breaks-into-xl.mdx',
  'guides/xl-without-breakdown.mdx',
  'handbook/missing-title.mdx',
  'security/Bad_Name.mdx',
  'site.yaml',
  'systems/broken-yaml.yaml',
  'systems/zuora.yaml',
];
const problemLines = (output: string) => output.split('\n').filter((line) => line.includes('  error  '));

describe('a handbook with several broken entries', () => {
  it('npm run check names every broken file and field in one run, and exits 1', async () => {
    const { code, output } = await runCheck('test/fixtures/broken');
    expect(code).toBe(1);
    const files = new Set(problemLines(output).map((line) => line.split(/[: ]/)[0]!.replace('test/fixtures/broken/', '')));
    expect([...files].sort()).toEqual(brokenFiles);
    expect(output).toContain('test/fixtures/broken/guides/typo-fields.mdx:5:11  error  systems[0]: unknown system "netsute"');
    expect(output).toContain('— did you mean "netsuite"?');
    expect(output).toContain('test/fixtures/broken/guides/mdx-syntax.mdx:26:5  error  MDX syntax error');
    expect(output).toContain('test/fixtures/broken/systems/broken-yaml.yaml:4:1  error  invalid YAML');
    expect(output).toContain(
      "test/fixtures/broken/guides/broken-diagram.mdx:15  error  ```mermaid: Mermaid cannot parse this diagram: Expecting 'TXT', got 'NEWLINE'",
    );
    expect(output).toMatch(/^20 errors and 4 warnings in 14 files\.$/m);
  });

  it('npm run check -- --format json gives the same problems to tools', async () => {
    const { code, output } = await runCheck('test/fixtures/broken', ['--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(output) as { problems: { file: string; line?: number; field?: string; rule: string }[] };
    expect(report.problems.filter((p) => p.rule !== 'review-due')).toHaveLength(20);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: 'test/fixtures/broken/guides/typo-fields.mdx',
        line: 8,
        field: 'tag',
        rule: 'unknown-field',
      }),
    );
  });

  it('npm run build fails with the same messages and writes no page', async () => {
    const build = await buildSite('test/fixtures/broken');
    // Run from the same folder as the build, so that both name the files alike.
    const check = await runPlaybookHere(['check'], {
      cwd: build.root,
      env: { PLAYBOOK_CONTENT: resolve(projectRoot, 'test/fixtures/broken') },
    });
    expect(build.code).toBe(1);
    // The fixture has 20 errors (see the first test), so the loop below cannot pass on empty output.
    expect(problemLines(check.output)).toHaveLength(20);
    for (const line of problemLines(check.output)) expect(build.output).toContain(line);
    expect(build.output).toMatch(
      /^Build failed: The handbook has 20 errors; nothing is built until they are fixed\. dist\/ is unchanged\.$/m,
    );
    expect(build.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('a pull request with a leaked key, a dead link and a missing section', () => {
  it('gets three precise error lines from one run of npm run check', async () => {
    const content = await tempDir('pull-request');
    await cp(resolve(projectRoot, 'test/fixtures/small'), content, { recursive: true });
    await cp(resolve(projectRoot, 'test/fixtures/pull-request'), content, { recursive: true });
    const { code, output } = await runCheck(content);
    expect(code).toBe(1);
    const lines = problemLines(output).map((line) => line.replace(/^\S*\/guides\//, 'guides/'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^guides\/leaky-guide\.mdx:12:9  error  link to "\/handbook\/sizng\/" leads to no page .* did you mean "\/handbook\/sizing\/"\?  \(broken-link\)$/,
      ),
      expect.stringMatching(/^guides\/leaky-guide\.mdx:16:21  error  possible secret in "client_secret" .*\(secret\)$/),
      expect.stringMatching(/^guides\/leaky-guide\.mdx:26  error  ## Maintenance: missing section .*\(guide-sections\)$/),
    ]);
  });
});

describe('a handbook whose only error is in a diagram', () => {
  it('builds nothing: the build waits for the diagram check before it writes a page', async () => {
    const content = await tempDir('diagram');
    await cp(resolve(projectRoot, 'test/fixtures/small'), content, { recursive: true });
    const broken = await readFile(resolve(projectRoot, 'test/fixtures/broken/guides/broken-diagram.mdx'), 'utf8');
    await writeFile(join(content, 'guides', 'broken-diagram.mdx'), broken.replace('[netsuite]', '[beta-ledger]'));
    const build = await buildSite(content);
    expect(build.code).not.toBe(0);
    expect(problemLines(build.output)).toEqual([
      expect.stringMatching(/broken-diagram\.mdx:15 {2}error {2}```mermaid: Mermaid cannot parse this diagram: /),
    ]);
    expect(build.output).toMatch(
      /^Build failed: The handbook has 1 error; nothing is built until they are fixed.*\. dist\/ is unchanged\.$/m,
    );
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('check for maintainers and pipelines', () => {
  it('--stale lists overdue reviews with their owners', async () => {
    const { code, output } = await runCheck('test/fixtures/reader', ['--stale']);
    expect(code).toBe(0);
    expect(output).toContain(
      'test/fixtures/reader/guides/nightly-file-drop.mdx  Compliance team  last reviewed 2025-12-01, due 2026-06-01 (173 days overdue)  Nightly file drop',
    );
  });

  it('prints GitHub annotations inside GitHub Actions', async () => {
    const { output } = await runCheck('test/fixtures/broken', [], { GITHUB_ACTIONS: 'true' });
    expect(output).toContain(
      '::error file=test/fixtures/broken/guides/typo-fields.mdx,line=5,col=11,title=unknown-reference::systems[0]: unknown system "netsute"',
    );
    const plain = await runCheck('test/fixtures/broken', [], { GITHUB_ACTIONS: '' });
    expect(plain.output).not.toContain('::error');
  });
});
