// `playbook new <kind> "<title>"`: creates a valid entry from a template and prints its path.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { entryId } from '../lib/schemas/common.ts';
import { today } from '../lib/review.ts';
import { parse } from 'yaml';
import { entryKinds, idFromTitle, scaffold, systemsNamedIn, type KnownSystem } from '../lib/scaffold.ts';
import { editorSupport, projectSetup } from './project-options.ts';
import { closeHint } from '../lib/content/suggest.ts';
import { CommandError, helpText, parseCommand, processContext, UsageError, defineCommand, type CommandContext } from './args.ts';

const spec = defineCommand({
  usage: `playbook new <kind> "<title>" [--id <id>]`,
  help: `Creates a new entry from a template, in the content folder (PLAYBOOK_CONTENT, default ./content),
and prints its path. The id (file name and last part of the URL) comes from the title, transliterated
to lower-case kebab-case; --id sets it instead. Asks for what is missing when run in a terminal.
Kinds: guide, anti-pattern, security, system, handbook, and those of collections the project adds.

  --id ID     the entry's id, e.g. salesforce-to-netsuite`,
  options: { id: { type: 'string' } },
  positionals: true,
});

/**
 * Asks one question in a terminal. Ctrl+D (end of input) or Ctrl+C ends the command cleanly instead of
 * leaving the question hanging.
 */
async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const ended = new Promise<never>((_, fail) =>
    prompt.once('close', () => fail(new CommandError('\nNothing was written (input ended).'))),
  );
  try {
    return (await Promise.race([prompt.question(question), ended])).trim();
  } finally {
    prompt.removeAllListeners('close');
    prompt.close();
  }
}

/** Runs `playbook new`; resolves to the exit code. */
export async function newEntry(args: readonly string[], { cwd, env }: CommandContext = processContext()): Promise<number> {
  const { values, positionals } = parseCommand(spec, args);
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  const root = cwd;
  const { location, registry } = await projectSetup(root, env);
  const kinds = Object.keys(entryKinds(registry));
  let [kind = '', ...titleWords] = positionals;
  let title = titleWords.join(' ').trim();
  const interactive = Boolean(process.stdin.isTTY);
  if ((!kind || !title) && !interactive) throw new UsageError(`Say what to create and its title.\n\nUsage: ${spec.usage}`);
  if (!kind) kind = await ask(`Kind of entry (${kinds.join(', ')}): `);
  if (!kinds.includes(kind)) {
    const near = closeHint(kind, kinds);
    throw new UsageError(`Unknown kind "${kind}" (expected: ${kinds.join(', ')})${near ? ` — ${near}` : ''}`);
  }
  if (!title) title = await ask('Title: ');
  if (!title) throw new UsageError('A title is needed, e.g. playbook new guide "Salesforce to NetSuite"');

  let id = values.id ?? idFromTitle(title);
  if (!id && interactive) id = await ask(`"${title}" has no letters or digits to make an id from. Id (e.g. launch-checklist): `);
  if (!id)
    throw new UsageError(
      `"${title}" has no letters or digits to make an id from; give one with --id, e.g. --id launch-checklist`,
    );
  if (!entryId.safeParse(id).success) {
    throw new UsageError(
      `"${id}" is not a valid id (expected: lower-case words joined by hyphens, such as "${idFromTitle(id) || 'launch-checklist'}")`,
    );
  }

  const { contentDir } = location;
  const listIds = async (folder: string) => {
    try {
      return (await readdir(join(contentDir, folder))).map((name) => name.replace(/\.(mdx|yaml)$/, '')).sort();
    } catch {
      return [];
    }
  };
  const systemsSpec = registry['systems']!;
  const systems: KnownSystem[] = await Promise.all(
    (await listIds(systemsSpec.folder)).map(async (systemId) => {
      try {
        const data = parse(await readFile(join(contentDir, systemsSpec.folder, `${systemId}.yaml`), 'utf8')) as Record<
          string,
          unknown
        >;
        const name = data?.[systemsSpec.titleField ?? 'name'];
        return { id: systemId, name: typeof name === 'string' ? name : systemId };
      } catch {
        return { id: systemId, name: systemId }; // check reports the broken file; its id still matches
      }
    }),
  );
  const namesSystems = Object.values(registry[entryKinds(registry)[kind]!]!.references ?? {}).includes('systems');
  const named = namesSystems ? systemsNamedIn(title, systems) : { ids: [], unknown: [] };
  const entry = scaffold(kind, title, today(env), named.ids, id, registry);
  const path = join(contentDir, entry.path);
  if ((await listIds(registry[entry.collection]!.folder)).includes(entry.id)) {
    throw new CommandError(
      `${relative(root, path)} already exists; nothing was written. Choose another title or --id, or edit that entry.`,
    );
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, entry.text, { flag: 'wx' });
  await editorSupport({ root, contentDir }, registry);
  console.log(`Created ${relative(root, path)}`);
  if (named.ids.length) console.log(`Systems named in the title: ${named.ids.join(', ')}`);
  for (const name of named.unknown) {
    console.log(`No system is named "${name}"; if it is one, create it: npm run new -- system ${JSON.stringify(name)}`);
  }
  if (namesSystems && !named.ids.length && !named.unknown.length) {
    console.log(
      `The title names no system; list the systems in ${relative(root, path)} (ids of files in ${systemsSpec.folder}/)`,
    );
  }
  console.log('Fill it in, then run: npm run check');
  return 0;
}
