// `check --changed` in a git repository, as a pull request's pipeline runs it.
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPlaybookHere } from '../helpers/build.ts';
import { guideBody, guideInput, mdx, minimalHandbook } from '../helpers/entries.ts';
import { makeProject } from '../helpers/project.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8' });

let root: string;
const check = (...args: string[]) => runPlaybookHere(['check', ...args], { cwd: root });

beforeAll(async () => {
  root = await makeProject({
    files: minimalHandbook({
      'content/guides/linked.mdx': mdx(
        guideInput({ title: 'Linked' }),
        `${guideBody}\nSee [testing the invoices](/guides/invoices-to-ledger/#testing).\n`,
      ),
      'content/guides/apart.mdx': mdx(guideInput({ title: 'Apart', systems: ['netsuite'] })),
    }),
  });
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'handbook');
  git(root, 'checkout', '--quiet', '-b', 'change');
});

describe('check --changed', () => {
  it('checks only what a change touches, with the problems a full check gives those entries', async () => {
    const guide = join(root, 'content/guides/invoices-to-ledger.mdx');
    await writeFile(guide, (await readFile(guide, 'utf8')).replace('## Testing', '## Trying it'));
    await writeFile(join(root, 'content/guides/new-one.mdx'), mdx(guideInput({ title: 'New one', systems: ['sap'] })));
    git(root, 'add', 'content/guides/invoices-to-ledger.mdx');
    git(root, 'commit', '--quiet', '-m', 'rename a heading');

    const changed = await check('--changed', '--summary', 'summary.md', '--codequality', 'quality.json');
    const full = await check();
    expect(changed.code).toBe(1);
    // 2 changed (one committed, one not yet), the guide that links to one, and the two systems they name.
    expect(changed.output).toMatch(/Checked 5 entries \(2 changed since the merge base with main,/);
    const problemLines = (output: string) => output.split('\n').filter((line) => /  (error|warning)  /.test(line));
    expect(problemLines(changed.output)).toEqual(problemLines(full.output));
    expect(problemLines(changed.output).join('\n')).toMatch(/linked\.mdx.*#testing.*broken-anchor/);
    expect(problemLines(changed.output).join('\n')).toMatch(/new-one\.mdx.*unknown system "sap"/);

    const summary = await readFile(join(root, 'summary.md'), 'utf8');
    expect(summary).toContain('| `/guides/invoices-to-ledger/` | Invoices to the ledger | changed |');
    expect(summary).toContain('| `/guides/new-one/` | New one | added |');
    const quality = JSON.parse(await readFile(join(root, 'quality.json'), 'utf8')) as { location: { path: string } }[];
    expect(quality.map((issue) => issue.location.path)).toContain('content/guides/linked.mdx');

    git(root, 'checkout', '--quiet', '--', '.');
    await rm(join(root, 'content/guides/new-one.mdx'));
    await rm(join(root, 'summary.md'));
    await rm(join(root, 'quality.json'));
    git(root, 'reset', '--quiet', '--hard', 'main');
  });

  it('compares with a ref the author names, and checks everything when the settings change', async () => {
    await writeFile(join(root, 'content/site.yaml'), 'title: Our handbook\n');
    const result = await check('--changed=main');
    expect(result.code).toBe(0);
    expect(result.output).toContain('Checking every entry: content/site.yaml changed');
    expect(result.output).toMatch(/Checked 5 entries in/);
    await rm(join(root, 'content/site.yaml'));
  });

  it('names a ref that does not exist, and a folder that is not a repository', async () => {
    const unknown = await check('--changed', 'origin/nope');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain(
      '--changed origin/nope: no such commit or branch here (fetch it first, e.g. git fetch origin nope)',
    );
    const outside = await makeProject({ files: minimalHandbook() });
    const result = await runPlaybookHere(['check', '--changed'], {
      cwd: outside,
      env: { GIT_CEILING_DIRECTORIES: join(outside, '..') },
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/--changed needs a git repository/);
  });
});
