// The pipeline files a team gets from `playbook init`, and this repository's own: GitHub's are validated
// against SchemaStore's workflow schema (offline, through @action-validator/core); GitLab publishes no
// schema that works offline, so its files are parsed and their keys asserted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPlaybookHere } from '../helpers/build.ts';
import { projectRoot } from '../helpers/project.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = async (path: string) => readFile(join(projectRoot, path), 'utf8');
const yamlOf = async (path: string) => parse(await read(path)) as Json;

/** The oldest major of each official action that runs on a supported runtime (Node 24). */
const currentMajors: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 6,
  'actions/upload-artifact': 7,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

/** Every `npx playbook …` command line in a pipeline's scripts, split into arguments (quotes removed). */
function playbookCommands(scripts: string[]): string[][] {
  return scripts
    .flatMap((script) => script.split('\n'))
    .filter((line) => line.trim().startsWith('npx playbook '))
    .map((line) =>
      [
        ...line
          .trim()
          .slice('npx playbook '.length)
          .matchAll(/"([^"]*)"|(\S+)/g),
      ].map((match) => match[1] ?? match[2]!),
    );
}

/** Each command line must be one the `playbook` command accepts (it exits 0 for `--help` only when the rest parses). */
async function expectValidCommands(lines: string[][]) {
  expect(lines.length).toBeGreaterThan(0);
  for (const [command, ...args] of lines) {
    const result = await runPlaybookHere([command!, ...args, '--help']);
    expect(result.code, `playbook ${[command, ...args].join(' ')}: ${result.output}`).toBe(0);
  }
}

describe('the GitHub workflows', () => {
  it.each(['.github/workflows/publish.yml', '.github/workflows/test.yml'])('%s passes the workflow schema', async (path) => {
    expect(validateWorkflow(await read(path)).errors).toEqual([]);
  });

  it.each(['.github/workflows/publish.yml', '.github/workflows/test.yml'])(
    '%s reads the repository in every job and uses current majors of the official actions',
    async (path) => {
      const workflow = await yamlOf(path);
      expect(workflow['permissions']).toEqual({ contents: 'read' });
      for (const [name, job] of Object.entries(workflow['jobs'] as Json)) {
        expect(job['permissions']?.['contents'], `job ${name}`).toBe('read');
        for (const step of job['steps'] as Json[]) {
          if (!step['uses']) continue;
          const [action, version] = (step['uses'] as string).split('@');
          expect(Object.keys(currentMajors), `${name}: ${step['uses']}`).toContain(action);
          expect(Number(version!.replace(/^v/, '')), `${name}: ${step['uses']}`).toBeGreaterThanOrEqual(currentMajors[action!]!);
        }
      }
    },
  );

  it('publishes from main only, one deployment at a time, and keeps every pull request’s site', async () => {
    const workflow = await yamlOf('.github/workflows/publish.yml');
    const { build, deploy } = workflow['jobs'] as Json;
    expect(deploy['needs']).toBe('build');
    expect(deploy['if']).toMatch(/refs\/heads\/main/);
    expect(deploy['concurrency']).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(deploy['permissions']).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow['concurrency']['cancel-in-progress']).toMatch(/pull_request/);
    const steps = build['steps'] as Json[];
    const upload = steps.find((step) => String(step['uses']).startsWith('actions/upload-artifact@'));
    expect(upload?.['if']).toMatch(/pull_request/);
    expect(upload?.['with']['path']).toBe('dist/');
    const checks = steps.filter((step) => String(step['run']).includes('playbook check'));
    expect(checks.map((step) => [step['if'], step['run']])).toEqual([
      [expect.stringMatching(/== 'pull_request'/), expect.stringMatching(/--changed .*--summary "\$GITHUB_STEP_SUMMARY"/)],
      [expect.stringMatching(/!= 'pull_request'/), expect.stringMatching(/--summary "\$GITHUB_STEP_SUMMARY"/)],
    ]);
    expect(steps.find((step) => step['uses']?.startsWith('actions/checkout@'))?.['with']['fetch-depth']).toBe(0);
  });

  it('runs only commands and options the playbook command has', async () => {
    const workflow = await yamlOf('.github/workflows/publish.yml');
    const scripts = Object.values(workflow['jobs'] as Json).flatMap((job) =>
      (job['steps'] as Json[]).flatMap((step) => (step['run'] ? [step['run'] as string] : [])),
    );
    await expectValidCommands(playbookCommands(scripts));
  });

  it('finds a browser for the tests on Ubuntu runners, whose chromium package is a snap stub', async () => {
    const workflow = await yamlOf('.github/workflows/test.yml');
    const steps = workflow['jobs']['test']['steps'] as Json[];
    const browser = steps.find((step) => String(step['run']).includes('CHROMIUM_PATH'));
    expect(browser?.['run']).toMatch(/google-chrome/);
    expect(browser?.['run']).not.toMatch(/apt-get install/);
    expect(steps.findIndex((step) => step === browser)).toBeLessThan(steps.findIndex((step) => step['run'] === 'npm test'));
  });

  it('runs the static checks and the tests', async () => {
    const workflow = await yamlOf('.github/workflows/test.yml');
    const runs = (workflow['jobs']['test']['steps'] as Json[]).map((step) => step['run']);
    expect(runs).toEqual(expect.arrayContaining(['npm run lint', 'npm test']));
  });
});

