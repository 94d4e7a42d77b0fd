import { textWidthPx } from './text-width.ts';

/** What the header holds on one row: the site's title, the navigation's labels, the logo's size if there is one. */
export interface HeaderContent {
  title: string;
  labels: readonly string[];
  logo?: { width: number; height: number } | undefined;
}

/** Widths of the parts that do not depend on content, in rem (src/styles/global.css, .site-header). */
const fixed = {
  /** The container's padding, both sides. */
  padding: 2,
  /** The gap between the header's items, and between navigation links. */
  gap: 1,
  /** The logo's height (it keeps its proportions) and the gap after it. */
  logoHeight: 2,
  logoGap: 0.5,
  /** "Search /" and "Dark theme" buttons, with their icons, borders and padding. */
  buttons: 6.5 + 9,
  /** Room for font rendering and rounding: a menu a little early beats a second row. */
  slack: 0.5,
} as const;

/** Width of a text in rem, at `size` rem. */
const rem = (text: string, size = 1, bold = false) => textWidthPx(text, 16 * size, bold) / 16;

/**
 * The narrowest viewport, in rem, at which the header fits on one row: below it, the navigation collapses into the
 * Menu button rather than wrap onto a second row. Measured from the labels, so a handbook with more collections (or
 * longer names) collapses sooner; rounded up to a whole rem.
 */
export function headerFitsFrom({ title, labels, logo }: HeaderContent): number {
  const logoWidth = logo && logo.height > 0 ? (fixed.logoHeight * logo.width) / logo.height + fixed.logoGap : 0;
  const titleWidth = rem(title, 1.1, true) + logoWidth;
  const nav = labels.reduce((sum, label) => sum + rem(label), 0) + fixed.gap * Math.max(0, labels.length - 1);
  const items = 4; // title, navigation, search, theme
  const needed = Math.ceil(fixed.padding + titleWidth + nav + fixed.buttons + fixed.gap * (items - 1) + fixed.slack);
  // Wider than the page's widest container (76 rem): it would wrap at every width, so it collapses at every width.
  return needed <= containerMax ? needed : alwaysCompact;
}

/** The widest the header's container grows (src/styles/global.css, .container). */
const containerMax = 76;
/** A width no screen reaches: the navigation is always behind the Menu button. */
export const alwaysCompact = 10_000;
