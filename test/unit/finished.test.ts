import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content/validate.ts';
import { forPreview, problemsError } from '../../src/integration/handbook-state.ts';
import type { FinishedRules } from '../../src/lib/content/finished.ts';
import { parseEntry } from '../../src/lib/content/read.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { scaffold } from '../../src/lib/scaffold.ts';
import { defaultPlaceholders, defaultSectionWords } from '../../src/lib/schemas/site.ts';
import { guideSections } from '../../src/lib/schemas/guide.ts';
import { guideBody, guideInput, mdx, source, systemInput } from '../helpers/entries.ts';

const rules: FinishedRules = { sectionWords: defaultSectionWords, placeholders: [...defaultPlaceholders] };
const systems = [
  source('systems', 'zuora', systemInput({ name: 'Zuora', category: 'billing' })),
  source('systems', 'netsuite', systemInput()),
];

/** Problems of the rule 'unfinished' for some entries, formatted as check prints them. */
function unfinished(entries: ReturnType<typeof source>[], finished = rules) {
  return checkSources([...systems, ...entries], { finished })
    .problems.filter((problem) => problem.rule === 'unfinished')
    .map(formatProblem);
}

/** An entry read from the text `playbook new` writes. */
function scaffolded(kind: string, title: string) {
  const made = scaffold(kind, title, '2026-11-21', ['zuora', 'netsuite']);
  const collection = made.collection as Parameters<typeof source>[0];
  return parseEntry(collection, made.id, `content/${made.path}`, made.text);
}

describe('finished entries', () => {
  it('passes a finished guide', () => {
    expect(unfinished([source('guides', 'done', guideInput())])).toEqual([]);
  });

  it("names every empty section and the template's placeholders of an untouched new guide, as errors", () => {
    const problems = unfinished([scaffolded('guide', 'Greenhouse hires to Workday')]);
    const file = 'content/guides/greenhouse-hires-to-workday.mdx';
    expect(problems.filter((line) => line.includes('  error  '))).toHaveLength(problems.length);
    expect(problems.find((line) => line.includes(' summary:'))).toMatch(
      new RegExp(`^${file}:3:10  error  summary: summary is the template's placeholder`),
    );
    expect(problems.find((line) => line.includes(' owner:'))).toContain(
      `owner is the template's placeholder (found: "Your team"`,
    );
    for (const section of guideSections) {
      const line = problems.find((problem) => problem.includes(`## ${section}:`));
      expect(line, section).toContain("empty (found: only the template's guidance, in a comment; expected: at least 25 words)");
      expect(line).toContain('or set status: draft while you write it');
    }
    expect(problems).toHaveLength(guideSections.length + 2);
  });

  it('reports the same for a draft as warnings', () => {
    const made = scaffolded('guide', 'Greenhouse hires to Workday');
    const draft = parseEntry('guides', made.id, made.file, made.text.replace('# status: draft', 'status: draft'));
    const problems = unfinished([draft]);
    expect(problems).toHaveLength(guideSections.length + 2);
    expect(problems.every((line) => line.includes('  warning  '))).toBe(true);
    expect(problems.join('\n')).not.toContain('set status: draft');
  });

  it.each(['anti-pattern', 'security', 'handbook'])('names the placeholder summary and empty sections of a new %s', (kind) => {
    const problems = unfinished([scaffolded(kind, 'Point to point')]);
    expect(problems.some((line) => line.includes("summary is the template's placeholder"))).toBe(true);
    expect(problems.some((line) => /empty \(found: only the template's guidance/.test(line))).toBe(true);
  });

  it('finds a section that holds only the guidance, uncommented', () => {
    const body = guideBody.replace(
      /## Testing\n\n[^\n]+/,
      '## Testing\n\nTest accounts and data, the cases to run, and a compare job that checks source against destination.',
    );
    const [problem, ...rest] = unfinished([source('guides', 'g', guideInput(), body)]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/guides\/g\.mdx:\d+  error  ## Testing: section holds only the template's guidance/);
  });

  it('counts words against the minimum, which a team tunes in site.yaml', () => {
    const body = guideBody.replace(/## Deployment\n\n[^\n]+/, '## Deployment\n\nShip it on Friday with the runbook.');
    const short = unfinished([source('guides', 'g', guideInput(), body)]);
    expect(short).toHaveLength(1);
    expect(short[0]).toContain('## Deployment: section is too short to be finished (found: 7 words; expected: at least 25)');
    expect(short[0]).toContain('lower finished.sectionWords in site.yaml');
    expect(unfinished([source('guides', 'g', guideInput(), body)], { ...rules, sectionWords: 5 })).toEqual([]);
  });

  it('finds placeholder words in the frontmatter and the body, but not in code or comments', () => {
    const body = guideBody
      .replace(
        '## Testing\n\n',
        '## Testing\n\nRun the compare job (TBD: which one).\n\n```sh\n# TODO in code is fine\n```\n\n{/* TODO: a note */}\n\n',
      )
      .replace('## Maintenance\n\n', '## Maintenance\n\nTODOS and mastodon are words, not markers.\n\n');
    const problems = unfinished([source('guides', 'g', guideInput({ owner: 'Finance TBD' }), body)]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/:\d+:\d+  error  owner: owner holds "TBD", which marks unfinished work/);
    expect(problems[1]).toMatch(/:\d+:22  error  ## Testing: "TBD" marks unfinished work/);
  });

  it('takes the markers a team names, and none with finished: false', () => {
    const guide = source('guides', 'g', guideInput({ summary: 'XXX Moves invoices.' }));
    expect(unfinished([guide], { ...rules, placeholders: ['XXX'] })).toHaveLength(1);
    expect(checkSources([...systems, guide], {}).problems).toEqual([]);
  });

  it('finds an empty body of an entry without sections', () => {
    const note = parseEntry(
      'handbook',
      'empty',
      'content/handbook/empty.mdx',
      mdx({ title: 'Empty', summary: 'Nothing yet.' }, ''),
    );
    expect(unfinished([note])).toEqual([
      expect.stringContaining('content/handbook/empty.mdx:5  error  body: body is empty (found: nothing; expected: some text)'),
    ]);
  });
});

describe('finished entries in the dev server', () => {
  it('are warnings there, so an entry previews while it is written, and leave every other error an error', () => {
    const problems = checkSources(
      [...systems, scaffolded('guide', 'Greenhouse hires to Workday'), source('guides', 'x', guideInput({ systems: ['nope'] }))],
      {
        finished: rules,
      },
    ).problems;
    const preview = forPreview(problems);
    expect(preview.filter((p) => p.rule === 'unfinished').every((p) => p.severity === 'warning')).toBe(true);
    expect(preview.filter((p) => p.severity === 'error').map((p) => p.rule)).toEqual(['unknown-reference']);
    expect(problemsError(preview, '/')?.message).toContain('unknown system "nope"');
  });
});
