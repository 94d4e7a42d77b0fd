import { extname } from 'node:path';
import type { lintSource } from '@secretlint/core';
import type { Problem } from './problems.ts';

// The scan has two parts: secretlint's recommended preset, and a small layer of our own for what the preset lacks
// (placeholders, vendors' published examples, the handbook's allowlist, secrets under secret-like names, and a few
// formats the preset misses). The corpus in test/fixtures/secrets/corpus.ts says which part catches what.
// Speed matters (every `npm run check` and build scans every file), so secretlint runs only on files that could
// hold one of its secrets, and each of our searches starts from text that is rare in prose.

/** One secret found in a text, before it is judged against placeholders, vendor examples and the allowlist. */
export interface SecretFinding {
  /** What it is, in the author's terms: "Slack token", "secret in \"client_secret\"". */
  kind: string;
  /** Offset of the secret itself in the text (the password, not the whole URL around it). */
  index: number;
  /** Offset just past the text the finding covers; a later finding overlapping it is the same secret. */
  end: number;
  /** The secret itself. */
  value: string;
  /** What the message shows instead of the shortened value; it must not hold the secret. */
  shown?: string;
  /** Already judged real (a private key's body, decoded Basic credentials): the placeholder checks are skipped. */
  judged?: boolean;
}

const endOfLine = (text: string, from: number) => {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
};

// ---------------------------------------------------------------------------------------------------------------
// secretlint's recommended preset, loaded and configured once, on the first file that needs it: loading it costs
// about 50 ms, and most handbooks have no file the pre-filter passes on.

type SecretlintConfig = Parameters<typeof lintSource>[0]['options']['config'];

let secretlint: Promise<{ lint: typeof lintSource; config: SecretlintConfig }> | undefined;

/**
 * The preset with two changes. AWS access key ids (AKIA…) are reported (the rule's own default is off), but not
 * AWS account ids, which guides quote in ARNs and are not secret. The GCP rule's reports are dropped: it flags a
 * whole .json file at its first character, and the private-key rule already finds the same key on its own line
 * and checks that its body is a real key. (`disabled: true` on a rule inside a preset is not honoured by
 * @secretlint/core 13.1, so its messages are allowed instead.)
 */
async function loadSecretlint(): Promise<{ lint: typeof lintSource; config: SecretlintConfig }> {
  const [{ lintSource: lint }, { creator: recommended }] = await Promise.all([
    import('@secretlint/core'),
    import('@secretlint/secretlint-rule-preset-recommend'),
  ]);
  const config: SecretlintConfig = {
    rules: [
      {
        id: recommended.meta.id,
        rule: recommended,
        rules: [
          { id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true }, allowMessageIds: ['AWSAccountID'] },
          { id: '@secretlint/secretlint-rule-gcp', allowMessageIds: ['PrivateKeyJSON', 'PrivateKeyP12'] },
        ],
      },
    ],
  };
  return { lint, config };
}

/** The preset's rules whose patterns `presetMayReport` was written from; a test fails when the preset's list changes. */
export const reviewedPresetRules = [
  'aws',
  'gcp',
  'privatekey',
  'npm',
  'basicauth',
  'slack',
  'sendgrid',
  'shopify',
  'stripe',
  'github',
  'gitlab',
  'grafana',
  'openai',
  'anthropic',
  'groq',
  'huggingface',
  'linear',
  'notion',
  '1password',
  'database-connection-string',
  'hashicorp-vault',
  'vercel',
  'databricks',
  'docker',
  'figma',
  'cloudflare',
  'tailscale',
  'filter-comments',
].map((name) => `@secretlint/secretlint-rule-${name}`);

