import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { collections as specs } from './lib/content/collections.ts';
import { antiPatternSchema } from './lib/schemas/anti-pattern.ts';
import { guideSchema } from './lib/schemas/guide.ts';
import { handbookPageSchema } from './lib/schemas/handbook-page.ts';
import { securityNoteSchema } from './lib/schemas/security-note.ts';
import { systemSchema } from './lib/schemas/system.ts';
import { resolveContentDir } from './lib/settings.ts';
import { collectionLoader } from './integration/loader.ts';

// The build has already validated every entry with these same schemas (src/integration), with
// friendlier messages; Astro parses them again here to type the data pages receive.
const contentDir = resolveContentDir(process.cwd(), process.env);
const loader = (name: keyof typeof specs) => collectionLoader(join(contentDir, specs[name].folder), specs[name].extension);

export const collections = {
  guides: defineCollection({ loader: loader('guides'), schema: guideSchema }),
  antiPatterns: defineCollection({ loader: loader('antiPatterns'), schema: antiPatternSchema }),
  security: defineCollection({ loader: loader('security'), schema: securityNoteSchema }),
  systems: defineCollection({ loader: loader('systems'), schema: systemSchema }),
  handbook: defineCollection({ loader: loader('handbook'), schema: handbookPageSchema }),
};
