/** A link of the site's main navigation. */
export interface NavSection {
  href: string;
  label: string;
}

/** The main navigation: the collections that ask for a place in it, then tags and the two tools. */
export function navSections(collections: readonly { folder: string; nav?: boolean | undefined; label: { nav: string } }[]): NavSection[] {
  return [
    ...collections.filter((c) => c.nav).map((c) => ({ href: `/${c.folder}/`, label: c.label.nav })),
    { href: '/tags/', label: 'Tags' },
    { href: '/portfolio/', label: 'Portfolio' },
    { href: '/quote/', label: 'Quote' },
  ];
}
