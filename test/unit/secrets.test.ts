import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { presetFindings, presetMayReport, reviewedPresetRules, secretProblems } from '../../src/lib/content/secrets.ts';
import { ordinary, presetSamples, secrets, type OrdinaryEntry } from '../fixtures/secrets/corpus.ts';
import { guideBody, guideInput, mdx } from '../helpers/entries.ts';

/** A corpus entry written where an author would write it: a guide (in prose or a fenced block) or a YAML file. */
function place(entry: OrdinaryEntry): { file: string; text: string } {
  if (entry.in === 'yaml') return { file: 'content/systems/corpus.yaml', text: `${entry.text}\n` };
  const body = entry.in === 'prose' ? entry.text : `\`\`\`${entry.in.slice('fence:'.length)}\n${entry.text}\n\`\`\``;
  return {
    file: 'content/guides/corpus.mdx',
    text: mdx(guideInput(), `## Configuration steps\n\nSet up the connection.\n\n${body}\n\n${guideBody}`),
  };
}

/** The offset of a 1-based line and column in a text. */
function offsetOf(text: string, line: number, column: number): number {
  const before = text.split('\n').slice(0, line - 1);
  return before.reduce((sum, content) => sum + content.length + 1, 0) + column - 1;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the labelled corpus', () => {
  it.each(secrets.map((entry) => [entry.name, entry] as const))(
    'catches %s, once, where it is, without printing it',
    async (_name, entry) => {
      const { file, text } = place(entry);
      const problems = await secretProblems(file, text);
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toMatchObject({ file, severity: 'error', rule: 'secret' });
      expect(problem!.message).toMatch(new RegExp(`^possible ${escape(entry.kind)} \\(found: `));
      expect(text.slice(offsetOf(text, problem!.line!, problem!.column!)).startsWith(entry.secret)).toBe(true);
      expect(formatProblem(problem!)).not.toContain(entry.secret);
    },
  );

  it.each(ordinary.map((entry) => [entry.name, entry] as const))('leaves %s alone', async (_name, entry) => {
    const { file, text } = place(entry);
    expect(await secretProblems(file, text)).toEqual([]);
  });

  it('reports its catch rate and false-alarm rate, and those of the preset alone', async () => {
    const caught = async (entry: OrdinaryEntry) => (await secretProblems(place(entry).file, place(entry).text)).length > 0;
    const presetCaught = async (entry: OrdinaryEntry) => (await presetFindings(place(entry).file, place(entry).text)).length > 0;
    const count = async (entries: OrdinaryEntry[], test: (entry: OrdinaryEntry) => Promise<boolean>) =>
      (await Promise.all(entries.map(test))).filter(Boolean).length;
    const ours = { caught: await count(secrets, caught), alarms: await count(ordinary, caught) };
    const preset = { caught: await count(secrets, presetCaught), alarms: await count(ordinary, presetCaught) };
    console.log(
      `secret scanner: caught ${ours.caught} of ${secrets.length} secrets, false alarms on ${ours.alarms} of ${ordinary.length} ordinary lines ` +
        `(the preset alone, before our placeholder checks: caught ${preset.caught}, false alarms ${preset.alarms})`,
    );
    expect(secrets.length).toBeGreaterThanOrEqual(40);
    expect(ordinary.length).toBeGreaterThanOrEqual(30);
    expect(ours).toEqual({ caught: secrets.length, alarms: 0 });
  });
});

