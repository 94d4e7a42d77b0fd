// `npm run check`: validates the handbook without building HTML and reports every problem at once.
import { parseArgs } from 'node:util';
import { checkHandbook } from '../lib/content/validate.ts';
import { countProblems, formatReport, githubAnnotation } from '../lib/content/problems.ts';
import { overdueReview, today } from '../lib/review.ts';
import type { Guide } from '../lib/schemas/guide.ts';
import { resolveContentDir } from '../lib/settings.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    stale: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run check [-- --format text|json] [-- --stale]

Validates every entry in the content folder (PLAYBOOK_CONTENT, default ./content):
frontmatter fields, references between entries, guide sections, MDX and Mermaid syntax,
links and anchors, local images and files, and secrets. Overdue reviews are warnings.
Exits 1 when there is any error.

  --format json   the problems as JSON, for tools
  --stale         list guides whose review is overdue, with their owners`);
  process.exit(0);
}
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}" (expected: text or json)`);
  process.exit(2);
}

const root = process.cwd();
const started = performance.now();
const report = await checkHandbook({ root, contentDir: resolveContentDir(root, process.env) }, process.env);

if (values.stale) {
  const day = today(process.env);
  const stale = report.entries
    .filter((entry) => entry.collection === 'guides')
    .flatMap((entry) => {
      const guide = entry.data as Guide;
      const review = overdueReview(guide, day);
      return review ? [{ entry, guide, review }] : [];
    })
    .sort((a, b) => b.review.daysOverdue - a.review.daysOverdue);
  if (values.format === 'json') {
    console.log(
      JSON.stringify(
        stale.map(({ entry, guide, review }) => ({
          file: entry.file,
          title: guide.title,
          owner: guide.owner,
          lastReviewed: guide.lastReviewed,
          ...review,
        })),
        null,
        2,
      ),
    );
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
  process.exit(0);
}

const { errors } = countProblems(report.problems);
if (values.format === 'json') {
  console.log(JSON.stringify({ problems: report.problems, entries: report.entries.length }, null, 2));
} else {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(formatReport(report.problems));
  console.log(`Checked ${report.entries.length} valid entries in ${seconds} s.`);
  // In GitHub Actions, problems also become annotations on the pull request's diff.
  if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of report.problems) console.log(githubAnnotation(problem)); // sorted by checkHandbook
}
process.exitCode = errors > 0 ? 1 : 0;
