// `playbook check`: validates the handbook without building HTML and reports every problem at once.
import { appendFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { changedPages, checkSummary, codeQualityReport } from '../lib/ci-report.ts';
import { checkHandbook } from '../lib/content/validate.ts';
import { changedSince } from './git.ts';
import { countProblems, formatReport, githubAnnotation } from '../lib/content/problems.ts';
import { overdueReview, today } from '../lib/review.ts';
import type { Guide } from '../lib/schemas/guide.ts';
import { editorSupport, projectSetup } from './project-options.ts';
import { helpText, parseCommand, processContext, UsageError, defineCommand, type CommandContext } from './args.ts';

const spec = defineCommand({
  usage: 'playbook check [--changed [<git-ref>]] [--format text|json] [--summary <file>] [--codequality <file>] [--stale]',
  help: `Validates every entry in the content folder (PLAYBOOK_CONTENT, default ./content):
frontmatter fields, references between entries, guide sections, MDX and Mermaid syntax,
links and anchors, local images and files, and secrets. Overdue reviews are warnings.
Exits 1 when there is any error, 2 when the command is called wrongly.

  --changed [<git-ref>]  check only the entries changed since the ref (default: where this branch
                         left the default branch), with the entries they refer to and that refer
                         to them; a change to site.yaml, models/ or public/ checks everything
  --format json          the problems as JSON, for tools
  --summary <file>       append a Markdown summary for reviewers (problems, and the pages a
                         --changed check touches); GitHub's $GITHUB_STEP_SUMMARY is such a file
  --codequality <file>   write the problems as a GitLab Code Quality report
  --stale                list guides whose review is overdue, with their owners`,
  options: {
    changed: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    summary: { type: 'string' },
    codequality: { type: 'string' },
    stale: { type: 'boolean', default: false },
  },
  positionals: true,
});

/** Runs `playbook check` with its arguments; resolves to the exit code. */
export async function check(args: readonly string[], { cwd, env }: CommandContext = processContext()): Promise<number> {
  // `--changed=<ref>` and `--changed <ref>` both name the ref; `--changed` alone compares with the default branch.
  const { values, positionals } = parseCommand(
    spec,
    args.flatMap((arg) => (arg.startsWith('--changed=') ? ['--changed', arg.slice('--changed='.length)] : [arg])),
  );
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  if (positionals.length > (values.changed ? 1 : 0)) {
    throw new UsageError(`Unexpected argument "${positionals.at(-1)}"\n\nUsage: ${spec.usage}`);
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`Unknown --format "${values.format}" (expected: text or json)\n\nUsage: ${spec.usage}`);
  }

  const root = cwd;
  const { location, registry } = await projectSetup(root, env);
  const changes = values.changed ? await changedSince(root, env, positionals[0]) : undefined;
  const report = await checkHandbook(
    location,
    env,
    registry,
    changes?.files.map((file) => file.path),
  );
  await editorSupport(location, registry);
  if (report.scope?.kind === 'everything' && values.format === 'text')
    console.log(`Checking every entry: ${report.scope.reason}.`);

  if (values.stale) {
    const day = today(env);
    const stale = report.entries
      .filter((entry) => entry.collection === 'guides')
      .flatMap((entry) => {
        const guide = entry.data as Guide;
        const review = overdueReview(guide, day);
        return review ? [{ entry, guide, review }] : [];
      })
      .sort((a, b) => b.review.daysOverdue - a.review.daysOverdue);
    if (values.format === 'json') {
      const rows = stale.map(({ entry, guide, review }) => ({
        file: entry.file,
        title: guide.title,
        owner: guide.owner,
        lastReviewed: guide.lastReviewed,
        ...review,
      }));
      console.log(JSON.stringify(rows, null, 2));
    } else if (stale.length === 0) {
      console.log(`No review is overdue on ${day}.`);
    } else {
      console.log(`Reviews overdue on ${day}, most overdue first:\n`);
      for (const { entry, guide, review } of stale) {
        console.log(
          `${entry.file}  ${guide.owner}  last reviewed ${guide.lastReviewed}, due ${review.due} (${review.daysOverdue} days overdue)  ${guide.title}`,
        );
      }
    }
    return 0;
  }

  const { errors } = countProblems(report.problems);
  if (values.summary) {
    const added = new Set(changes?.files.filter((file) => file.status === 'added').map((file) => file.path));
    const pages = report.scope ? changedPages(report.scope, registry, added) : [];
    const summary = checkSummary({ ...report, pages, ...(changes ? { base: changes.base } : {}) });
    await appendFile(resolve(root, values.summary), summary);
  }
  if (values.codequality) {
    await writeFile(resolve(root, values.codequality), `${JSON.stringify(codeQualityReport(report.problems), null, 2)}\n`);
  }
  if (values.format === 'json') {
    console.log(JSON.stringify({ problems: report.problems, entries: report.checkedFiles }, null, 2));
  } else {
    console.log(formatReport(report.problems));
    // performance.now() counts from the start of the process: the whole command, not only the checking.
    const seconds = (performance.now() / 1000).toFixed(2);
    const scope = report.scope;
    const which =
      scope?.kind === 'entries'
        ? ` (${scope.changed.length + scope.removed.length} changed since ${changes?.base}, and the entries they refer to or that refer to them)`
        : '';
    console.log(`Checked ${report.checkedFiles} ${report.checkedFiles === 1 ? 'entry' : 'entries'}${which} in ${seconds} s.`);
    // In GitHub Actions, problems also become annotations on the pull request's diff.
    if (env['GITHUB_ACTIONS'] === 'true') for (const problem of report.problems) console.log(githubAnnotation(problem));
  }
  return errors > 0 ? 1 : 0;
}
