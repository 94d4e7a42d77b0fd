import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a command was called: the command prints it with its usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the command has already explained in one line: it exits 1 without a stack trace. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** Where a command runs: its working folder (the project root) and its environment. */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The context of the running process. */
export const processContext = (): CommandContext => ({ cwd: process.cwd(), env: process.env });

/** What every command declares about itself, for `--help` and for mistakes in its arguments. */
export interface CommandSpec<O extends NonNullable<ParseArgsConfig['options']>> {
  /** `playbook check [--format text|json] …`, without the "Usage: " prefix. */
  usage: string;
  /** What it does and what its options mean, after the usage line. */
  help: string;
  options: O;
  /** Whether it takes positional arguments (`new <kind> <title>`, `init [dir]`). */
  positionals?: boolean;
}

/** Declares a command, keeping the exact types of its options so that parsed values are typed. */
export function defineCommand<const O extends NonNullable<ParseArgsConfig['options']>>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** The text `--help` prints. */
export function helpText(spec: CommandSpec<NonNullable<ParseArgsConfig['options']>>): string {
  return `Usage: ${spec.usage}\n\n${spec.help}`;
}

/**
 * Parses a command's arguments strictly: an unknown option or a missing value is a UsageError that
 * names it, and `--help` comes back as `help: true` for the caller to print `helpText`.
 */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(spec: CommandSpec<O>, args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...spec.options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: spec.positionals ?? false,
      strict: true,
    });
  } catch (error) {
    // Node's messages are already precise ("Unknown option '--fromat'"); the usage says what would do.
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error);
    throw new UsageError(`${message}\n\nUsage: ${spec.usage}\nRun with --help for the options.`);
  }
}
