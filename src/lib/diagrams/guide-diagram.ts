import type { Entry } from '../handbook.ts';
import { categoryLabels } from '../labels.ts';
import { entryPath } from '../urls.ts';
import type { Guide } from '../schemas/guide.ts';
import type { System } from '../schemas/system.ts';
import { dataFlowDiagram, type DataFlowDiagram } from './data-flow.ts';

/** A guide's generated data-flow diagram, with each system node linked to its system's page. */
export function guideFlowDiagram(
  guide: Pick<Guide, 'title' | 'dataFlow' | 'systems'>,
  systems: ReadonlyMap<string, Entry<System>>,
  /** The folder system pages live under (the systems collection's). */
  systemsFolder: string,
): DataFlowDiagram & { nodeLinks: Record<string, string> } {
  // Only the guide's own systems: this runs once per guide page, so it must not grow with the handbook.
  const flowSystems = new Map(
    (guide.systems ?? []).flatMap((id) => {
      const system = systems.get(id);
      return system ? [[id, { name: system.data.name, category: categoryLabels[system.data.category] }] as const] : [];
    }),
  );
  const diagram = dataFlowDiagram(guide.title, guide.dataFlow ?? [], flowSystems);
  const nodeLinks = Object.fromEntries(
    Object.entries(diagram.nodes).map(([node, systemId]) => [node, entryPath(systemsFolder, systemId)]),
  );
  return { ...diagram, nodeLinks };
}
