// Libraries only some paths use are required on first use, not at activation: the production bundle maps
// each one's require to its own file, dist/lib/<name>.js (esbuild.mjs LAZY_LIBRARIES), which keeps
// the bundle (dist/extension.mjs) small. In plain Node (the unit tests) the require loads the package.

/** The library `load` returns, loaded once, on the first call. `load` must be `() => require('<name>')`, literally, for the bundler. */
export function lazyRequire<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
