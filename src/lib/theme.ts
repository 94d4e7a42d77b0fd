// A team's look without a fork: a logo, an accent colour and an extra stylesheet, from site.yaml.
// The accent is checked for contrast in both themes, since links are drawn in it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortProblems, type Problem } from './content/problems.ts';
import type { YamlSource } from './content/source.ts';
import type { Site } from './schemas/site.ts';

/** What pages need of the settings' look: the logo with its size (so it shifts nothing), the accent's CSS, the extra stylesheet. */
export interface Theme {
  logo?: { src: string; width: number; height: number };
  /** Custom properties that override the default colours, for a <style> element. */
  css?: string;
  /** Site path of the team's own stylesheet, loaded after the generator's. */
  stylesheet?: string;
}

/**
 * The backgrounds links are drawn on in each theme: the page, panels, callouts and notices. They are these
 * custom properties of src/styles/global.css, in this order; a unit test keeps the two in step.
 */
export const linkBackgroundProperties = ['--bg', '--bg-soft', '--accent-bg', '--warn-bg', '--danger-bg', '--ok-bg', '--important-bg'];
export const linkBackgrounds = {
  light: ['#ffffff', '#f4f6f9', '#e7f0fd', '#fff4d6', '#fde8e7', '#e3f5e8', '#f3ebfd'],
  dark: ['#10141a', '#181e27', '#1b2a40', '#3a2e0b', '#3f1614', '#12301d', '#291d3d'],
} as const;

/** WCAG 2.2 AA for normal text. */
export const minimumContrast = 4.5;

type ThemeName = keyof typeof linkBackgrounds;

/**
 * Checks the look settings against the files and the contrast rules, and returns what pages need.
 * `root` is the project root (public/ is there); `source` locates a field in site.yaml for problems.
 */
export async function readTheme(
  site: Site,
  root: string,
  file: string,
  source: Pick<YamlSource, 'locate'> | undefined,
): Promise<{ theme: Theme; problems: Problem[] }> {
  const problems: Problem[] = [];
  const theme: Theme = {};
  const at = (path: PropertyKey[]) => ({ file, ...(source?.locate(path) ?? { line: 1, column: 1 }), severity: 'error' as const });

  for (const field of ['logo', 'stylesheet'] as const) {
    const path = site[field];
    if (!path) continue;
    const onDisk = join(root, 'public', ...path.split('/').filter(Boolean).map(decodeURIComponent));
    if (!existsSync(onDisk)) {
      problems.push({
        ...at([field]),
        field,
        message: `${field} "${path}" is not in public/ (found: nothing at public${path}; expected: a file there)`,
        hint: `add public${path}, or change ${field} to the path of a file in public/`,
        rule: 'missing-asset',
      });
      continue;
    }
    if (field === 'stylesheet') theme.stylesheet = path;
    else {
      // Astro's own image reader, loaded only when there is a logo.
      const { imageMetadata } = await import('astro/assets/utils');
      const size = await imageMetadata(readFileSync(onDisk)).catch(() => undefined);
      if (!size?.width || !size.height) {
        problems.push({
          ...at([field]),
          field,
          message: `logo "${path}" is not an image with a size (expected: an SVG with a viewBox or width and height, or a PNG, JPEG, WebP or AVIF)`,
          hint: 'export the logo again, as SVG with a viewBox if you can',
          rule: 'invalid-value',
        });
      } else theme.logo = { src: path, width: size.width, height: size.height };
    }
  }

  if (site.accent) {
    const accent = typeof site.accent === 'string' ? { light: site.accent } : site.accent;
    const colours = await accentColours(accent);
    for (const failure of colours.failures) {
      const path = typeof site.accent === 'string' ? ['accent'] : ['accent', failure.theme];
      problems.push({
        ...at(path),
        field: path.join('.'),
        message: `accent ${failure.found} is too faint for links in the ${failure.theme} theme (found: ${failure.ratio.toFixed(2)}:1 against ${failure.background}; expected: at least ${minimumContrast}:1)`,
        hint: `use ${failure.closest}, the closest colour that reads on every ${failure.theme} background`,
        rule: 'contrast',
      });
    }
    if (!colours.failures.length) theme.css = `:root:root{--link:light-dark(${colours.light},${colours.dark})}`; // :root:root outranks the stylesheet's :root
  }
  return { theme, problems: sortProblems(problems) };
}

interface ContrastFailure {
  theme: ThemeName;
  found: string;
  ratio: number;
  background: string;
  closest: string;
}

/**
 * The accent in each theme. A single colour is the light theme's; the dark theme's is the same hue made
 * lighter until it reads on the dark backgrounds. Colours that fall short come back as failures, with the
 * closest colour of the same hue that passes (by OKLCH lightness).
 */
export async function accentColours(accent: {
  light: string;
  dark?: string;
}): Promise<{ light: string; dark: string; failures: ContrastFailure[] }> {
  // Loaded only for a handbook that sets an accent: most checks never pay for it.
  const { default: Color } = await import('colorjs.io');
  const weakest = (colour: InstanceType<typeof Color>, theme: ThemeName) =>
    linkBackgrounds[theme]
      .map((background) => ({ background, ratio: colour.contrast(background, 'WCAG21') }))
      .reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const hex = (colour: InstanceType<typeof Color>) => colour.to('srgb').toGamut().toString({ format: 'hex' });
  /** The colour moved in lightness towards the theme's text until it passes (or black/white). */
  const closestPassing = (colour: InstanceType<typeof Color>, theme: ThemeName) => {
    const oklch = colour.to('oklch');
    const step = theme === 'light' ? -0.005 : 0.005;
    for (let l = oklch.coords[0] ?? 0; l >= 0 && l <= 1; l += step) {
      const candidate = oklch.clone();
      candidate.coords[0] = l;
      const shown = new Color(hex(candidate));
      if (weakest(shown, theme).ratio >= minimumContrast) return hex(shown);
    }
    return theme === 'light' ? '#000000' : '#ffffff';
  };

  const failures: ContrastFailure[] = [];
  const judge = (written: string, theme: ThemeName) => {
    const colour = new Color(written);
    const { background, ratio } = weakest(colour, theme);
    if (ratio < minimumContrast) failures.push({ theme, found: written, ratio, background, closest: closestPassing(colour, theme) });
    return hex(colour);
  };
  const light = judge(accent.light, 'light');
  const dark = accent.dark ? judge(accent.dark, 'dark') : closestPassing(new Color(accent.light), 'dark');
  return { light, dark, failures };
}
