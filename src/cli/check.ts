// `npm run check`: validates the handbook without building HTML and reports every problem at once.
import { parseArgs } from 'node:util';
import { checkHandbook } from '../lib/content/validate.ts';
import { countProblems, formatReport } from '../lib/content/problems.ts';
import { resolveContentDir } from '../lib/settings.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run check [-- --format text|json]

Validates every entry in the content folder (PLAYBOOK_CONTENT, default ./content):
frontmatter fields, references between entries, guide sections and MDX syntax.
Exits 1 when there is any error.`);
  process.exit(0);
}
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}" (expected: text or json)`);
  process.exit(2);
}

const root = process.cwd();
const started = performance.now();
const report = await checkHandbook({ root, contentDir: resolveContentDir(root, process.env) }, process.env);
const { errors } = countProblems(report.problems);

if (values.format === 'json') {
  console.log(JSON.stringify({ problems: report.problems, entries: report.entries.length }, null, 2));
} else {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(formatReport(report.problems));
  console.log(`Checked ${report.entries.length} valid entries in ${seconds} s.`);
}
process.exitCode = errors > 0 ? 1 : 0;