// The pre-filter: text that every report of the preset contains, read rule by rule from the rules' own patterns
// (version 13.1). Most of the preset's tokens are a short prefix and `_`, `-` or `.`, so the search finds that
// separator, rare in prose, and looks behind it for the prefix. (A file of prose costs microseconds here against
// about 0.6 ms in secretlint.) The corpus test checks this against secretlint itself, rule by rule.
const presetSeparators = new RegExp(
  [
    // npm, shopify, stripe, github, grafana, groq, huggingface, linear, notion, vercel, docker, figma, cloudflare
    String.raw`(?<=npm|shp(?:pa|ca|at|ss)|[sr]k_(?:live|test)|gh[pousr]|github_pat|glc|glsa|gsk|hf|lin_api|ntn|vc[piark]|dckr_pat|figd|cf(?:k|ut|at))_`,
    String.raw`(?<=ops)_(?=ey)`, // 1password, not "devops_team"
    String.raw`(?<=glpat|tskey|xox[bpaor]|xapp)-`, // gitlab, tailscale, slack tokens
    String.raw`(?<=sk)-(?=ant-api0)`, // anthropic, not "risk-based"
    String.raw`(?<=hv[sbr]|SG)\.`, // hashicorp-vault, sendgrid
    String.raw`(?<=_authToken)=`, // npm (.npmrc)
  ].join('|'),
);
/** aws (access key ids), openai (both of its patterns hold `T3BlbkFJ`), privatekey. */
const presetCapitals = /A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA|T3BlbkFJ|PRIVATE KEY/;
/** aws: the name a secret access key must follow, as the rule spells it. */
const presetAwsSecretName = /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)/;
/** basicauth and database-connection-string (`user:password@` right after `://`), slack webhooks (in any case), npm (package.json). */
const presetUrl = /:\/\/(?:[^:/\s]+:[^@/\s]+@|[Hh][Oo][Oo][Kk][Ss]\.[Ss][Ll][Aa][Cc][Kk]\.[Cc][Oo][Mm])|:x-oauth-basic@/;

/** Whether the preset could report anything in this text (the pre-filter). */
export function presetMayReport(text: string): boolean {
  if (presetSeparators.test(text) || presetCapitals.test(text) || presetAwsSecretName.test(text)) return true;
  return text.includes('dapi') /* databricks */ || (text.includes('://') && presetUrl.test(text));
}

/** Readable kinds for the preset's message ids; others are named from secretlint's own message. */
const presetKinds: Record<string, string> = {
  AWSAccessKeyID: 'AWS access key id',
  AWSSecretAccessKey: 'AWS secret access key',
  PrivateKey: 'private key',
  NPM_ACCESS_TOKEN: 'npm access token',
  Npmrc_authToken: 'npm auth token',
  PackageJSON_xOauthToken: 'GitHub token in a URL',
  BasicAuth: 'password in a URL',
  SLACK_TOKEN: 'Slack token',
  IncomingWebhook: 'Slack webhook URL',
  SENDGRID_KEY: 'SendGrid API key',
  SHOPIFY_KEY: 'Shopify access token',
  STRIPE_SECRET_KEY_LIVE: 'Stripe live secret key',
  STRIPE_SECRET_KEY_TEST: 'Stripe test secret key',
  STRIPE_RESTRICTED_KEY_LIVE: 'Stripe live restricted key',
  STRIPE_RESTRICTED_KEY_TEST: 'Stripe test restricted key',
  GITHUB_TOKEN: 'GitHub token',
  GITLAB_PERSONAL_ACCESS_TOKEN: 'GitLab access token',
  OPENAI_TOKEN: 'OpenAI API key',
  ANTHROPIC_API_KEY: 'Anthropic API key',
  MongoDBConnection: 'password in a MongoDB connection string',
  MySQLConnection: 'password in a MySQL connection string',
  PostgreSQLConnection: 'password in a PostgreSQL connection string',
  HASHICORP_VAULT_SERVICE_TOKEN: 'HashiCorp Vault token',
  HASHICORP_VAULT_BATCH_TOKEN: 'HashiCorp Vault token',
  HASHICORP_VAULT_RECOVERY_TOKEN: 'HashiCorp Vault recovery token',
  DATABRICKS_PERSONAL_ACCESS_TOKEN: 'Databricks access token',
  DOCKER_PERSONAL_ACCESS_TOKEN: 'Docker access token',
};

