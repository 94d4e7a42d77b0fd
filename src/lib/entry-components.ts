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
} as const satisfies Record<
  string,
  { props: readonly string[]; required?: readonly string[]; values?: Readonly<Record<string, readonly string[]>> }
>;
