/**
 * The components an entry may use without importing them, with the props each accepts: the one list
 * `check` enforces (src/lib/content/policy.ts) and `src/components/mdx-components.ts` renders.
 */
/** The kinds of callout, as authors write them in `type` (GitHub's alert names map onto them). */
export const calloutTypes = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof calloutTypes)[number];

export const entryComponents = {
  /** A highlighted note: `<Callout type="warning" title="Rate limits">…</Callout>`; also `> [!WARNING]` blockquotes. */
  Callout: { props: ['type', 'title'], values: { type: calloutTypes } },
  /** Numbered steps: wraps an ordered list. */
  Steps: { props: [] },
  /** Alternatives side by side (one per system or language), each a `<Tab label="…">`. */
  Tabs: { props: [] },
  /** One panel of `<Tabs>`, named by its label. */
  Tab: { props: ['label'], required: ['label'] },
  /** The hours each size takes, from the estimation model (models/estimate.yaml), with and without contingency. */
  SizeHours: { props: [], generates: true },
  /** The estimation model's hours per phase for size M, with their total. */
  PhaseHours: { props: [], generates: true },
  /** The monitoring defaults (models/monitoring.yaml) every guide's monitoring starts from. */
  MonitoringDefaults: { props: [], generates: true },
} as const satisfies Record<
  string,
  {
    props: readonly string[];
    required?: readonly string[];
    values?: Readonly<Record<string, readonly string[]>>;
    /** Fills the page from the handbook's models: a section holding only it is not empty. */
    generates?: boolean;
  }
>;

/** Components that fill a page from the handbook's models. */
export const generatingComponents: ReadonlySet<string> = new Set(
  Object.entries(entryComponents).flatMap(([name, spec]) => ('generates' in spec && spec.generates ? [name] : [])),
);
