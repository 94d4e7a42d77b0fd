// `npm run build`: `astro build` with a log that stays readable at scale. Astro prints a line per page;
// here each run of page lines becomes one summary with the slowest pages (a live count on a terminal).
// Every other line, and everything on stderr, is passed through. `--every-page` keeps Astro's own log.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BuildLog } from '../lib/build-log.ts';

const astro = fileURLToPath(new URL('./bin/astro.mjs', import.meta.resolve('astro/package.json')));
const everyPage = process.argv.includes('--every-page');
const args = process.argv.slice(2).filter((arg) => arg !== '--every-page');
const terminal = process.stdout.isTTY;

const child = spawn(process.execPath, [astro, 'build', ...args], {
  stdio: ['inherit', everyPage ? 'inherit' : 'pipe', 'inherit'],
  // Astro colours its log only for a terminal; ours is one when the reader's is.
  env: terminal && !process.env['NO_COLOR'] ? { FORCE_COLOR: '1', ...process.env } : process.env,
});

if (child.stdout) {
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
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => log.write(chunk));
  child.stdout.on('end', () => {
    clearInterval(ticker);
    log.end();
  });
}

child.on('close', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
