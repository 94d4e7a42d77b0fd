import { describe, expect, it, vi } from 'vitest';
import { calloutLabels, calloutView } from '../../src/lib/callouts.ts';
import { calloutTypes, entryComponents } from '../../src/lib/entry-components.ts';

// Unit tests run without Astro's compiler, so each .astro file stands in as its name; the mapping's keys are what is tested.
vi.mock('../../src/components/Callout.astro', () => ({ default: 'Callout.astro' }));
vi.mock('../../src/components/CodeBlock.astro', () => ({ default: 'CodeBlock.astro' }));
vi.mock('../../src/components/Diagram.astro', () => ({ default: 'Diagram.astro' }));
vi.mock('../../src/components/Steps.astro', () => ({ default: 'Steps.astro' }));
vi.mock('../../src/components/Tab.astro', () => ({ default: 'Tab.astro' }));
vi.mock('../../src/components/Tabs.astro', () => ({ default: 'Tabs.astro' }));
vi.mock('../../src/components/SizeHours.astro', () => ({ default: 'SizeHours.astro' }));
vi.mock('../../src/components/PhaseHours.astro', () => ({ default: 'PhaseHours.astro' }));
vi.mock('../../src/components/MonitoringDefaults.astro', () => ({ default: 'MonitoringDefaults.astro' }));
const { mdxComponents } = await import('../../src/components/mdx-components.ts');

describe('the components entries may use', () => {
  it('renders every component check allows, plus the diagrams and code blocks the build makes, and nothing else', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...Object.keys(entryComponents), 'Diagram', 'pre'].sort());
  });

  it('renders each under its own name, and code blocks with the code block', () => {
    for (const name of Object.keys(entryComponents))
      expect(mdxComponents[name as keyof typeof mdxComponents]).toBe(`${name}.astro`);
    expect(mdxComponents.pre).toBe('CodeBlock.astro');
  });
});

describe('callouts', () => {
  it('name every type for readers', () => {
    expect(Object.keys(calloutLabels)).toEqual([...calloutTypes]);
  });

  it.each([
    ['are notes titled by their type by default', {}, { type: 'note', label: 'Note', title: 'Note' }],
    ['take their title from their type', { type: 'warning' }, { type: 'warning', label: 'Warning', title: 'Warning' }],
    [
      'keep the title an author gives',
      { type: 'tip', title: 'Batch the calls' },
      { type: 'tip', label: 'Tip', title: 'Batch the calls' },
    ],
    ['ignore a blank title', { type: 'caution', title: '  ' }, { type: 'caution', label: 'Caution', title: 'Caution' }],
  ])('%s', (_, props, view) => {
    expect(calloutView(props)).toEqual(view);
  });

  it('refuse a type they do not know, with the closest one', () => {
    expect(() => calloutView({ type: 'warn' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Callout> has an unknown type (found: "warn"; expected: one of note, tip, important, warning, caution) — did you mean "warning"?]`,
    );
    expect(() => calloutView({ type: 'danger' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Callout> has an unknown type (found: "danger"; expected: one of note, tip, important, warning, caution) — leave type out for a note]`,
    );
  });
});
