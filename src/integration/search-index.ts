import * as pagefind from 'pagefind';

/**
 * Runs `work` while Pagefind's service would print its own stack traces (it logs "Service stopped Error: …"
 * to the console when its binary cannot start or dies); returns the first such line instead, for one clear message.
 */
async function quietly<T>(work: () => Promise<T>): Promise<{ result?: T; failure?: string }> {
  const original = console.error;
  let failure: string | undefined;
  console.error = (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    failure ??= error ? error.message : args.map(String).join(' ');
  };
  // When Pagefind's process dies (it panics on some file errors), its promise never settles and nothing else
  // keeps Node busy: Node is about to exit, which is the moment to say so.
  let onIdle: (() => void) | undefined;
  const died = new Promise<never>((_, fail) => {
    onIdle = () => fail(new Error('it stopped without finishing (its own message is above)'));
    process.once('beforeExit', onIdle);
  });
  try {
    return { result: await Promise.race([work(), died]), ...(failure ? { failure } : {}) };
  } catch (error) {
    return { failure: failure ?? (error instanceof Error ? error.message : String(error)) };
  } finally {
    console.error = original;
    if (onIdle) process.off('beforeExit', onIdle);
  }
}

/**
 * Builds the search index of a built site into `<site>/pagefind/`, so that a build alone produces a searchable
 * site; throws one clear error when it cannot. Only elements marked `data-pagefind-body` are indexed.
 */
export async function writeSearchIndex(site: string): Promise<{ pages: number }> {
  const started = await quietly(() => pagefind.createIndex({}));
  const index = started.result?.index;
  if (!index) throw new Error(`Pagefind could not start: ${started.failure ?? started.result?.errors.join('; ')}`);
  try {
    const added = await quietly(() => index.addDirectory({ path: site }));
    if (!added.result || added.result.errors.length) {
      throw new Error(`Pagefind could not index the site: ${added.failure ?? added.result?.errors.join('; ')}`);
    }
    const written = await quietly(() => index.writeFiles({ outputPath: `${site}/pagefind` }));
    if (!written.result || written.result.errors.length) {
      throw new Error(`Pagefind could not write the search index: ${written.failure ?? written.result?.errors.join('; ')}`);
    }
    return { pages: added.result.page_count };
  } finally {
    await quietly(() => pagefind.close());
  }
}
