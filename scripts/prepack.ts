// `npm pack` and `npm publish` run this first: it compiles the command, the integration and the rules to
// JavaScript in lib/. Node runs TypeScript files directly everywhere except under node_modules, which is
// exactly where a team's copy of the package lives; Vite (the pages, components and their imports) reads src/.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');
const folders = ['cli', 'integration', 'lib', 'bench'];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

await rm(join(root, 'lib'), { recursive: true, force: true });
let count = 0;
for (const folder of folders) {
  for (const file of await sources(join(root, 'src', folder))) {
    const { outputText, diagnostics } = ts.transpileModule(await readFile(file, 'utf8'), {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: true,
        // `./x.ts` imports become `./x.js`, so the compiled modules find each other.
        rewriteRelativeImportExtensions: true,
      },
    });
    if (diagnostics?.length)
      throw new Error(`${relative(root, file)}: ${ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, '\n')}`);
    const target = join(root, 'lib', relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, outputText);
    count++;
  }
}
console.log(`Compiled ${count} modules into lib/.`);
