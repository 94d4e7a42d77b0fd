/**
 * Defines a custom element, unless the page already has one by that name: a script that runs twice (as the
 * dev server's hot reload runs it) would otherwise throw.
 *
 * The components' scripts share this module for a second reason. Astro writes a script that imports nothing
 * and is under 4 KB into the page as an inline script, which the coming Content-Security-Policy (script files
 * from this site only) would block. Imported by two scripts, this module becomes a chunk of its own, so each
 * of them imports something and stays a file; test/site/components-build.test.ts fails if one is inlined.
 * TODO: the second reason goes once the integration stops Astro inlining scripts (vite.build.assetsInlineLimit).
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
