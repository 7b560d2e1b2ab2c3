// jsonc-parser, loaded when a document is first formatted or a settings key first looked up, not at
// activation: the production bundle maps the require below to its own file, dist/lib/jsonc-parser.js
// (esbuild.mjs), so dist/extension.js stays small. In plain Node (the unit tests) it is the package.
import type * as Jsonc from 'jsonc-parser';

let loaded: typeof Jsonc | undefined;

export function jsonc(): typeof Jsonc {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require is the point (see above)
  return (loaded ??= require('jsonc-parser') as typeof Jsonc);
}
