import { guideSections } from '../vocabulary.ts';
import { templateGuidance, templateText, wholeWords } from '../scaffold.ts';
import type { BodySection } from './body.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './source.ts';

/** What a finished entry needs (site.yaml `finished`). */
export interface FinishedRules {
  /** The fewest words each required section of a guide must have; 0 turns the rule off. */
  sectionWords: number;
  /** Words that mark unfinished work wherever they appear, besides the templates' own placeholders. */
  placeholders: readonly string[];
}

/** An entry as `check` has read it: its data as parsed, its YAML for places, its text and its body's sections. */
export interface EntryToFinish {
  collection: string;
  file: string;
  data: unknown;
  yaml: Pick<YamlSource, 'locate'>;
  text: string;
  /** The MDX body cut at its headings; undefined for a YAML entry. */
  sections?: readonly BodySection[];
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
/** Words in a text (runs of non-space holding a letter or digit), counted up to `enough`. */
function wordsIn(text: string, enough: number): number {
  let count = 0;
  for (const [word] of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(word) && ++count >= enough) break;
  return count;
}
const requiredSections = new Set(guideSections.map(normalise));
/** The templates' guidance, normalised once; a section longer than the longest can hold no guidance alone. */
const guidanceTexts = new Set(templateGuidance.flatMap((guidance) => (typeof guidance === 'string' ? [normalise(guidance)] : [])));
const guidancePatterns = templateGuidance.filter((guidance): guidance is RegExp => typeof guidance !== 'string');
const longestGuidance = Math.max(...[...guidanceTexts].map((text) => text.length));
const isGuidance = (text: string) =>
  text.length <= longestGuidance * 2 &&
  (guidanceTexts.has(normalise(text)) || guidancePatterns.some((pattern) => pattern.test(text.trim())));
/** The whole-word pattern of a handbook's placeholders, built once per set of rules (check reads every entry with one). */
const placeholderPatterns = new WeakMap<readonly string[], RegExp | undefined>();
function placeholderPattern(placeholders: readonly string[]): RegExp | undefined {
  if (!placeholderPatterns.has(placeholders))
    placeholderPatterns.set(placeholders, placeholders.length ? wholeWords(placeholders) : undefined);
  return placeholderPatterns.get(placeholders);
}

/**
 * What keeps an entry from being finished: the templates' placeholders (summary, owner), words that mark
 * unfinished work, and sections that are empty, hold only the template's guidance, or are shorter than a
 * guide's sections must be. Errors for an active entry; warnings for a draft guide, which is still being written.
 */
export function unfinishedProblems(entry: EntryToFinish, rules: FinishedRules): Problem[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const draft = data['status'] === 'draft';
  const severity = draft ? ('warning' as const) : ('error' as const);
  const whileWriting = entry.collection === 'guides' && !draft ? ', or set status: draft while you write it' : '';
  const problems: Problem[] = [];
  const marker = placeholderPattern(rules.placeholders);
  const problem = (at: { line?: number; column?: number }, field: string, message: string, hint: string) =>
    problems.push({ file: entry.file, ...at, severity, field, message, hint: `${hint}${whileWriting}`, rule: 'unfinished' });

  // The frontmatter (or the YAML entry), every text in it.
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    else if (typeof value === 'string') {
      const field = path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('');
      const at = entry.yaml.locate(path);
      if (path.length === 1 && templateText.summaryPattern.test(value)) {
        problem(at, field, `${field} is the template's placeholder (found: "${value.slice(0, 40)}…")`, `write the entry's own ${field}`);
      } else if (path.length === 1 && path[0] === 'owner' && value === templateText.owner) {
        problem(at, field, `owner is the template's placeholder (found: "${value}"; expected: the team that owns the guide)`, 'name the owning team');
      } else if (path.length === 1 && value === templateText.owner) {
        // A request's requester and business owner.
        problem(at, field, `${field} is the template's placeholder (found: "${value}"; expected: a person or team)`, `name the ${field === 'requester' ? 'person who asked' : 'person or team accountable'}`);
      } else {
        const found = marker?.exec(value)?.[0];
        if (found) problem(at, field, `${field} holds "${found}", which marks unfinished work`, `finish it, then remove "${found}"`);
      }
    }
  };
  visit(data, []);
  if (!entry.sections) return problems;

  // The body, section by section.
  const required = entry.collection === 'guides' ? requiredSections : new Set<string>();
  const headed = entry.sections.filter((section) => section.heading);
  const parts = headed.length ? headed : entry.sections.slice(0, 1);
  for (const section of parts) {
    const field = section.heading ? `## ${section.heading}` : 'body';
    const at = { line: section.line };
    const minimum = required.has(normalise(section.heading)) ? rules.sectionWords : 0;
    const words = wordsIn(section.text, Math.max(minimum, 1));
    const where = section.heading ? 'section' : 'body';
    if (words === 0) {
      if (section.generated) continue; // a table from the models is the section's content
      if (!section.heading || required.has(normalise(section.heading)) || entry.collection !== 'guides') {
        problem(
          at,
          field,
          `${where} is empty (found: ${section.commented ? "only the template's guidance, in a comment" : 'nothing'}; expected: ${minimum ? `at least ${minimum} words` : 'some text'})`,
          section.commented ? "replace the guidance comment with the section's text" : `write the ${where}`,
        );
      }
    } else if (isGuidance(section.text)) {
      problem(at, field, `${where} holds only the template's guidance (found: "${section.text.slice(0, 40)}…")`, `write the ${where} in place of the guidance`);
    } else if (words < minimum) {
      problem(
        at,
        field,
        `${where} is too short to be finished (found: ${words} word${words === 1 ? '' : 's'}; expected: at least ${minimum})`,
        'say what a reader needs to do this step, or lower finished.sectionWords in site.yaml for the whole handbook',
      );
    }
  }

  // Markers of unfinished work in the body: prose lines outside code fences and comments.
  if (marker) {
    const lines = entry.text.split('\n');
    const bodyStart = entry.text.startsWith('---') ? lines.indexOf('---', 1) + 1 : 0;
    let fence: string | undefined;
    let inComment = false;
    for (let index = bodyStart; index < lines.length; index++) {
      let line = lines[index]!;
      const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
        continue;
      }
      if (opening) {
        fence = opening;
        continue;
      }
      // Comments ({/* … */}), which may span lines, are the author's notes, not the page.
      let visible = '';
      while (line) {
        if (inComment) {
          const end = line.indexOf('*/');
          if (end === -1) line = '';
          else [inComment, line] = [false, line.slice(end + 2)];
        } else {
          const start = line.indexOf('/*');
          if (start === -1) [visible, line] = [visible + line, ''];
          else [visible, inComment, line] = [visible + line.slice(0, start), true, line.slice(start + 2)];
        }
      }
      const found = marker.exec(visible);
      if (!found) continue;
      const section = headed.filter((s) => s.line <= index + 1).at(-1);
      // The column is exact only when no comment was cut out of the line before the word.
      const exact = visible.length === lines[index]!.length;
      problem(
        { line: index + 1, ...(exact ? { column: found.index + 1 } : {}) },
        section ? `## ${section.heading}` : 'body',
        `"${found[0]}" marks unfinished work (found on line ${index + 1})`,
        `finish it, then remove "${found[0]}"`,
      );
    }
  }
  return problems;
}
