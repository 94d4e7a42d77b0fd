// The one place pages get handbook data: loaded from Astro's content store once per build and shared.
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { collections as specs, type CollectionName } from '../lib/content/collections.ts';
import { folderHasEntries } from '../lib/content/read.ts';
import { buildHandbook, type Handbook } from '../lib/handbook.ts';
import { today } from '../lib/review.ts';
import { readSiteSettings, resolveContentDir } from '../lib/settings.ts';
import type { Site } from '../lib/schemas/site.ts';
import { readModels, type Models } from '../lib/models.ts';
import { lastChangedDates } from '../lib/git-dates.ts';

type Entries = { [C in CollectionName]: CollectionEntry<C>[] };

const root = process.cwd();
const contentDir = resolveContentDir(root, process.env);
let entries: Promise<Entries> | undefined;
let handbook: Promise<Handbook> | undefined;
let site: Promise<Site> | undefined;
let models: Promise<Models> | undefined;

/** A collection's entries; an empty or missing folder is an empty list, without Astro's warning about it. */
async function load<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  const { folder, extension } = specs[name];
  return folderHasEntries(join(contentDir, folder), extension) ? getCollection(name) : [];
}

/** Every collection's entries as Astro loaded them (for `render()`), read once per build. */
export function getEntries(): Promise<Entries> {
  entries ??= (async () => {
    const [guides, antiPatterns, security, systems, handbookPages] = await Promise.all([
      load('guides'),
      load('antiPatterns'),
      load('security'),
      load('systems'),
      load('handbook'),
    ]);
    return { guides, antiPatterns, security, systems, handbook: handbookPages };
  })();
  return entries;
}

/** Every entry with its derived cross-references; computed on first use, then reused by every page. */
export function getHandbook(): Promise<Handbook> {
  handbook ??= getEntries().then((all) => buildHandbook(all, today(process.env)));
  return handbook;
}

/** The validated site settings (the build has already stopped if they were invalid). */
export function getSite(): Promise<Site> {
  site ??= readSiteSettings({ root, contentDir }, process.env).then((r) => r.site);
  return site;
}

/** The estimation and scoring models (the build has already stopped if they were invalid). */
export function getModels(): Promise<Models> {
  models ??= readModels({ root, contentDir }).then((r) => r.models);
  return models;
}

let changed: Promise<Map<string, string>> | undefined;

/** When a guide last changed, from git history (one `git log` per build); undefined without git. */
export async function lastChanged(folder: string, id: string): Promise<string | undefined> {
  changed ??= lastChangedDates(contentDir);
  return (await changed).get(join(contentDir, folder, `${id}.mdx`));
}
