import type { z } from 'zod';
import { antiPatternSchema } from '../schemas/anti-pattern.ts';
import { guideSchema } from '../schemas/guide.ts';
import { handbookPageSchema } from '../schemas/handbook-page.ts';
import { securityNoteSchema } from '../schemas/security-note.ts';
import { systemSchema } from '../schemas/system.ts';

/** How one collection is stored on disk, validated and published. */
export interface CollectionSpec {
  /** Folder inside the content folder and first segment of its pages' URLs. */
  readonly folder: string;
  /** File extension of its entries. */
  readonly extension: '.mdx' | '.yaml';
  /** What one entry is called in messages and badges. */
  readonly noun: string;
  /** The frontmatter (or file) schema. */
  readonly schema: z.ZodType;
}

/** Every collection of a handbook, keyed by the name code uses. */
export const collections = {
  guides: { folder: 'guides', extension: '.mdx', noun: 'guide', schema: guideSchema },
  antiPatterns: { folder: 'anti-patterns', extension: '.mdx', noun: 'anti-pattern', schema: antiPatternSchema },
  security: { folder: 'security', extension: '.mdx', noun: 'security note', schema: securityNoteSchema },
  systems: { folder: 'systems', extension: '.yaml', noun: 'system', schema: systemSchema },
  handbook: { folder: 'handbook', extension: '.mdx', noun: 'handbook page', schema: handbookPageSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

/** Collection names in the order messages and pages list them. */
export const collectionNames = Object.keys(collections) as CollectionName[];