/** GitLab's job keywords (docs.gitlab.com/ci/yaml), for catching a misspelt or removed one. */
const gitlabJobKeywords = new Set([
  'after_script', 'allow_failure', 'artifacts', 'before_script', 'cache', 'coverage', 'dast_configuration',
  'dependencies', 'environment', 'extends', 'hooks', 'identity', 'id_tokens', 'image', 'inherit', 'interruptible',
  'manual_confirmation', 'needs', 'pages', 'parallel', 'release', 'resource_group', 'retry', 'rules', 'run',
  'script', 'secrets', 'services', 'stage', 'tags', 'timeout', 'trigger', 'variables', 'when',
]); // prettier-ignore
const gitlabGlobalKeywords = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec']);

describe('the GitLab pipelines', () => {
  it('uses default:, workflow rules for merge requests, and only known job keywords', async () => {
    const pipeline = await yamlOf('.gitlab/handbook.gitlab-ci.yml');
    for (const deprecated of ['image', 'before_script', 'cache', 'services', 'after_script']) {
      expect(pipeline, `top-level ${deprecated} is deprecated: it belongs under default:`).not.toHaveProperty(deprecated);
    }
    expect(pipeline['default']).toMatchObject({ image: expect.stringMatching(/^node:24/), before_script: expect.any(Array) });
    expect(JSON.stringify(pipeline['workflow']['rules'])).toContain('merge_request_event');
    for (const [name, job] of Object.entries(pipeline)) {
      if (gitlabGlobalKeywords.has(name)) continue;
      for (const key of Object.keys(job as Json)) expect(gitlabJobKeywords, `${name}.${key}`).toContain(key);
      expect(pipeline['stages']).toContain((job as Json)['stage']);
    }
  });

  it('publishes with pages.publish from the default branch, one deployment at a time', async () => {
    const { pages } = await yamlOf('.gitlab/handbook.gitlab-ci.yml');
    expect(pages).not.toHaveProperty('publish');
    expect(pages['pages']).toEqual({ publish: 'dist' });
    expect(JSON.stringify(pages['rules'])).toContain('$CI_DEFAULT_BRANCH');
    expect(pages['resource_group']).toBe('pages');
    expect(pages['interruptible']).toBe(false);
  });

  it('reports problems on the merge request, and keeps the summary and the built site for reviewers', async () => {
    const { check, 'review-site': site } = await yamlOf('.gitlab/handbook.gitlab-ci.yml');
    for (const job of [check, site]) expect(JSON.stringify(job['rules'])).toContain('merge_request_event');
    expect(check['script'].join('\n')).toMatch(/--changed "\$CI_MERGE_REQUEST_DIFF_BASE_SHA"/);
    expect(check['artifacts']).toMatchObject({
      when: 'always',
      expose_as: expect.any(String),
      paths: ['check-summary.md'],
      reports: { codequality: 'gl-code-quality-report.json' },
    });
    expect(check['script'].join('\n')).toMatch(/--summary check-summary\.md --codequality gl-code-quality-report\.json/);
    expect(site['artifacts']).toMatchObject({ expose_as: expect.any(String), paths: ['dist/'] });
  });

  it('runs only commands and options the playbook command has', async () => {
    const pipeline = await yamlOf('.gitlab/handbook.gitlab-ci.yml');
    const scripts = Object.values(pipeline).flatMap((job) => ((job as Json)['script'] as string[] | undefined) ?? []);
    await expectValidCommands(playbookCommands(scripts));
  });

  it('this repository’s pipeline includes the handbook pipeline and adds the tests, with a guarded Chromium install', async () => {
    const pipeline = await yamlOf('.gitlab-ci.yml');
    expect(pipeline['include']).toEqual([{ local: '.gitlab/handbook.gitlab-ci.yml' }]);
    const handbook = await yamlOf('.gitlab/handbook.gitlab-ci.yml');
    expect(handbook['stages']).toContain(pipeline['test']['stage']);
    expect(pipeline['test']['before_script'][0]).toMatch(/^command -v chromium-headless-shell \|\| \(apt-get/);
    expect(pipeline['test']['script']).toEqual(['npm run lint', 'npm test']);
  });
});
