// `playbook check`: validates the handbook without building HTML and reports every problem at once.
import { checkHandbook } from '../lib/content/validate.ts';
import { countProblems, formatReport, githubAnnotation } from '../lib/content/problems.ts';
import { overdueReview, today } from '../lib/review.ts';
import type { Guide } from '../lib/schemas/guide.ts';
import { resolveContentDir } from '../lib/settings.ts';
import { editorSupport, projectRegistry } from './project-options.ts';
import { helpText, parseCommand, processContext, UsageError, defineCommand, type CommandContext } from './args.ts';

const spec = defineCommand({
  usage: 'playbook check [--format text|json] [--stale]',
  help: `Validates every entry in the content folder (PLAYBOOK_CONTENT, default ./content):
frontmatter fields, references between entries, guide sections, MDX and Mermaid syntax,
links and anchors, local images and files, and secrets. Overdue reviews are warnings.
Exits 1 when there is any error, 2 when the command is called wrongly.

  --format json   the problems as JSON, for tools
  --stale         list guides whose review is overdue, with their owners`,
  options: {
    format: { type: 'string', default: 'text' },
    stale: { type: 'boolean', default: false },
  },
});

/** Runs `playbook check` with its arguments; resolves to the exit code. */
export async function check(args: readonly string[], { cwd, env }: CommandContext = processContext()): Promise<number> {
  const { values } = parseCommand(spec, args);
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`Unknown --format "${values.format}" (expected: text or json)\n\nUsage: ${spec.usage}`);
  }

  const root = cwd;
  const location = { root, contentDir: resolveContentDir(root, env) };
  const registry = await projectRegistry(root);
  const report = await checkHandbook(location, env, registry);
  await editorSupport(location, registry);

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
  if (values.format === 'json') {
    console.log(JSON.stringify({ problems: report.problems, entries: report.checkedFiles }, null, 2));
  } else {
    console.log(formatReport(report.problems));
    // performance.now() counts from the start of the process: the whole command, not only the checking.
    const seconds = (performance.now() / 1000).toFixed(2);
    console.log(`Checked ${report.checkedFiles} ${report.checkedFiles === 1 ? 'entry' : 'entries'} in ${seconds} s.`);
    // In GitHub Actions, problems also become annotations on the pull request's diff.
    if (env['GITHUB_ACTIONS'] === 'true') for (const problem of report.problems) console.log(githubAnnotation(problem));
  }
  return errors > 0 ? 1 : 0;
}
