import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { collections as specs, collectionNames } from './lib/content/collections.ts';
import { resolveContentDir } from './lib/settings.ts';
import { collectionLoader } from './integration/loader.ts';

const contentDir = resolveContentDir(process.cwd(), process.env);

const define = <S extends (typeof specs)[keyof typeof specs]>(spec: S) =>
  defineCollection({ loader: collectionLoader(join(contentDir, spec.folder), spec.extension), schema: spec.schema as S['schema'] });

export const collections = {
  guides: define(specs.guides),
  antiPatterns: define(specs.antiPatterns),
  security: define(specs.security),
  systems: define(specs.systems),
  handbook: define(specs.handbook),
} satisfies Record<(typeof collectionNames)[number], unknown>;
