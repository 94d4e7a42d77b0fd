// The child process of `playbook build`: checks the handbook, then runs Astro's build into the folder the
// parent chose, so that the parent can keep the published site untouched until everything succeeded.
import { checkForSite, errorSummary, handOver } from '../integration/handbook-state.ts';
import { countProblems, formatReport } from '../lib/content/problems.ts';
import { stopDiagramWorker } from '../lib/diagrams/parse.ts';
import { projectSetup } from './project-options.ts';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-child.ts <root> <outDir> (run by playbook build)');

/** Tells the parent why the build failed, in one line, for its own last line. */
const failed = (why: string) => {
  process.send?.({ failure: why });
  process.exitCode = 1;
};

try {
  // The check runs here first: a handbook with errors stops before Astro even starts. Mermaid's parses go on
  // on their worker thread while Astro starts up; the integration waits for them before it builds a page.
  const { location, registry } = await projectSetup(root, process.env);
  const checked = await checkForSite(location, process.env, { registry });
  if (countProblems(checked.problems).errors > 0) {
    const all = [...checked.problems, ...(await checked.diagramProblems)];
    console.error(formatReport(all));
    failed(errorSummary(all));
  } else {
    handOver(location.contentDir, checked);
    // The build checks no more diagrams: Mermaid's thread goes once it has reported, and its memory with it.
    void checked.diagramProblems.then(stopDiagramWorker, stopDiagramWorker);
    // Astro loads only for a handbook that passed: a failing one costs no more than its check.
    const [{ build }, { astroConfig }] = await Promise.all([import('astro'), import('./astro-config.ts')]);
    await build(astroConfig(root, { outDir }));
  }
} catch (error) {
  // Astro's own errors (a bundler or render failure) carry their details in the message; print them
  // whole, without our stack, then hand the parent the first line for its summary.
  const message = error instanceof Error ? error.message : String(error);
  const hint = (error as { hint?: unknown }).hint;
  console.error(`\n${message}${typeof hint === 'string' ? `\nHint: ${hint}` : ''}`);
  if (process.env['PLAYBOOK_DEBUG'] && error instanceof Error) console.error(error.stack);
  failed(message.split('\n').find((line) => line.trim()) ?? 'unknown error');
}
