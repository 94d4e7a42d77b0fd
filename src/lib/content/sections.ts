import { guideSections } from '../schemas/guide.ts';
import type { BodyHeading } from './body.ts';
import type { Problem } from './problems.ts';
import { closestMatch } from './suggest.ts';

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Checks that a guide body has every required second-level section, in the contract's order.
 * Authors may add their own sections anywhere between them.
 */
export function guideSectionProblems(file: string, headings: readonly BodyHeading[]): Problem[] {
  const sections = headings.filter((h) => h.depth === 2);
  const required = guideSections.map(normalise);
  const extra = sections.filter((h) => !required.includes(normalise(h.text)));
  const problems: Problem[] = [];
  const order = `expected order: ${guideSections.join(', ')}`;
  let previous: { name: string; line: number } | undefined;
  for (const name of guideSections) {
    const found = sections.find((h) => normalise(h.text) === normalise(name));
    if (!found) {
      const lookalike = extra.find((h) => closestMatch(h.text, [name]));
      const next = guideSections
        .slice(guideSections.indexOf(name) + 1)
        .map((n) => sections.find((h) => normalise(h.text) === normalise(n)));
      const line = lookalike?.line ?? next.find(Boolean)?.line ?? sections.at(-1)?.line;
      problems.push({
        file,
        ...(line ? { line } : {}),
        severity: 'error',
        field: `## ${name}`,
        message: lookalike
          ? `section "${lookalike.text}" should be named "${name}" (found: "## ${lookalike.text}"; expected: "## ${name}")`
          : `missing section (expected: a "## ${name}" heading; ${order})`,
        hint: lookalike
          ? `rename the heading to "## ${name}"`
          : `add "## ${name}" ${previous ? `after "## ${previous.name}"` : 'at the start of the body'}`,
        rule: 'guide-sections',
      });
      continue;
    }
    if (previous && found.line < previous.line) {
      problems.push({
        file,
        line: found.line,
        severity: 'error',
        field: `## ${name}`,
        message: `section out of order (found: "## ${name}" before "## ${previous.name}"; ${order})`,
        hint: `move "## ${name}" below "## ${previous.name}"`,
        rule: 'guide-sections',
      });
    }
    previous = { name, line: found.line };
  }
  return problems;
}
