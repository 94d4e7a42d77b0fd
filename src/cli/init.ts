// `playbook init [dir]`: creates a new handbook repository (filled in by the "adoptable" work).
import { helpText, parseCommand, defineCommand, CommandError } from './args.ts';

const spec = defineCommand({
  usage: 'playbook init [dir]',
  help: 'Creates a new handbook repository in dir (default: the current folder).',
  options: {},
  positionals: true,
});

/** Runs `playbook init`; resolves to the exit code. */
export async function init(args: readonly string[]): Promise<number> {
  const { values } = parseCommand(spec, args);
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  throw new CommandError('playbook init is not available yet.');
}
