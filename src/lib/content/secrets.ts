import type { Problem } from './problems.ts';

/** A kind of secret and how to recognise it. */
interface SecretRule {
  kind: string;
  pattern: RegExp;
  /** Which capture group holds the secret itself (default: the whole match). */
  group?: number;
  /** Text every match contains: where it is absent, the slower pattern is not tried. */
  contains?: string;
}

/**
 * Provider key formats (as their vendors document them) and generic shapes. Kept deliberately
 * conservative: a false alarm costs an author a minute, a leaked key costs a rotation and an incident.
 */
const rules: SecretRule[] = [
  {
    kind: 'private key',
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/,
    contains: '-----BEGIN ',
  },
  { kind: 'AWS access key id', pattern: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/, group: 1 },
  { kind: 'GitHub token', pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/, group: 1 },
  { kind: 'Slack token', pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,})\b/, group: 1 },
  { kind: 'Stripe secret key', pattern: /\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b/, group: 1 },
  { kind: 'Google API key', pattern: /\b(AIza[0-9A-Za-z_-]{35})\b/, group: 1 },
  { kind: 'JSON web token', pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b/, group: 1 },
  {
    kind: 'URL with embedded credentials',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@'"`]+:([^\s/@'"`]+)@[^\s'"`]+/i,
    group: 1,
    contains: '://',
  },
  { kind: 'connection string password', pattern: /\b(?:Password|Pwd|AccountKey|SharedAccessKey)\s*=\s*([^;\s'"`]+)/i, group: 1 },
];

/**
 * A name that says its value is secret, followed by `:` or `=` and the value. The pattern starts at
 * the secret word itself (fast to find); the rest of the name before it is read back by `secretAssignment`.
 */
const assignment =
  /(?:client[_-]?secret|password|passwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key)[A-Za-z0-9_.-]*["']?\s*[:=]\s*["']?([^\s"'`,;]+)/i;
const nameCharacter = /[A-Za-z0-9_.-]/;

/** The first `name: value` or `name = value` in the text whose name holds a secret word. */
function secretAssignment(text: string): { name: string; value: string; index: number } | undefined {
  const match = assignment.exec(text);
  if (!match) return undefined;
  let start = match.index;
  while (start > 0 && nameCharacter.test(text[start - 1]!)) start--;
  const name = /^[A-Za-z0-9_.-]*/.exec(text.slice(start))![0];
  return { name, value: match[1] ?? '', index: start };
}

/** Values that are obviously placeholders, however they are written. */
const placeholder =
  /^(?:<[^>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{[^}]*\}\}|%[A-Z_]+%|x{3,}|\*{3,}|\.{3,}|.*(?:your[_-]|example|placeholder|changeme|dummy|redacted|fake|sample|test[_-]?key).*)$/i;

/** Documentation keys published by vendors as fakes; they pass like placeholders. */
const knownFakes = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'];

/** Bits of entropy per character: random tokens score high, words and placeholders low. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const isPlaceholder = (value: string, allowlist: ReadonlySet<string>) =>
  placeholder.test(value) || allowlist.has(value) || knownFakes.includes(value);

/**
 * Finds secrets in a file, line by line (frontmatter, prose and code blocks alike): provider keys,
 * private keys, tokens, credentials in URLs and connection strings, and high-entropy values assigned to
 * secret-like names. Placeholders (`<YOUR_API_KEY>`, `${TOKEN}`, `xxxx`) and allowlisted strings pass.
 */
export function secretProblems(file: string, text: string, allowlist: ReadonlySet<string> = new Set()): Problem[] {
  // One pass of each pattern over the whole text picks the ones worth trying line by line; most files
  // hold nothing like a secret (no pattern is anchored, so what matches within a line matches in the text).
  const tried = (rule: SecretRule, content: string) =>
    (!rule.contains || content.includes(rule.contains)) && rule.pattern.test(content);
  const hits = rules.filter((rule) => tried(rule, text));
  const named = assignment.test(text);
  if (hits.length === 0 && !named) return [];
  const problems: Problem[] = [];
  text.split('\n').forEach((content, index) => {
    const found = new Set<number>();
    const report = (kind: string, column: number, value: string) => {
      if (found.has(column) || isPlaceholder(value, allowlist)) return;
      found.add(column);
      const shown = value.length > 8 ? `${value.slice(0, 4)}…${value.slice(-2)}` : '…';
      problems.push({
        file,
        line: index + 1,
        column,
        severity: 'error',
        message: `possible ${kind} (found: "${shown}"; expected: no secrets in the handbook)`,
        hint: 'remove it and rotate it if it was real; write a placeholder such as <YOUR_API_KEY> or ${API_KEY} instead',
        rule: 'secret',
      });
    };
    for (const rule of hits) {
      const match = rule.pattern.exec(content);
      if (!match) continue;
      const value = match[rule.group ?? 0] ?? match[0];
      report(rule.kind, content.indexOf(value, match.index) + 1, value);
    }
    const generic = named ? secretAssignment(content) : undefined;
    if (generic) {
      const { name, value } = generic;
      if (value.length >= 16 && entropy(value) >= 3.5 && /\d/.test(value) && /[A-Za-z]/.test(value)) {
        report(`secret in "${name}"`, content.indexOf(value, generic.index) + 1, value);
      }
    }
  });
  return problems;
}
