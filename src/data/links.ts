// Site-internal links for components: the configured base path in front of a root-relative path.
import { base } from 'astro:config/client';
import { withBase } from '../lib/urls.ts';

/** "/guides/x/" → "/playbook/guides/x/" when the site is served under /playbook/. */
export const link = (path: string) => withBase(base, path);
