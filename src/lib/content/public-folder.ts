import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { displayPath, type TextFile } from './read.ts';
import type { Problem } from './problems.ts';
import { decodeText, scriptInMarkup, scriptInMarkupProblem } from './text.ts';

/** Output folders the build itself writes; a file of public/ there would be overwritten, or break the build. */
const reserved = ['_astro', '_playbook', 'pagefind'];

/** Files a browser runs as code when opened from the site: the site's own origin would run them. */
const executable = new Set([
  '.html',
  '.htm',
  '.xhtml',
  '.xht',
  '.shtml',
  '.js',
  '.mjs',
  '.cjs',
  '.wasm',
  '.xsl',
  '.xslt',
  '.swf',
]);

/** Text files worth reading for secrets and, for SVG and XML, for script. */
const textual = new Set([
  '.txt',
  '.md',
  '.json',
  '.yaml',
  '.yml',
  '.csv',
  '.xml',
  '.svg',
  '.css',
  '.webmanifest',
  '.ics',
  '.vcf',
]);

/**
 * Checks the project's public/ folder, which the build copies into the site as it is: no symbolic
 * links, nothing in the build's own output folders, nothing a browser would run as code (HTML,
 * JavaScript, SVG with script). Its text files come back too, for the secret scan.
 */
export function publicFolderProblems(publicDir: string, root: string): { problems: Problem[]; textFiles: TextFile[] } {
  const problems: Problem[] = [];
  const textFiles: TextFile[] = [];
  if (!existsSync(publicDir)) return { problems, textFiles };
  const visit = (folder: string, top: boolean) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const file = displayPath(root, path);
      const stat = lstatSync(path);
      const at = { file, severity: 'error' as const };
      if (stat.isSymbolicLink()) {
        problems.push({
          ...at,
          message: 'symbolic links are not allowed in public/ (found: a link; expected: a file or a folder)',
          hint: 'copy the file in instead: a link could publish any file of the machine that builds the site',
          rule: 'symlink',
        });
      } else if (top && reserved.includes(name)) {
        problems.push({
          ...at,
          message: `public/${name} is where the build writes its own files (found: "${name}"; expected: another name)`,
          hint: `rename or move public/${name}`,
          rule: 'public-file',
        });
      } else if (stat.isDirectory()) {
        visit(path, false);
      } else {
        const extension = extname(name).toLowerCase();
        if (executable.has(extension)) {
          problems.push({
            ...at,
            message: `public/ cannot hold files that browsers run as code (found: a ${extension} file; expected: images, documents and other static files)`,
            hint: 'pages come from the content folder; link to a script hosted elsewhere if readers need one',
            rule: 'public-file',
          });
          continue;
        }
        if (!textual.has(extension)) continue;
        const read = decodeText(readFileSync(path), file);
        if ('problem' in read) continue; // a large or binary file holds no text to check
        if ((extension === '.svg' || extension === '.xml') && scriptInMarkup.test(read.text)) {
          problems.push({
            ...at,
            ...scriptInMarkupProblem(extension),
            rule: 'public-file',
          });
        }
        textFiles.push({ file, text: read.text });
      }
    }
  };
  visit(publicDir, true);
  return { problems, textFiles };
}
