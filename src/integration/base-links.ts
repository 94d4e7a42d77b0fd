import { defineMdastPlugin } from 'satteri';
import { isSiteLink, withBase } from '../lib/urls.ts';

/**
 * Authors link between entries root-relatively (`/handbook/sizing/`); when the site is served
 * under a sub-path, this prefixes those links with the base so they keep working.
 */
export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'playbook-base-links',
    link(node, ctx) {
      if (base !== '/' && isSiteLink(node.url)) ctx.setProperty(node, 'url', withBase(base, node.url));
    },
  });
}
