// Bundles the extension into dist/extension.mjs and its chunks: minified for production, sourcemaps in development.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// ofetch's Node entry falls back to node-fetch-native (half the bundle) for Node versions without
// fetch; the editor's Node 20 has one, so the bundle takes ofetch's universal build, which uses it.
const ofetchUniversal = {
  name: 'ofetch-universal',
  setup(build) {
    const dir = dirname(createRequire(import.meta.url).resolve('ofetch/package.json'));
    build.onResolve({ filter: /^ofetch$/ }, () => ({ path: join(dir, 'dist', 'index.mjs') }));
  },
};

// The settings keys' API reference (scripts/settings-docs.mjs) is data the extension reads on first use
// (src/settings/keyDocs.ts), not code: it goes next to the bundle as dist/keyDocs.json, which the .vsix ships.
const KEY_DOCS = { from: 'src/settings/keyDocs.generated.json', to: 'dist/keyDocs.json' };
const keyDocsFile = {
  name: 'key-docs-file',
  setup(build) {
    build.onEnd(() => {
      mkdirSync(dirname(KEY_DOCS.to), { recursive: true });
      copyFileSync(KEY_DOCS.from, KEY_DOCS.to);
    });
  },
};

// Libraries only some features use are required on first use (src/zoom/lazyRequire.ts): each is bundled into its own file
// dist/lib/<name>.js, which the main bundle requires by that path instead of holding the library.
const LAZY_LIBRARIES = ['jsonc-parser', 'lossless-json'];
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    const filter = new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`);
    build.onResolve({ filter }, ({ path }) => ({ path: `./lib/${path}.js`, external: true }));
  },
};

// The extension takes its `vscode` API object through `require` (the banner's, below), not an ESM import: code-server
// 4.100's host gives an ESM `import 'vscode'` an API object of its own (checked: not the one `require('vscode')` returns),
// while the extension-host tests, which are CommonJS, stub `vscode.window.show*` on the object they require and rely on
// sharing it with the extension (test/vscode/quickPicks.ts), as every CommonJS build of the extension did.
const vscodeByRequire = {
  name: 'vscode-by-require',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, ({ namespace }) =>
      namespace === 'vscode-by-require' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-by-require' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-by-require' }, () => ({ contents: "module.exports = require('vscode');", loader: 'js' }));
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// In watch mode, one line per rebuild and errors as `✘ [ERROR] text` + `    file:line:column:`, the lines the
// "watch" task's problem matcher (.vscode/tasks.json) reads.
const watchReport = {
  name: 'watch-report',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd(({ errors }) => {
      for (const { text, location } of errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

// ESM with code splitting: the editor imports dist/extension.mjs (package.json "main"; VS Code 1.100's Node extension host
// imports an ESM extension), and the rare tools' modules, which src reaches only through `await import(...)` (the command
// registry, src/commands/index.ts), become chunks beside it, dist/*.mjs, loaded on their first use. Code both sides use is
// one shared chunk, never a copy, so `instanceof` and module state stay one. Every file gets `require` (the lazy libraries,
// node builtins in bundled CommonJS) and `__dirname` (src/settings/keyDocs.ts), which ESM lacks; all files sit in dist/.
const ESM_GLOBALS =
  "import{createRequire as __cr}from'node:module';import{fileURLToPath as __fp}from'node:url';" +
  "const require=__cr(import.meta.url),__dirname=__fp(new URL('.',import.meta.url));";

// Chunk names carry a hash: the last build's chunks go first, or the .vsix (which takes dist/*.mjs) would ship them too.
mkdirSync('dist', { recursive: true });
for (const file of readdirSync('dist')) if (/\.mjs(\.map)?$|^extension\.js(\.map)?$/.test(file)) rmSync(join('dist', file));

const ctx = await esbuild.context({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'esm',
  splitting: true,
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  banner: { js: ESM_GLOBALS },
  external: ['vscode'],
  // jsonc-parser's UMD main loads './impl/*' at run time, which a bundle cannot resolve; its ESM build bundles.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // Class and function names are not kept (12.6 KiB): nothing reads them but the errors, which name
  // themselves (src/zoom/errors.ts).
  keepNames: false,
  logLevel: watch ? 'silent' : 'warning',
  metafile: true,
  plugins: [vscodeByRequire, ofetchUniversal, lazyLibraries, keyDocsFile, ...(watch ? [watchReport] : [])],
});

// The lazy libraries' own files: they do not change while watching, so they are built once.
const libraries = await Promise.all(
  LAZY_LIBRARIES.map((name) =>
    esbuild.build({
      stdin: { contents: `module.exports = require('${name}');`, resolveDir: process.cwd() },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: `dist/lib/${name}.js`,
      mainFields: ['module', 'main'],
      minify: production,
      logLevel: 'warning',
      metafile: true,
    }),
  ),
);

if (watch) {
  await ctx.watch();
} else {
  const result = await ctx.rebuild();
  await ctx.dispose();
  reportSizes(result.metafile.outputs);
  console.log(`${KEY_DOCS.to}: ${(statSync(KEY_DOCS.to).size / 1024).toFixed(1)} KiB`);
  for (const { metafile } of libraries) {
    for (const [file, { bytes }] of Object.entries(metafile.outputs)) console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB (loaded on first use)`);
  }
}

/** Each file's size, and what activation loads: the entry plus every chunk it imports statically, transitively. */
function reportSizes(outputs) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`;
  const code = Object.entries(outputs).filter(([file]) => file.endsWith('.mjs'));
  const entry = 'dist/extension.mjs';
  const loaded = new Set([entry]);
  for (const file of loaded) for (const { path, kind } of outputs[file].imports) if (kind === 'import-statement' && outputs[path]) loaded.add(path);
  for (const [file, { bytes }] of code) console.log(`${file}: ${kib(bytes)}${loaded.has(file) ? '' : ' (loaded on first use)'}`);
  const activation = [...loaded].reduce((n, file) => n + outputs[file].bytes, 0);
  console.log(`activation loads ${[...loaded].join(' + ')}: ${kib(activation)}${production ? ' (production)' : ''}`);
}
