// `playbook <command>`: the one command of Integration Playbooks. Each command lives in its own module;
// this one dispatches, and turns mistakes into a usage message (exit 2) and failures into one line (exit 1),
// never a stack trace (PLAYBOOK_DEBUG=1 shows it).
import * as nodeModule from 'node:module';
import { CommandError, processContext, UsageError, type CommandContext } from './args.ts';

// Node keeps the compiled code of every module between runs (in the system's temporary folder): a check starts
// about a third faster from the second run on. The build's own process keeps its own (see compileCacheDir).
// Read off the namespace: `init` also runs on Node 20, which has no enableCompileCache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

type Run = (args: readonly string[], context: CommandContext) => Promise<number | 'running'>;

/** Every command, with a one-line summary for `playbook --help`; each module loads only when its command runs. */
const commands: Record<string, { summary: string; run: () => Promise<Run> }> = {
  init: { summary: 'create a new handbook repository', run: async () => (await import('./init.ts')).init },
  check: { summary: 'validate every entry and list every problem', run: async () => (await import('./check.ts')).check },
  build: { summary: 'check, then build the site into dist/', run: async () => (await import('./build.ts')).buildCommand },
  dev: { summary: 'a live server while you write', run: async () => (await import('./serve.ts')).devCommand },
  preview: { summary: 'serve the built site', run: async () => (await import('./serve.ts')).previewCommand },
  new: { summary: 'create an entry from a template', run: async () => (await import('./new.ts')).newEntry },
  bench: {
    summary: 'measure a build of a generated handbook against bare Astro',
    run: async () => (await import('../bench/run.ts')).bench,
  },
};

const usage = `Usage: playbook <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, { summary }]) => `  ${name.padEnd(9)}${summary}`)
  .join('\n')}

Run "playbook <command> --help" for a command's options.`;

/** Runs the command line `args` (without node and the script); resolves to the exit code, or 'running' for servers. */
export async function main(args: readonly string[], context: CommandContext = processContext()): Promise<number | 'running'> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { readFile } = await import('node:fs/promises');
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    // The Node it runs on too: where the system's Node is older, the command runs on the project's Node 24.
    console.log(`${version} (Node.js ${process.versions.node})`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    const { closeHint } = await import('../lib/content/suggest.ts');
    const near = closeHint(name, Object.keys(commands));
    console.error(`Unknown command "${name}"${near ? ` — ${near}` : ''}\n\n${usage}`);
    return 2;
  }
  try {
    const run = await command.run();
    return await run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof CommandError) {
      console.error(error.message);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(context.env['PLAYBOOK_DEBUG'] && error instanceof Error ? error.stack : `playbook ${name}: ${message}`);
    return 1;
  }
}

// Run as a script (not imported by a test): exit with the command's code, unless it keeps a server running.
if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  if (code !== 'running') process.exitCode = code;
}
