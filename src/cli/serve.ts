// `playbook dev` and `playbook preview`: Astro's servers, with the playbook integration and the project's own config.
import { resolve } from 'node:path';
import { dev, preview } from 'astro';
import { astroConfig } from './astro-config.ts';
import { helpText, parseCommand, processContext, UsageError, defineCommand, type CommandContext } from './args.ts';

const serverOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
} as const;

const devSpec = defineCommand({
  usage: 'playbook dev [--port 4321] [--host 127.0.0.1]',
  help: `Starts a live server while you write. Every save in the content folder is checked with the rules of
playbook check; problems print here and show on the page until they are fixed.

  --port N      the port (default 4321, or the next free one)
  --host HOST   the address to listen on (default localhost; 0.0.0.0 for every address)`,
  options: serverOptions,
});

const previewSpec = defineCommand({
  usage: 'playbook preview [--outDir dist] [--port 4321] [--host 127.0.0.1]',
  help: `Serves the built site (run playbook build first) as a static host would.

  --outDir DIR  the built site (default: dist)
  --port N      the port (default 4321)
  --host HOST   the address to listen on (default localhost)`,
  options: { ...serverOptions, outDir: { type: 'string', default: 'dist' } },
});

function server(values: { port?: string | undefined; host?: string | undefined }) {
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new UsageError(`--port must be a port number from 0 to 65535 (found: "${values.port}")`);
  }
  return { ...(port !== undefined ? { port } : {}), ...(values.host ? { host: values.host } : {}) };
}

/** Runs `playbook dev` until the process is stopped. */
export async function devCommand(
  args: readonly string[],
  { cwd }: CommandContext = processContext(),
): Promise<number | 'running'> {
  const { values } = parseCommand(devSpec, args);
  if (values.help) {
    console.log(helpText(devSpec));
    return 0;
  }
  await dev(astroConfig(cwd, { server: server(values) }));
  return 'running';
}

/** Runs `playbook preview` until the process is stopped. */
export async function previewCommand(
  args: readonly string[],
  { cwd }: CommandContext = processContext(),
): Promise<number | 'running'> {
  const { values } = parseCommand(previewSpec, args);
  if (values.help) {
    console.log(helpText(previewSpec));
    return 0;
  }
  const root = cwd;
  await preview(astroConfig(root, { server: server(values), outDir: resolve(root, values.outDir) }));
  return 'running';
}
