// Bundles the extension into dist/extension.js: minified for production, sourcemaps in development.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
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

const ctx = await esbuild.context({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/extension.js',
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
  plugins: watch ? [ofetchUniversal, lazyLibraries, keyDocsFile, watchReport] : [ofetchUniversal, lazyLibraries, keyDocsFile],
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
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`dist/extension.js: ${(bytes / 1024).toFixed(1)} KiB${production ? ' (production)' : ''}`);
  console.log(`${KEY_DOCS.to}: ${(statSync(KEY_DOCS.to).size / 1024).toFixed(1)} KiB`);
  for (const { metafile } of libraries) {
    for (const [file, { bytes }] of Object.entries(metafile.outputs)) console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB (loaded on first use)`);
  }
}
