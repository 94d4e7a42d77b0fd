/** Joins the site's base path and a root-relative path: ("/playbook/", "/guides/x/") → "/playbook/guides/x/". */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Whether a link in content points inside the site (root-relative, not protocol-relative). */
export function isSiteLink(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** The page of an entry, without the base: ("guides", "x") → "/guides/x/". */
export function entryPath(folder: string, id: string): string {
  return `/${folder}/${id}/`;
}
