import { z } from 'zod';
import type { Problem } from './problems.ts';
import { quote } from './problems.ts';
import type { YamlSource } from './source.ts';
import { closeHint, closestMatch } from './suggest.ts';

/** Where problems of one entry are reported. */
export interface EntryLocation {
  file: string;
  source: Pick<YamlSource, 'locate' | 'locateKey'> & Partial<Pick<YamlSource, 'writtenAt'>>;
}

/** Renders a zod path the way an author reads it: `dataFlow[0].objects`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys a strict object schema at `path` allows, to suggest one for an unknown key. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; element?: unknown; in?: unknown } };
    while (node?.def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(node.def.type ?? '')) {
      node = (node.def.innerType ?? node.def.in) as typeof node;
    }
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown }; shape?: Record<string, unknown> };
    if (typeof key === 'number' && node.def?.type === 'array') current = node.def.element;
    else if (node.shape && typeof key === 'string') current = node.shape[key];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node.shape ? Object.keys(node.shape) : [];
}

/** Zod's type names in the words of someone writing YAML. */
const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a YAML list, such as [a, b]',
  object: 'a YAML mapping of fields',
  date: 'a date written as YYYY-MM-DD',
};

function expectedFor(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    default:
      return undefined;
  }
}

/** Turns the zod issues of one entry into author-facing problems: file, line, field, found, expected, hint. */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  where: EntryLocation,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const at = where.source.locateKey(issue.path, key);
        const rename = closestMatch(key, allowed);
        problems.push({
          file: where.file,
          ...at,
          severity: 'error',
          field: fieldPath([...issue.path, key]),
          message: `unknown field "${key}" (expected one of: ${allowed.join(', ')})`,
          ...hintFor(rename && `rename it to "${rename}"`),
          rule: 'unknown-field',
        });
      }
      continue;
    }
    const found = valueAt(data, issue.path);
    const params = (issue.code === 'custom' ? issue.params : undefined) as
      { rule?: string; candidates?: string[]; found?: string } | undefined;
    const field = fieldPath(issue.path);
    const missing = found === undefined;
    const expected = expectedFor(issue);
    // Custom messages from our schemas already say what is expected; zod's own defaults do not.
    const stated = issue.message.startsWith('Invalid') ? (expected ?? issue.message) : issue.message;
    const message =
      issue.code === 'custom'
        ? `${issue.message} (found: ${quote(found)})`
        : missing
          ? `missing required field (expected: ${stated})`
          : `found ${quote(found)}; expected ${stated}`;
    let hint: string | undefined;
    if (typeof found === 'string' && issue.code === 'invalid_value') {
      hint = closeHint(found, issue.values.map(String));
    } else if (params?.candidates && (params.found ?? typeof found === 'string')) {
      hint = closeHint(params.found ?? String(found), params.candidates);
    } else if (issue.code === 'invalid_type' && issue.expected === 'string' && ['number', 'boolean'].includes(typeof found)) {
      // YAML reads some plain values as numbers or booleans (1.10 becomes 1.1); quotes keep them as the author wrote them.
      const written = where.source.writtenAt?.(issue.path) ?? String(found);
      hint = `YAML reads ${written} as ${typeof found === 'number' ? 'a number' : 'true or false'}; put it in quotes to keep it as text: "${written}"`;
    } else if (missing && issue.code !== 'custom') {
      hint = `add "${String(issue.path.at(-1))}:" to the frontmatter`;
    }
    problems.push({
      file: where.file,
      ...where.source.locate(issue.path),
      severity: 'error',
      field,
      message,
      ...hintFor(hint),
      rule: params?.rule ?? (missing ? 'missing-field' : 'invalid-value'),
    });
  }
  return problems;
}

function hintFor(hint: string | undefined): { hint?: string } {
  return hint ? { hint } : {};
}
