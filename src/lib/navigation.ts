/** A link of the site's main navigation. */
export interface NavSection {
  href: string;
  label: string;
}

/**
 * The main navigation: the collections that ask for a place in it, then tags, the pipeline when the handbook has
 * integration requests (it leads on to the portfolio, which ranks them), and the quote calculator.
 */
export function navSections(handbook: {
  collections: readonly { folder: string; nav?: boolean | undefined; label: { nav: string } }[];
  entries: (collection: string) => readonly unknown[];
}): NavSection[] {
  return [
    ...handbook.collections.filter((c) => c.nav).map((c) => ({ href: `/${c.folder}/`, label: c.label.nav })),
    { href: '/tags/', label: 'Tags' },
    ...(handbook.entries('requests').length ? [{ href: '/pipeline/', label: 'Pipeline' }] : []),
    { href: '/quote/', label: 'Quote' },
  ];
}
