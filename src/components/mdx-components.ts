// The components MDX entries contain without importing them: those authors write (src/lib/entry-components.ts
// lists them, with their props), <Diagram> for ```mermaid fences, and the code block every other fence renders as.
import type { entryComponents } from '../lib/entry-components.ts';
import Callout from './Callout.astro';
import CodeBlock from './CodeBlock.astro';
import Diagram from './Diagram.astro';
import MonitoringDefaults from './MonitoringDefaults.astro';
import PhaseHours from './PhaseHours.astro';
import SizeHours from './SizeHours.astro';
import Steps from './Steps.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';

export const mdxComponents = {
  Callout,
  Steps,
  Tabs,
  Tab,
  SizeHours,
  PhaseHours,
  MonitoringDefaults,
  Diagram,
  pre: CodeBlock,
} satisfies Record<keyof typeof entryComponents | 'Diagram' | 'pre', unknown>;