describe('the pre-filter that skips secretlint', () => {
  it('was written from every rule the preset has', () => {
    expect(presetRules.map((rule) => rule.meta.id)).toEqual(reviewedPresetRules);
  });

  it('has a sample for every rule of the preset that reports in text files', async () => {
    const reporting = new Set<string>();
    for (const sample of presetSamples) {
      const findings = await presetFindings('content/guides/sample.mdx', sample.text);
      expect(findings.length, `${sample.rule}: ${sample.text}`).toBeGreaterThan(0);
      reporting.add(`@secretlint/secretlint-rule-${sample.rule}`);
    }
    // gcp reads .json key files and .p12 files (its reports are dropped); filter-comments only withdraws reports.
    const silent = ['@secretlint/secretlint-rule-gcp', '@secretlint/secretlint-rule-filter-comments'];
    expect([...reporting].sort()).toEqual(reviewedPresetRules.filter((id) => !silent.includes(id)).sort());
  });

  it('passes every text the preset reports on: corpus, samples, a whole fixture handbook', async () => {
    // A fixture, not the starter handbook: authors edit content/ in every pull request.
    const handbook = resolve(import.meta.dirname, '../fixtures/reader');
    const starter: { file: string; text: string }[] = [];
    for (const entry of await readdir(handbook, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(mdx|ya?ml)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      starter.push({ file: path.slice(handbook.length + 1), text: await readFile(path, 'utf8') });
    }
    expect(starter.length).toBeGreaterThan(10);
    const texts = [
      ...[...secrets, ...ordinary].map(place),
      ...presetSamples.map((sample) => ({ file: 'content/guides/sample.mdx', text: sample.text })),
      ...starter,
    ];
    let reported = 0;
    for (const { file, text } of texts) {
      if ((await presetFindings(file, text)).length === 0) continue;
      reported++;
      expect(presetMayReport(text), `${file}:\n${text}`).toBe(true);
    }
    expect(reported).toBeGreaterThanOrEqual(50);
  });

  it('leaves this repository clean: the corpus and the scanner hold no secret a scanner would flag', async () => {
    const root = resolve(import.meta.dirname, '../..');
    for (const file of ['src/lib/content/secrets.ts', 'test/unit/secrets.test.ts', 'test/fixtures/secrets/corpus.ts']) {
      const text = await readFile(join(root, file), 'utf8');
      expect(await presetFindings(file, text), file).toEqual([]);
      expect(await secretProblems(file, text), file).toEqual([]);
    }
  });

  it('skips secretlint for an ordinary guide, prose that only resembles a token prefix included', () => {
    expect(presetMayReport(mdx(guideInput(), guideBody))).toBe(false);
    expect(
      presetMayReport('A risk-based review by the devops_team, with a task-level retry and the API at https://api.vendor.com.'),
    ).toBe(false);
  });
});

describe('secret problems', () => {
  // Secrets are assembled at run time, so that this file itself holds nothing a scanner would flag.
  const token = 'gh' + 'p_' + 'aZ3kP9qL2mX7wR4t'.repeat(3).slice(0, 36);
  const report = async (text: string, allowlist?: ReadonlySet<string>) =>
    (await secretProblems('content/guides/x.mdx', text, allowlist)).map(formatProblem);

  it('says what was found and where, shortened, with a hint', async () => {
    expect(await report(`Intro\n\nGITHUB_TOKEN=${token}\n`)).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:3:14  error  possible GitHub token (found: "ghp_…3k"; expected: no secrets in the handbook) — remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or \${API_KEY} instead  (secret)",
      ]
    `);
    expect(await report('Set `client_secret: ' + 'q8Vn3xT7LmP2wR9sKd4J` in the connector.')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:1:21  error  possible secret in "client_secret" (found: "q8Vn…4J"; expected: no secrets in the handbook) — remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or \${API_KEY} instead  (secret)",
      ]
    `);
    expect(await report('sftp:\n  password: ' + 'Winter2024!')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:2:13  error  possible secret in "password" (found: "…"; expected: no secrets in the handbook) — remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or \${API_KEY} instead  (secret)",
      ]
    `);
    expect(await report('DATABASE_URL=postgres://app:' + 'S3cr3tPa55w0rd@db.internal:5432/app')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:1:29  error  possible password in a PostgreSQL connection string (found: "postgres://app:…@db.internal:5432"; expected: no secrets in the handbook) — remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or \${API_KEY} instead  (secret)",
      ]
    `);
    expect(await report('curl -H "Authorization: Bearer ' + '8fK2mQ9xLp4Rt7Vw1Zc3Nb6Hy0Jd5Sg" https://api.vendor.com'))
      .toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:1:32  error  possible bearer token (found: "8fK2…Sg"; expected: no secrets in the handbook) — remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or \${API_KEY} instead  (secret)",
      ]
    `);
  });

  it('shows a private key by its first line only', async () => {
    // The body of an EC key as `openssl ecparam` writes it (MHc…), made up: no key material in the repository.
    const body = [
      'MHcCAQEEI' + 'Hq8Vn3xT7LmP2wR9sKd4JzY6bF1cG5hN0aE8uW'.repeat(2),
      'AwEHoUQDQgAE' + 'tQ3pL8mX2kR7vZ4cN9yB6wS1jF5h'.repeat(2),
    ];
    expect(await report(`-----BEGIN EC PRIVATE ${'KEY'}-----\n${body.join('\n')}\n-----END EC PRIVATE ${'KEY'}-----\n`))
      .toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:1:1  error  possible private key (found: "-----BEGIN EC PRIVATE KEY-----"; expected: no secrets in the handbook) — remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or \${API_KEY} instead  (secret)",
      ]
    `);
  });

  it('reports a secret that the preset and our own rules both find once, under the preset’s name for it', async () => {
    const shopify = 'sh' + 'pat_' + '3f9a1c2e7b4d5f6a8c9e0b1d2f3a4c5e';
    const problems = await secretProblems('x.mdx', `X-Shopify-Access-Token: ${shopify}`);
    expect(problems.map((problem) => problem.message)).toEqual([
      'possible Shopify access token (found: "shpa…5e"; expected: no secrets in the handbook)',
    ]);
  });

  it('reports every secret of a file, top to bottom', async () => {
    const text = `password: ${'Winter2024!'}\n\nIntro\nGITHUB_TOKEN=${token}\n`;
    const problems = await secretProblems('x.mdx', text);
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [1, 11],
      [4, 14],
    ]);
  });

  it('leaves allowlisted strings alone, and only those', async () => {
    const line = `client_secret: ${'q8Vn3xT7LmP2wR9sKd4J'}\nGITHUB_TOKEN=${token}`;
    expect(await report(line, new Set(['q8Vn3xT7LmP2wR9sKd4J', token]))).toEqual([]);
    expect(await report(line, new Set(['q8Vn3xT7LmP2wR9sKd4J']))).toHaveLength(1);
  });

  it('lets an allowlisted sample URL through, password and all', async () => {
    const sample = 'https://demo:' + 'Sandbox2026@sandbox.vendor.com/api';
    expect(await report(`Try it on ${sample} first.`, new Set([sample]))).toEqual([]);
    expect(await report(`Try it on ${sample} first.`)).toHaveLength(1);
  });

  it('reads files with Windows line ends', async () => {
    const problems = await secretProblems(
      'x.yaml',
      `name: Docebo\r\npassword: ${'Winter2024!'}\r\nurl: https://acme.docebosaas.com\r\n`,
    );
    expect(problems).toMatchObject([{ line: 2, column: 11 }]);
  });

  it('counts columns after a byte-order mark as editors do', async () => {
    const [problem] = await secretProblems('x.mdx', `\uFEFFGITHUB_TOKEN=${token}`);
    expect(problem).toMatchObject({ line: 1, column: 14 });
  });
});
