import { createHash } from 'node:crypto';

/**
 * The one inline script of every page, run before first paint so that nothing flashes or shifts: it marks the
 * page as scripted (`data-js` on <html>, so CSS lays out what scripts will upgrade in its final form: the
 * collapsed menu, the theme toggle, the calculator), marks it compact (`data-compact`) while the window is narrower
 * than the header needs (`data-menu-below`, in rem), and applies the reader's saved theme. Kept as text here so
 * that its hash, in the Content-Security-Policy, is exact.
 */
export const prePaintScript =
  "var d=document.documentElement;d.dataset.js='';var b=d.dataset.menuBelow;if(b){var m=matchMedia('(max-width: '+b+'rem)'),c=function(){d.toggleAttribute('data-compact',m.matches)};c();m.addEventListener('change',c)}try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";

/** A CSP source expression for an inline script: 'sha256-<base64 digest>'. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/** The inline scripts pages may carry, by their CSP hash; any other inline script is refused by the browser and the build. */
export const inlineScriptHashes: ReadonlySet<string> = new Set([scriptHash(prePaintScript)]);

/**
 * The Content-Security-Policy of every page. Scripts run only from the site itself (Astro's bundles,
 * Mermaid's module, Pagefind's files) and from the one hashed inline script, so an injected inline script
 * or event handler never runs. Pagefind compiles WebAssembly ('wasm-unsafe-eval'); Mermaid and Shiki set
 * inline styles, so styles may be inline. Images may come from any https address, as entries may show them.
 * `forMeta` leaves out frame-ancestors, which browsers ignore in a meta element (send it as a header).
 */
export function contentSecurityPolicy(forMeta = true): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...inlineScriptHashes].join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}
