// Modules the integration serves to the pages (src/integration/virtual-modules.ts).
declare module 'virtual:integration-playbooks/handbook' {
  const snapshot: import('./lib/snapshot.ts').HandbookSnapshot;
  export default snapshot;
}
declare module 'virtual:integration-playbooks/bodies' {
  const bodies: Record<
    string,
    () => Promise<{ default: (props: Record<string, unknown>) => unknown; getHeadings: () => import('astro').MarkdownHeading[] }>
  >;
  export default bodies;
}
// The components a team may replace (options.components); each is the team's file or ours.
declare module 'virtual:integration-playbooks/components/Header' {
  const Header: typeof import('./components/Header.astro').default;
  export default Header;
}
declare module 'virtual:integration-playbooks/components/Footer' {
  const Footer: typeof import('./components/Footer.astro').default;
  export default Footer;
}
declare module 'virtual:integration-playbooks/components/HomeHero' {
  const HomeHero: typeof import('./components/HomeHero.astro').default;
  export default HomeHero;
}
