import { describe, expect, it } from 'vitest';
import { entropy, secretProblems } from '../../src/lib/content/secrets.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

// Keys are assembled at run time, so that this file itself holds nothing a scanner would flag.
const repeat = (chars: string, length: number) => chars.repeat(Math.ceil(length / chars.length)).slice(0, length);
const leaks: [string, string, string][] = [
  ['an AWS access key id', `aws_access_key_id = ${'AKIA'}${repeat('Q7RX2M9KZP4TLW8N', 16)}`, 'AWS access key id'],
  ['a GitHub token', `token: ${'ghp_'}${repeat('aZ3kP9qL2mX7wR4t', 36)}`, 'GitHub token'],
  ['a Slack token', `SLACK=${'xoxb-'}${repeat('1234567890-abcdEFGH', 30)}`, 'Slack token'],
  ['a Stripe live key', `stripe ${'sk_live_'}${repeat('4eC39HqLyjWDarjtT1zdp7dc', 24)}`, 'Stripe secret key'],
  ['a Google API key', `key=${'AIza'}${repeat('SyD8kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0f', 35)}`, 'Google API key'],
  ['a private key', `-----BEGIN ${'RSA PRIVATE'} KEY-----`, 'private key'],
  [
    'a JWT',
    `Authorization: Bearer ${'eyJ'}hbGciOiJIUzI1NiJ9.${'eyJ'}zdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U`,
    'JSON web token',
  ],
  ['credentials in a URL', `DATABASE_URL=postgres://app:${'S3cr3tPa55'}@db.internal:5432/app`, 'URL with embedded credentials'],
  [
    'a connection string password',
    `Server=sql01;Database=erp;User Id=svc;${'Password'}=Tr0ub4dor&3;`,
    'connection string password',
  ],
  ['a high-entropy value under a secret-like name', `client_secret: ${'q8Vn3xT7LmP2wR9sKd4J'}`, 'secret in "client_secret"'],
];

describe('secret scanner', () => {
  it.each(leaks)('catches %s, naming the line, column and kind', (_name, line, kind) => {
    const problems = secretProblems('content/guides/x.mdx', `Intro\n\n${line}\n`);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(
      new RegExp(`^content/guides/x\\.mdx:3:\\d+  error  possible ${kind.replace(/[()"]/g, '\\$&')} `),
    );
    expect(problems[0]!.rule).toBe('secret');
  });

  it.each([
    ['an angle-bracket placeholder', 'api_key: <YOUR_API_KEY>'],
    ['an environment variable', 'password: ${NETSUITE_TOKEN_SECRET}'],
    ['a shell variable', 'export API_KEY=$ZUORA_API_KEY'],
    ['a template variable', 'token: {{ secrets.SLACK_TOKEN }}'],
    ['a masked value', 'password: ********'],
    ['a vendor’s documented fake', `aws_access_key_id = ${'AKIA'}IOSFODNN7EXAMPLE`],
    ['credentials that are placeholders', 'sftp://<user>:<password>@sftp.vendor.example/inbox'],
    ['an ordinary sentence about tokens', 'Rotate the token every 90 days and store the password in the vault.'],
    ['a low-entropy value', 'password: aaaaaaaaaaaaaaaaaaaa1'],
  ])('leaves %s alone', (_name, line) => {
    expect(secretProblems('content/guides/x.mdx', line)).toEqual([]);
  });

  it('leaves allowlisted strings alone', () => {
    const line = `client_secret: ${'q8Vn3xT7LmP2wR9sKd4J'}`;
    expect(secretProblems('f', line, new Set(['q8Vn3xT7LmP2wR9sKd4J']))).toEqual([]);
  });

  it('never prints the whole secret', () => {
    const [problem] = secretProblems('f', `client_secret: ${'q8Vn3xT7LmP2wR9sKd4J'}`);
    expect(problem?.message).toContain('"q8Vn…4J"');
    expect(problem?.message).not.toContain('q8Vn3xT7LmP2wR9sKd4J');
  });

  it('measures entropy', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
  });
});
