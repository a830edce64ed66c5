// Where the language server's entry point lives: the esbuild bundle in a packaged
// extension, the tsc output in a development checkout.
import * as fs from 'fs';

/** Relative paths tried in order; the first that exists wins. */
export const SERVER_CANDIDATES = ['dist/server.js', 'out/server/src/server.js'] as const;

/**
 * Resolves the server module with `asAbsolutePath` (the extension context's) and
 * returns the first candidate that exists, or the bundled path when none does (so
 * the error the client reports names the file a packaged extension should have).
 */
export function resolveServerModule(asAbsolutePath: (relative: string) => string, exists: (p: string) => boolean = fs.existsSync): string {
  for (const candidate of SERVER_CANDIDATES) {
    const absolute = asAbsolutePath(candidate);
    if (exists(absolute)) return absolute;
  }
  return asAbsolutePath(SERVER_CANDIDATES[0]);
}