function presetKind(messageId: string, message: string, value: string): string {
  const known = presetKinds[messageId];
  if (known) return known;
  // secretlint's messages read "found <kind>: <secret>"; never let the secret through.
  const named = message.replace(/^found /, '').split(': ')[0] ?? '';
  return named && !named.includes(value) ? named : messageId.toLowerCase().replaceAll('_', ' ');
}

/** Where a URL holds `user:password@`, for pointing at the password and showing the URL without it. */
const urlCredentials = /^([a-z][a-z0-9+.:-]*:\/\/)([^:/\s@]+):([^@/\s]+)@([^/\s?#]*)/i;
const pemHeader = (block: string) => /-----BEGIN [A-Z0-9 ]*-----/.exec(block)?.[0] ?? 'private key';

/**
 * Runs secretlint's recommended preset on a text, with no pre-filter and no judgement of placeholders; exported
 * for the test that proves `presetMayReport` misses nothing.
 */
export async function presetFindings(file: string, text: string): Promise<SecretFinding[]> {
  const { lint, config } = await (secretlint ??= loadSecretlint());
  const result = await lint({
    source: { content: text, filePath: file, ext: extname(file), contentType: 'text' },
    options: { config, noPhysicFilePath: true },
  });
  return result.messages.map((message) => {
    const [start, end] = message.range;
    const data = (message.data ?? {}) as Record<string, unknown>;
    const reported = [data['KEY'], data['TOKEN'], data['ID'], data['URL'], data['URI'], data['CREDENTIAL']].find(
      (value): value is string => typeof value === 'string',
    );
    const value = reported ?? text.slice(start, end);
    // The AWS secret-key rule's range starts at the key's name, not at the key: find the key itself.
    const at = text.indexOf(value, start);
    const index = at === -1 ? start : at;
    const finding: SecretFinding = {
      kind: presetKind(message.messageId, message.message, value),
      index,
      end: index + value.length,
      value,
    };
    const url = urlCredentials.exec(value);
    if (url && /BasicAuth|Connection$/.test(message.messageId)) {
      const [, scheme, user, password, host] = url;
      return {
        ...finding,
        index: index + scheme!.length + user!.length + 1,
        value: password!,
        shown: `${scheme}${user}:…@${host}`,
      };
    }
    // The preset checked the key's body (base64, long enough, a real key's first bytes).
    if (message.messageId === 'PrivateKey') return { ...finding, shown: pemHeader(value), judged: true };
    return finding;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Our own rules, for secrets the preset misses (each says which, as the corpus showed).

interface OwnRule {
  /** Text every match holds, rare in prose: where it is absent, the pattern is not tried. */
  contains: string[];
  pattern: RegExp;
  kind: string;
  /** Which capture group holds the secret (default: the whole match). */
  group?: number;
}

/** Provider formats the preset does not know. */
const providerRules: OwnRule[] = [
  // Google API keys (Maps, Firebase, Gemini): the preset's GCP rule reads only service-account .json files.
  { contains: ['AIza'], pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/g, kind: 'Google API key' },
  // JWTs, often a bearer token copied from a browser: no preset rule.
  { contains: ['.eyJ'], pattern: /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}/g, kind: 'JSON web token' },
  // Azure storage and Service Bus keys in connection strings, and SAS signatures in URLs: no preset rule.
  { contains: ['Key='], pattern: /\bAccountKey=([A-Za-z0-9+/]{20,}={0,2})/g, kind: 'Azure storage account key', group: 1 },
  { contains: ['Key='], pattern: /\bSharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})/g, kind: 'Azure shared access key', group: 1 },
  { contains: ['&sig=', '?sig='], pattern: /[?&]sig=([A-Za-z0-9%+/=]{20,})/g, kind: 'Azure SAS signature', group: 1 },
  // Twilio API key SIDs, and auth tokens written after the account SID (`-u AC…:token`, `Client(sid, token)`).
  { contains: ['SK'], pattern: /(?<![\w-])SK[0-9a-f]{32}(?![\w-])/g, kind: 'Twilio API key' },
  {
    contains: ['AC'],
    pattern: /(?<![\w-])AC[0-9a-f]{32}["']?[ \t]*[:,][ \t]*["']?([0-9a-f]{32})(?![\w-])/g,
    kind: 'Twilio auth token',
    group: 1,
  },
  // Mailchimp API keys: 32 hex digits and the data centre.
  { contains: ['-us'], pattern: /(?<![\w-])[0-9a-f]{32}-us\d{1,2}(?![\w-])/g, kind: 'Mailchimp API key' },
];

function providerFindings(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const { contains, pattern, kind, group = 0 } of providerRules) {
    if (!contains.some((part) => text.includes(part))) continue;
    for (const match of text.matchAll(pattern)) {
      const value = match[group]!;
      const index = match.index + match[0].lastIndexOf(value);
      found.push({ kind, index, end: index + value.length, value });
    }
  }
  return found;
}

/**
 * Passwords in URLs that the preset misses: its rules know http(s), ftp and three databases' schemes, and
 * passwords of letters, digits, `-` and `_` only, so `https://etl:Winter2024!@…`, `amqp://…` and `redis://:…@`
 * pass it. The search starts at `://`; the scheme does not matter.
 */
const urlPassword = /:\/\/([^\s:/@'"`<>]*):([^\s/@'"`<>]+)@([\w.-]+)/g;

function urlPasswordFindings(text: string): SecretFinding[] {
  if (!text.includes('://')) return [];
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(urlPassword)) {
    const user = match[1]!;
    const password = match[2]!;
    if (password.length < 4 || reference.test(password) || isPlaceholder(password)) continue;
    const index = match.index + '://'.length + user.length + 1;
    const scheme = /[A-Za-z][\w+.-]*$/.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[0] ?? '';
    const shown = `${scheme}://${user}:…@${match[3]}`;
    found.push({ kind: 'password in a URL', index, end: index + password.length, value: password, shown });
  }
  return found;
}

/**
 * PEM private keys the preset lets through: it wants at least 100 base64 characters starting `MI` (or OpenSSH's
 * magic), which misses EC keys from `openssl ecparam` (`MHc…`), Ed25519 keys (64 characters) and encrypted PKCS#8
 * keys. Placeholder bodies (`MIIE...`, `<your key>`) hold characters base64 has not, so they never match.
 */
const pemBlock =
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----([A-Za-z0-9+/=\s\\]+)-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;

function privateKeyFindings(text: string): SecretFinding[] {
  if (!text.includes('PRIVATE KEY')) return [];
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(pemBlock)) {
    const body = match[1]!.replace(/\\[nr]|\s/g, '');
    if (body.length < 60 || !/^[A-Za-z0-9+/]+=*$/.test(body) || new Set(body).size < 16) continue;
    const block = match[0];
    found.push({
      kind: 'private key',
      index: match.index,
      end: match.index + block.length,
      value: block,
      shown: pemHeader(block),
      judged: true,
    });
  }
  return found;
}

/**
 * Credentials in an HTTP Authorization header: Bearer tokens (opaque ones are invisible to the preset), Okta's
 * SSWS tokens, and Basic credentials, whose base64 is decoded so that `Basic base64(username:password)` passes as
 * the placeholder it is. `Basic` and `Token` are English words too, so they count only after "Authorization".
 */
const authorizationScheme = /\b(Bearer|SSWS|Basic|Token)[ \t]+([A-Za-z0-9._~+/-]{8,}=*)/g;
const schemeKinds: Record<string, string> = {
  Bearer: 'bearer token',
  SSWS: 'Okta API token',
  Basic: 'Basic auth credentials',
  Token: 'API token',
};

function authorizationFindings(text: string): SecretFinding[] {
  if (!Object.keys(schemeKinds).some((scheme) => text.includes(scheme))) return [];
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(authorizationScheme)) {
    const scheme = match[1]!;
    const value = match[2]!;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    if ((scheme === 'Basic' || scheme === 'Token') && !/authorization/i.test(text.slice(lineStart, match.index))) continue;
    const index = match.index + match[0].length - value.length;
    const finding: SecretFinding = { kind: schemeKinds[scheme]!, index, end: index + value.length, value };
    const decoded = scheme === 'Basic' ? Buffer.from(value, 'base64').toString('latin1') : '';
    const colon = decoded.indexOf(':');
    if (colon > 0 && /^[\x20-\x7e]+$/.test(decoded)) {
      const password = decoded.slice(colon + 1);
      if (looksLikePassword(password) && !isPlaceholder(password)) found.push({ ...finding, judged: true });
    } else if (looksLikeToken(value)) found.push(finding);
  }
  return found;
}

/**
 * AWS secret access keys next to their name where the preset's rule, which wants the name written as one word
 * (`aws_secret_access_key=`), misses them: `aws configure`'s prompt, a Markdown table or the credentials CSV the
 * console downloads (the name in the header, the key on its line or up to two lines below).
 */
const awsSecretName = /secret[ _-]?access[ _-]?key/gi;
const awsSecretValue = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

function awsSecretFindings(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const name of text.matchAll(awsSecretName)) {
    let until = endOfLine(text, name.index);
    for (let below = 0; below < 2 && until < text.length; below++) until = endOfLine(text, until + 1);
    awsSecretValue.lastIndex = name.index;
    for (let match = awsSecretValue.exec(text); match && match.index < until; match = awsSecretValue.exec(text)) {
      const value = match[0];
      if (/[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)) {
        found.push({ kind: 'AWS secret access key', index: match.index, end: match.index + 40, value });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Names near values: a secret-looking value assigned to a name that says it is secret, in YAML, .env, JSON, code,
// query strings (`?api_key=`), command lines (`--password x`) and XML (`<password>x</password>`). The search starts
// at the connectors (`:`, `=`, `>`), which are cheap to find, and reads the name back from each.

const isNameCharacter = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 95 ||
  code === 46 ||
  code === 45;
const secretWord = /pass|pwd|secret|token|key|credential/i;
/** A name holding a secret word, read from its first character (sticky, so no string is cut out for the test). */
const secretNameStart = /[A-Za-z0-9_.-]*?(?:pass|pwd|secret|token|key|credential)/iy;

/** The words of a name: `clientSecret`, `client_secret`, `X-Client-Secret` are all ["client", "secret"]. */
const nameWords = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Words before `key` that make it a secret key (`api_key`, `AccountKey`), unlike `key: externalId`. */
const keyQualifiers = new Set(
  'api access secret private signing account encryption master client app auth subscription shared storage primary secondary license webhook sas'.split(
    ' ',
  ),
);

/**
 * What a name says its value is: a password, another secret (token, key, client secret), or nothing. Only the
 * last word counts, so `secretName`, `token_endpoint`, `tokenUrl`, `passwordPolicy` and `secretKeyRef` name
 * something else.
 */
function secretNameKind(name: string): 'password' | 'secret' | undefined {
  const words = nameWords(name);
  const last = (words.at(-1) ?? '').replace(/\d+$/, '');
  if (/(?:password|passwd|passphrase|pwd)$/.test(last) || last === 'pass' || last === 'pw') return 'password';
  if (/(?:secret|token|apikey|accesskey|secretkey|privatekey|credentials?)$/.test(last)) return 'secret';
  if (last === 'key' && keyQualifiers.has(words.at(-2) ?? '')) return 'secret';
  return undefined;
}

/**
 * After a name: an optional closing quote or `**`, then `:` (followed by a space or a quote, as YAML and JSON
 * write it), `=`, `:=` or `=>`, then an optional `**` (`**Password:** x`).
 */
const connector = /(?:["'`]|\*\*)?[ \t]*(?::=|=>|=(?!=)|:(?=[ \t"'`*]))(?:\*\*)?[ \t]*/y;
/** What may follow an unquoted value on its line: nothing, a comment, a separator, a closing bracket or code span, another flag. */
const valueTail = /^(?:[ \t\r]*(?:#|\/\/|\\\r?$|[|)}\]]|$)|[,;&`)}\]"']|[ \t]+--?[A-Za-z])/;
const unquotedValue = /[^\s"'`]*/y;
/** A command-line flag and its value: `--password=x`, `--password x`, `--password "x"`. */
const flag = /--([A-Za-z][\w.-]*)(?:=|[ \t]+)(["']?)([^\s"'`]+)\2/y;
/** An XML element: `<password>x</password>`, `<wsse:Password Type="…">x</wsse:Password>`. */
const element = /<(?:[\w-]+:)?([\w.-]+)(?:[ \t][^>\n]*)?>([^<\s]+)<\/(?:[\w-]+:)?([\w.-]+)>/y;

interface Located {
  name: string;
  value: string;
  index: number;
}

function namedValueFindings(text: string): SecretFinding[] {
  const candidates: Located[] = [];
  for (const mark of [':', '=', '>']) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      const located = mark === '>' ? elementValue(text, at) : assignedValue(text, at);
      if (located) candidates.push(located);
    }
  }
  for (let at = text.indexOf('--'); at !== -1; at = text.indexOf('--', at + 2)) {
    flag.lastIndex = at;
    const match = flag.exec(text);
    if (match && !isNameCharacter(text.charCodeAt(at - 1))) {
      candidates.push({
        name: match[1]!,
        value: match[3]!,
        index: match.index + match[0].length - match[2]!.length - match[3]!.length,
      });
    }
  }
  const found: SecretFinding[] = [];
  for (const { name, value, index } of candidates) {
    const nameKind = secretNameKind(name);
    if (nameKind && looksSecret(value, nameKind))
      found.push({ kind: `secret in "${name}"`, index, end: index + value.length, value });
  }
  return found;
}

/** The name before a `:` or `=` and the value after it; none where prose goes on after an unquoted value. */
function assignedValue(text: string, at: number): Located | undefined {
  // YAML's `:` is followed by a space (JSON's by a quote); this skips URLs, times and ARNs at once.
  if (text[at] === ':' && !` \t\r\n"'=*`.includes(text[at + 1] ?? '\n')) return undefined;
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end > 1 && text[end - 1] === '*' && text[end - 2] === '*') end -= 2;
  else if (end > 0 && `"'\``.includes(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isNameCharacter(text.charCodeAt(start - 1))) start--;
  secretNameStart.lastIndex = start;
  if (start === end || !secretNameStart.test(text) || secretNameStart.lastIndex > end) return undefined;
  const name = text.slice(start, end).replace(/^-+/, '');
  const before = text[start - 1];
  // A name after `:` or `/` is a segment of an ARN or a path (`…:secret:prod/db`), except PowerShell's `$env:NAME`.
  if ((before === ':' && !/\$env$/i.test(text.slice(start - 5, start - 1))) || before === '/') return undefined;
  connector.lastIndex = end;
  const joined = connector.exec(text);
  if (!joined) return undefined;
  const index = joined.index + joined[0].length;
  const lineEnd = endOfLine(text, index);
  const quote = text[index];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = text.indexOf(quote, index + 1);
    if (close === -1 || close > lineEnd) return undefined;
    const value = text.slice(index + 1, close);
    return /\s/.test(value) ? undefined : { name, value, index: index + 1 };
  }
  unquotedValue.lastIndex = index;
  // Separators: `;` between connection-string settings, `&next=` between query parameters.
  const value = unquotedValue
    .exec(text)![0]
    .split(';')[0]!
    .replace(/&[A-Za-z_][\w.-]*=.*$/, '')
    .replace(/[,)}\]]+$/, '');
  const inQuery = before === '?' || before === '&';
  if (!value || (!inQuery && !valueTail.test(text.slice(index + value.length, lineEnd)))) return undefined;
  return { name, value, index };
}

/** The element whose start tag ends at this `>`, when its text is a single word and its end tag follows. */
function elementValue(text: string, at: number): Located | undefined {
  const open = text.lastIndexOf('<', at);
  if (open === -1 || text.lastIndexOf('\n', at) > open) return undefined;
  element.lastIndex = open;
  const match = element.exec(text);
  if (!match || match[1] !== match[3] || !secretWord.test(match[1]!)) return undefined;
  return { name: match[1]!, value: match[2]!, index: at + 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Judging values.

/** Vendors' documented example keys; they pass like placeholders. Assembled, so that scanners of this repository pass them too. */
const vendorExamples = new Set([
  // AWS's documentation key pairs (the preset passes the first pair itself).
  'AKIA' + 'IOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY',
  'AKIA' + 'I44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/' + 'h3yCo8nvbEXAMPLEKEY',
  // Stripe's published test-mode keys, from its API reference, current and older.
  'sk_' + 'test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_' + 'test_BQokikJOvBiI2HlWgH4olfQ2',
  // jwt.io's sample token.
  'eyJ' +
    'hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ' +
    'zdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/** Values that are placeholders, however they are written: `<YOUR_API_KEY>`, `${API_KEY}`, `{{ secrets.X }}`, `xxxx`, `****`. */
const placeholderShape = /^(?:<.*>|\[.*\]|\{.*\}|\(.*\)|%[\w.-]+%|[xX*•.…#?_-]*)$/;
const placeholderPart =
  /\$\{|\$\(|\{\{|<[A-Za-z_][\w .-]*>|your[_-]?|example|placeholder|change[_-]?me|dummy|redacted|fake|sample|not[_-]?a[_-]?real|replace[_-]?(?:me|with)|xxxx|\*\*\*|\.\.\.|…/i;
/** Words written where a value goes, as in `USERNAME:PASSWORD`, `user:pass`, `password: secret`. */
const placeholderWords = new Set(
  'password passwd pass pwd pw secret token key apikey api_key api-key accesstoken access_token changeme test demo guest admin root user username login foo bar baz null none nil true false undefined empty string required optional'.split(
    ' ',
  ),
);

/** A run of six of one character (`000000`, `XXXXXX`) or of seven in sequence (`1234567`, `abcdefg`): typed, not generated. */
function hasTypedRun(value: string): boolean {
  let same = 1;
  let ascending = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    same = step === 0 ? same + 1 : 1;
    ascending = step === 1 ? ascending + 1 : 1;
    if (same >= 6 || ascending >= 7) return true;
  }
  return false;
}

function isPlaceholder(value: string): boolean {
  return (
    placeholderShape.test(value) || placeholderPart.test(value) || hasTypedRun(value) || placeholderWords.has(value.toLowerCase())
  );
}

/** Values that point at a secret kept elsewhere: variables, vault references, paths, URLs, calls and indexes, `process.env.X`, `ENV_NAME`. */
const reference =
  /^(?:[$%!@&]|\*[A-Za-z]|[~.]?\/|[A-Za-z][\w+.-]*:\/\/|(?:arn|env|vault|op|file|projects|secrets?):|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|[\w.$]+[([]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$)/;
/** Lower-case words joined by `-`, `_` or `.`: the name of a secret (`my-app-secret`), not the secret. */
const identifier = /^[a-z]+(?:[-_.][a-z0-9]+)*$/;
/** Words run together (`RootManageSharedAccessKey`): a name, where random letters change case at random. */
const camelCaseWords = /^(?:[A-Z]?[a-z]+)+$/;

const isReferenceOrPlaceholder = (value: string) => reference.test(value) || identifier.test(value) || isPlaceholder(value);
/** A password: six characters or more, letters and something else. */
const looksLikePassword = (value: string) => value.length >= 6 && /[A-Za-z]/.test(value) && /[^A-Za-z]/.test(value);
/** A generated token: token characters only (no brackets, quotes or commas), letters and digits or a long run of mixed-case letters. */
const looksLikeToken = (value: string) =>
  value.length >= 10 &&
  /^[\w+/=.~:@!$%*#-]+$/.test(value) &&
  /[A-Za-z]/.test(value) &&
  (/\d/.test(value) || (value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value) && !camelCaseWords.test(value))) &&
  !isReferenceOrPlaceholder(value);

/** Whether a value under a secret name is itself a secret. */
const looksSecret = (value: string, nameKind: 'password' | 'secret') =>
  nameKind === 'password' ? looksLikePassword(value) && !isReferenceOrPlaceholder(value) : looksLikeToken(value);

/** Not a placeholder, a vendor's example or allowlisted (an allowlisted string covers the secrets in it, as in a whole sample URL). */
function isSecret(finding: SecretFinding, allowlist: ReadonlySet<string>): boolean {
  if (vendorExamples.has(finding.value) || [...allowlist].some((allowed) => allowed.includes(finding.value))) return false;
  return finding.judged === true || !isPlaceholder(finding.value);
}

// ---------------------------------------------------------------------------------------------------------------
// The scan.

/** The 1-based line and column of an offset, given where each line starts. */
function position(lineStarts: number[], index: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: index - lineStarts[low]! + 1 };
}

/** Enough of a value to find it again, never enough to use it: long values keep 4 characters in front and 2 at the end. */
const shorten = (value: string) => (value.length >= 20 ? `${value.slice(0, 4)}…${value.slice(-2)}` : '…');

/**
 * Finds secrets in one text file of a handbook (entry, site.yaml, a model, any other text file): provider keys
 * and tokens, private keys, credentials in URLs, connection strings and headers (secretlint's recommended preset,
 * plus our own rules for what it misses), and secret-looking values under secret-like names. Placeholders,
 * vendors' documented examples and the handbook's allowlisted strings pass. One problem per secret, in text order.
 */
export async function secretProblems(file: string, text: string, allowlist: ReadonlySet<string> = new Set()): Promise<Problem[]> {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Most specific first: a later finding that overlaps a kept one is the same secret.
  const findings = [
    ...(presetMayReport(content) ? await presetFindings(file, content) : []),
    ...privateKeyFindings(content),
    ...providerFindings(content),
    ...urlPasswordFindings(content),
    ...awsSecretFindings(content),
    ...authorizationFindings(content),
    ...namedValueFindings(content),
  ];
  const kept: SecretFinding[] = [];
  for (const finding of findings) {
    if (!isSecret(finding, allowlist) || kept.some((other) => finding.index < other.end && other.index < finding.end)) continue;
    kept.push(finding);
  }
  if (kept.length === 0) return [];
  const lineStarts = [0];
  for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return kept
    .sort((a, b) => a.index - b.index)
    .map((finding) => ({
      file,
      ...position(lineStarts, finding.index),
      severity: 'error',
      message: `possible ${finding.kind} (found: "${finding.shown ?? shorten(finding.value)}"; expected: no secrets in the handbook)`,
      hint: 'remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or ${API_KEY} instead',
      rule: 'secret',
    }));
}
