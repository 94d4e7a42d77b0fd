import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readSiteSettings } from '../../src/lib/settings.ts';
import { accentColours, linkBackgroundProperties, linkBackgrounds } from '../../src/lib/theme.ts';
import { projectRoot, tempDir } from '../helpers/project.ts';

/** The light and dark values of a custom property in the generator's stylesheet. */
async function cssColour(property: string): Promise<{ light: string; dark: string }> {
  const css = await readFile(join(projectRoot, 'src/styles/global.css'), 'utf8');
  const match = new RegExp(`${property}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(css);
  if (!match) throw new Error(`${property} is not a light-dark() pair in global.css`);
  return { light: match[1]!, dark: match[2]! };
}

async function projectWith(siteYaml: string, publicFiles: Record<string, string> = {}) {
  const root = await tempDir('theme');
  await mkdir(join(root, 'content'), { recursive: true });
  await writeFile(join(root, 'content', 'site.yaml'), siteYaml);
  for (const [name, text] of Object.entries(publicFiles)) {
    await mkdir(join(root, 'public'), { recursive: true });
    await writeFile(join(root, 'public', name), text);
  }
  return readSiteSettings({ root, contentDir: join(root, 'content') }, {});
}

describe('the accent colour', () => {
  it('is judged against the backgrounds the stylesheet really has', async () => {
    const backgrounds = await Promise.all(linkBackgroundProperties.map(cssColour));
    expect(linkBackgrounds.light).toEqual(backgrounds.map((pair) => pair.light));
    expect(linkBackgrounds.dark).toEqual(backgrounds.map((pair) => pair.dark));
  });

  it('passes for the generator’s own link colours', async () => {
    expect((await accentColours(await cssColour('--link'))).failures).toEqual([]);
  });

  it('derives a dark-theme colour that reads on dark backgrounds from a single colour', async () => {
    const { light, dark, failures } = await accentColours({ light: '#8a4500' });
    expect(failures).toEqual([]);
    expect(light).toBe('#8a4500');
    expect(dark).not.toBe(light);
    expect((await accentColours({ light, dark })).failures).toEqual([]);
  });

  it('refuses a faint colour with the closest one that reads, which then passes', async () => {
    const { failures } = await accentColours({ light: '#ff9900', dark: '#303030' });
    expect(failures.map((failure) => [failure.theme, failure.found])).toEqual([
      ['light', '#ff9900'],
      ['dark', '#303030'],
    ]);
    const [light, dark] = failures.map((failure) => failure.closest) as [string, string];
    expect((await accentColours({ light, dark })).failures).toEqual([]);
  });
});

describe('the look in site.yaml', () => {
  it('reads the logo’s size and the stylesheet from public/, and writes the accent as CSS', async () => {
    const root = await tempDir('theme');
    await mkdir(join(root, 'content'), { recursive: true });
    await mkdir(join(root, 'public', 'brand'), { recursive: true });
    await writeFile(join(root, 'content', 'site.yaml'), 'logo: /brand/logo.svg\naccent: "#0a58c2"\nstylesheet: /theme.css\n');
    await writeFile(join(root, 'public', 'brand', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"/>');
    await writeFile(join(root, 'public', 'theme.css'), 'a { color: red }');
    const read = await readSiteSettings({ root, contentDir: join(root, 'content') }, {});
    expect(read.problems).toEqual([]);
    expect(read.theme).toEqual({
      logo: { src: '/brand/logo.svg', width: 120, height: 40 },
      stylesheet: '/theme.css',
      css: expect.stringMatching(/^:root:root\{--link:light-dark\(#0a58c2,#[0-9a-f]{6}\)\}$/),
    });
  });

  it('names each missing file, unreadable logo and faint accent, by line, with the fix', async () => {
    const { theme, problems } = await projectWith(
      'logo: /logo.png\naccent:\n  light: "#ff9900"\n  dark: "#1b2a40"\nstylesheet: /nope.css\n',
      {
        'logo.png': 'not a png',
      },
    );
    expect(theme).toEqual({});
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/site\.yaml:1:7  error  logo: logo "\/logo\.png" is not an image with a size/),
      expect.stringMatching(
        /^content\/site\.yaml:3:10  error  accent\.light: accent #ff9900 is too faint for links in the light theme \(found: 1\.\d\d:1 against #[0-9a-f]{6}; expected: at least 4\.5:1\) — use #[0-9a-f]{6}, the closest colour/,
      ),
      expect.stringMatching(
        /^content\/site\.yaml:4:9  error  accent\.dark: accent #1b2a40 is too faint for links in the dark theme/,
      ),
      'content/site.yaml:5:13  error  stylesheet: stylesheet "/nope.css" is not in public/ (found: nothing at public/nope.css; expected: a file there) — add public/nope.css, or change stylesheet to the path of a file in public/  (missing-asset)',
    ]);
  });

  it('refuses a colour that is not #rrggbb and a stylesheet that is not .css', async () => {
    const { problems } = await projectWith('accent: teal\nstylesheet: /theme.scss\n');
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^accent: .*#rrggbb/),
      expect.stringMatching(/^stylesheet: .*\.css file in public\//),
    ]);
  });
});
