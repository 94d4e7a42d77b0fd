/**
 * A module of this package, by its path from the calling module without an extension: the TypeScript source when the
 * caller runs from src/, the compiled module when it runs from a package's lib/.
 */
export function packageModule(path: string, caller: string): URL {
  return new URL(`${path}.${caller.endsWith('.ts') ? 'ts' : 'js'}`, caller);
}
