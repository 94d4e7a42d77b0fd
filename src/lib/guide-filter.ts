/** The facets a reader can narrow the guide list by; an empty value means "any". */
export interface GuideFilter {
  size: string;
  system: string;
  tag: string;
  status: string;
}

/** The facet values of one guide, as written on its list item. */
export interface GuideFacets {
  size: string;
  systems: readonly string[];
  tags: readonly string[];
  status: string;
}

export const filterKeys = ['size', 'system', 'tag', 'status'] as const satisfies readonly (keyof GuideFilter)[];

/** Whether a guide passes every chosen facet. */
export function matchesFilter(guide: GuideFacets, filter: GuideFilter): boolean {
  return (
    (!filter.size || guide.size === filter.size) &&
    (!filter.system || guide.systems.includes(filter.system)) &&
    (!filter.tag || guide.tags.includes(filter.tag)) &&
    (!filter.status || guide.status === filter.status)
  );
}

/** Reads a filter from a query string, keeping only values the page offers (so a URL can never inject one). */
export function filterFromQuery(query: URLSearchParams, allowed: Record<keyof GuideFilter, ReadonlySet<string>>): GuideFilter {
  const pick = (key: keyof GuideFilter) => {
    const value = query.get(key) ?? '';
    return allowed[key].has(value) ? value : '';
  };
  return { size: pick('size'), system: pick('system'), tag: pick('tag'), status: pick('status') };
}

/** Writes the chosen facets into a query string, leaving out the empty ones. */
export function filterToQuery(filter: GuideFilter): string {
  const query = new URLSearchParams();
  for (const key of filterKeys) if (filter[key]) query.set(key, filter[key]);
  const text = query.toString();
  return text ? `?${text}` : '';
}
