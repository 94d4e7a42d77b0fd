/** The filters search offers, in the order the URL lists them. */
const searchFilters = ['type', 'system', 'size', 'severity', 'tag', 'status'] as const;

/** A search as a shareable URL holds it: the term and the chosen values of each filter. */
export interface SearchState {
  term: string;
  filters: Record<string, string[]>;
}

/** Reads `?q=…&type=Guide&system=Zuora` (filters may repeat); unknown keys are ignored. */
export function searchFromQuery(query: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const name of searchFilters) {
    const values = query.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { term: query.get('q') ?? '', filters };
}

/** Writes a search back into a query string, leaving out what is empty. */
export function searchToQuery({ term, filters }: SearchState): string {
  const query = new URLSearchParams();
  if (term) query.set('q', term);
  for (const name of searchFilters) for (const value of filters[name] ?? []) query.append(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}
