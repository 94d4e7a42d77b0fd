// `playbook build`: validates the handbook, builds the site beside the published one, and replaces the
// published folder (dist/ by default) only when everything succeeded, search index included. On any
// failure, or on Ctrl-C (SIGINT) or SIGTERM, the published folder is exactly what it was before.
//
// Astro runs in a child process, so that this one can always clean up. Its log is passed through, except
// that each run of Astro's per-page lines becomes one summary with the slowest pages.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildLog } from '../lib/build-log.ts';
import { helpText, parseCommand, processContext, defineCommand, type CommandContext } from './args.ts';
import { discard, missingOutput, prepareStaging, publish } from './publish.ts';
import { packageModule } from '../lib/module-file.ts';

const spec = defineCommand({
  usage: 'playbook build [--outDir dist] [--every-page]',
  help: `Validates the handbook with the rules of playbook check, then builds the site with its search
index and replaces the output folder only when everything succeeded. A failed or interrupted
build leaves the output folder as it was. Exits 1 on any failure, 130 when interrupted.

  --outDir DIR    where the site goes (default: dist)
  --every-page    Astro's own line per page instead of one summary with the slowest pages`,
  options: {
    outDir: { type: 'string', default: 'dist' },
    'every-page': { type: 'boolean', default: false },
  },
});

const child = fileURLToPath(packageModule('./astro-child', import.meta.url));

/** Runs `playbook build`; resolves to the exit code. */
export async function buildCommand(args: readonly string[], { cwd, env }: CommandContext = processContext()): Promise<number> {
  const { values } = parseCommand(spec, args);
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  const root = cwd;
  const outDir = resolve(root, values.outDir);
  const shown = relative(root, outDir) || '.';
  let staging;
  try {
    staging = await prepareStaging(outDir);
  } catch (error) {
    console.error(`Build failed: cannot write beside ${shown}/ (${(error as Error).message}). ${shown}/ is unchanged.`);
    return 1;
  }

  const terminal = process.stdout.isTTY;
  const astro = spawn(process.execPath, [child, root, staging.dir], {
    stdio: ['ignore', values['every-page'] ? 'inherit' : 'pipe', 'inherit', 'ipc'],
    // Astro colours its log only for a terminal; ours is one when the reader's is.
    cwd: root,
    // A compile cache of its own, unless the caller chose one.
    env: { NODE_COMPILE_CACHE: compileCacheDir(root), ...(terminal && !env['NO_COLOR'] ? { FORCE_COLOR: '1' } : {}), ...env },
  });

  let reason: string | undefined;
  astro.on('message', (message: { failure?: string }) => (reason = message.failure ?? reason));
  if (astro.stdout) foldPageLines(astro.stdout, terminal);

  // The terminal sends Ctrl-C to Astro as well; a signal sent to this process alone is passed on.
  let interrupted: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    interrupted = signal;
    astro.kill(signal);
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  const code = await new Promise<number | null>((done) => astro.on('close', done));
  process.off('SIGINT', stop).off('SIGTERM', stop);

  const missing = code === 0 && !interrupted ? missingOutput(staging.dir) : undefined;
  if (code !== 0 || interrupted || missing) {
    await discard(staging);
    const why = interrupted
      ? `interrupted (${interrupted})`
      : missing
        ? `the build finished without ${missing}`
        : (reason ?? `Astro stopped with exit code ${code}`);
    console.error(`Build failed: ${why.replace(/[.\s]+$/, '')}. ${shown}/ is unchanged.`);
    return interrupted === 'SIGINT' ? 130 : interrupted === 'SIGTERM' ? 143 : 1;
  }
  await publish(staging, outDir);
  console.log(`Published the site to ${shown}/.`);
  return 0;
}

/**
 * Where the build's process keeps compiled code between builds (Node's compile cache): Astro and its bundler then
 * start about half a second of CPU sooner. Each build also adds the code of its own page bundle, which lies at a new
 * path every time, so the folder is emptied once it holds more than `limit` files.
 */
export function compileCacheDir(root: string, limit = 20_000): string {
  const modules = join(root, 'node_modules');
  const dir = existsSync(modules) ? join(modules, '.astro', 'playbook-compile-cache') : join(tmpdir(), 'playbook-compile-cache');
  try {
    if (readdirSync(dir, { recursive: true }).length > limit) rmSync(dir, { recursive: true, force: true });
  } catch {
    // Not made yet: Node makes it.
  }
  return dir;
}

/** Passes Astro's log through, with each run of per-page lines folded into a summary (a live count on a terminal). */
function foldPageLines(stdout: NodeJS.ReadableStream, terminal: boolean): void {
  let progress = false;
  const clearProgress = () => {
    if (progress) process.stdout.write('\r\x1b[K');
    progress = false;
  };
  const log = new BuildLog((line) => {
    clearProgress();
    process.stdout.write(`${line}\n`);
  });
  const ticker = terminal
    ? setInterval(() => {
        if (log.pages.length === 0) return;
        process.stdout.write(`\r\x1b[K  rendering… ${log.pages.length.toLocaleString('en')} pages`);
        progress = true;
      }, 250)
    : undefined;
  stdout.setEncoding('utf8');
  stdout.on('data', (chunk: string) => log.write(chunk));
  stdout.on('end', () => {
    clearInterval(ticker);
    log.end();
  });
}
