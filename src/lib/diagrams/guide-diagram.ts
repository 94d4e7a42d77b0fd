import type { Entry } from '../handbook.ts';
import { categoryLabels } from '../labels.ts';
import { entryPath } from '../urls.ts';
import type { Guide } from '../schemas/guide.ts';
import type { System } from '../schemas/system.ts';
import { dataFlowDiagram, type DataFlowDiagram } from './data-flow.ts';

/** A guide's generated data-flow diagram, with the site path of each system it shows. */
export function guideFlowDiagram(
  guide: Pick<Guide, 'title' | 'dataFlow' | 'systems'>,
  systems: ReadonlyMap<string, Entry<System>>,
  /** The folder system pages live under (the systems collection's). */
  systemsFolder: string,
): DataFlowDiagram & { systemLinks: Record<string, string> } {
  // Only the guide's own systems: this runs once per guide page, so it must not grow with the handbook.
  const flowSystems = new Map(
    (guide.systems ?? []).flatMap((id) => {
      const system = systems.get(id);
      return system ? [[id, { name: system.data.name, category: categoryLabels[system.data.category] }] as const] : [];
    }),
  );
  const diagram = dataFlowDiagram(guide.title, guide.dataFlow ?? [], flowSystems);
  const systemLinks = Object.fromEntries([...flowSystems.keys()].map((id) => [id, entryPath(systemsFolder, id)]));
  return { ...diagram, systemLinks };
}
