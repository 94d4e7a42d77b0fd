import { plural } from '../plural.ts';

/** One thing wrong (or worth a look) in what an author wrote. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number;
  /** 1-based column in the line. */
  column?: number;
  severity: 'error' | 'warning';
  /** The field path (`dataFlow[0].from`) or the section the problem is in. */
  field?: string;
  /** What is wrong, quoting the bad value: ends with (found: …; expected: …) where both are known. */
  message: string;
  /** How to fix it, with the closest valid value when there is one. */
  hint?: string;
  /** Short stable name of the rule, for tools and for looking it up in the docs. */
  rule: string;
}

/** Orders problems by file, then position, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** Formats one problem as the single line authors read: `file:line:col  severity  field  message — hint  (rule)`. */
export function formatProblem(problem: Problem): string {
  const place = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
  const field = problem.field ? `${problem.field}: ` : '';
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  return `${problem.file}${place}  ${problem.severity}  ${field}${problem.message}${hint}  (${problem.rule})`;
}

/** Counts errors and warnings for the summary line. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number; files: number } {
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    files: new Set(problems.map((p) => p.file)).size,
  };
}

/** The whole report: every problem on its own line, grouped by file, then one summary line. */
export function formatReport(problems: readonly Problem[]): string {
  const { errors, warnings, files } = countProblems(problems);
  if (problems.length === 0) return 'No problems found.';
  const lines = sortProblems(problems).map(formatProblem);
  lines.push('', `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`);
  return lines.join('\n');
}

/** A readable rendering of a value an author wrote, for the "found" part of a message. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    ...(problem.column ? [`col=${problem.column}`] : []),
    `title=${escapeProperty(problem.rule)}`,
  ].join(',');
  const field = problem.field ? `${problem.field}: ` : '';
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  return `::${problem.severity} ${properties}::${escapeData(`${field}${problem.message}${hint}`)}`;
}
