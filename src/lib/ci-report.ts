// What `check` leaves for a pull or merge request: a Markdown summary for the reviewer (GitHub's job
// summary, a GitLab artifact) and GitLab's Code Quality report, which shows problems on the diff.
import { createHash } from 'node:crypto';
import type { ChangeScope } from './content/changes.ts';
import type { Registry } from './content/collections.ts';
import { countProblems, sortProblems, type Problem } from './content/problems.ts';
import { entryPath } from './urls.ts';
import { plural } from './plural.ts';

/** How git saw a changed file: Added, Modified or Deleted. */
export type ChangeStatus = 'added' | 'changed' | 'removed';

/** A page of the site that a change adds, changes or removes. */
export interface ChangedPage {
  path: string;
  title: string;
  change: ChangeStatus;
}

/** The entry pages a change touches, in the order of their paths. */
export function changedPages(scope: ChangeScope, registry: Registry, added: ReadonlySet<string>): ChangedPage[] {
  if (scope.kind !== 'entries') return [];
  const pages: ChangedPage[] = [];
  for (const source of scope.changed) {
    const spec = registry[source.collection]!;
    const title = (source.yaml.data as Record<string, unknown> | null | undefined)?.[spec.titleField ?? 'title'];
    pages.push({
      path: entryPath(spec.folder, source.id),
      title: typeof title === 'string' && title ? title : source.id,
      change: added.has(source.file) ? 'added' : 'changed',
    });
  }
  for (const entry of scope.removed) {
    pages.push({ path: entryPath(registry[entry.collection]!.folder, entry.id), title: entry.id, change: 'removed' });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Text safe inside a Markdown table cell. */
const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');


/**
 * The Markdown a reviewer reads: what `check` found (every problem, with its place and fix) and, for a
 * check of a change, which pages the change adds, changes or removes.
 */
export function checkSummary(report: {
  problems: readonly Problem[];
  checkedFiles: number;
  scope?: ChangeScope;
  pages: readonly ChangedPage[];
  base?: string;
}): string {
  const { errors, warnings } = countProblems(report.problems);
  const verdict = errors ? `❌ ${plural(errors, 'error')}` : '✅ passed';
  const lines = [`## Handbook check: ${verdict}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`, ''];
  if (report.scope?.kind === 'entries') {
    const changed = report.scope.changed.length + report.scope.removed.length;
    lines.push(
      `Checked ${plural(report.checkedFiles, 'entry', 'entries')}: the ${plural(changed, 'entry', 'entries')} changed since \`${report.base ?? 'the base'}\`, and the entries they refer to or that refer to them.`,
    );
  } else {
    const why = report.scope?.kind === 'everything' ? ` (${report.scope.reason})` : '';
    lines.push(`Checked every entry: ${plural(report.checkedFiles, 'entry', 'entries')}${why}.`);
  }
  if (report.problems.length) {
    lines.push('', '| | Where | Problem |', '|---|---|---|');
    for (const problem of sortProblems(report.problems)) {
      const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
      const field = problem.field ? `**${problem.field}**: ` : '';
      const hint = problem.hint ? ` — ${problem.hint}` : '';
      lines.push(`| ${problem.severity} | \`${cell(place)}\` | ${cell(`${field}${problem.message}${hint}`)} (${problem.rule}) |`);
    }
  }
  if (report.scope?.kind === 'entries') {
    lines.push('', '### Pages this change touches', '');
    if (report.pages.length === 0) lines.push('No entry page: the change is outside the entries.');
    else {
      lines.push('| Page | Title | Change |', '|---|---|---|');
      for (const page of report.pages) lines.push(`| \`${page.path}\` | ${cell(page.title)} | ${page.change} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One issue of GitLab's Code Quality report (the subset GitLab reads). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * The problems as a GitLab Code Quality report. The fingerprint leaves out the line, so a problem that
 * only moves is the same problem on the merge request's widget.
 */
export function codeQualityReport(problems: readonly Problem[]): CodeQualityIssue[] {
  return sortProblems(problems).map((problem) => {
    const field = problem.field ? `${problem.field}: ` : '';
    const hint = problem.hint ? ` — ${problem.hint}` : '';
    return {
      description: `${field}${problem.message}${hint}`,
      check_name: problem.rule,
      fingerprint: createHash('sha256')
        .update([problem.file, problem.rule, problem.field ?? '', problem.message].join('\0'))
        .digest('hex'),
      severity: problem.severity === 'error' ? 'major' : 'minor',
      location: { path: problem.file, lines: { begin: problem.line ?? 1 } },
    };
  });
}
