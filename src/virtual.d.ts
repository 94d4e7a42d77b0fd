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
