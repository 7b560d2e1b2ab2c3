// What a shippable .vsix holds, and the check that it holds nothing else: used by `npm run package`
// (fails the build) and by the end-to-end suite (a reported step).
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { statSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST, REPO_ROOT } from './paths.mjs';

export const VSIX_PATH = path.join(REPO_ROOT, `${MANIFEST.name}-${MANIFEST.version}.vsix`);

/** Every file the package may contain (paths inside the zip); anything else is a leak of sources, tests or maps. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  // The bundle's entry and its chunks (esbuild.mjs); not their source maps.
  /^extension\/dist\/[\w.-]+\.mjs$/,
  /^extension\/dist\/keyDocs\.json$/,
  /^extension\/dist\/lib\/[\w.-]+\.js$/,
  /^extension\/l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/,
  /^extension\/media\/[\w.-]+\.(png|svg)$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/license(\.md|\.txt)?$/i,
];
const REQUIRED = [
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.zh-cn.json',
  `extension/${path.posix.normalize(MANIFEST.main)}`,
  // The settings keys' API reference, which hovers and Find Setting Across Groups read (src/settings/keyDocs.ts).
  'extension/dist/keyDocs.json',
  // Libraries the bundle requires on first use (esbuild.mjs LAZY_LIBRARIES).
  'extension/dist/lib/jsonc-parser.js',
  'extension/dist/lib/lossless-json.js',
  'extension/l10n/bundle.l10n.zh-cn.json',
  `extension/${MANIFEST.icon}`,
  'extension/readme.md',
  'extension/changelog.md',
];

/** The zip's entries, as `unzip -Z1` lists them. */
export function vsixEntries(file = VSIX_PATH) {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l && !l.endsWith('/'));
}

/** The problems with a packaged .vsix, as sentences; empty when it is shippable. */
export function vsixProblems(file = VSIX_PATH) {
  const entries = vsixEntries(file);
  const lower = new Set(entries.map((e) => e.toLowerCase()));
  const problems = [
    ...entries.filter((e) => !ALLOWED.some((re) => re.test(e))).map((e) => `${e} must not be packaged (tighten .vscodeignore)`),
    ...REQUIRED.filter((e) => !lower.has(e.toLowerCase())).map((e) => `${e} is missing`),
  ];
  if (!entries.some((e) => /^extension\/license/i.test(e))) problems.push('the LICENSE file is missing');
  // Every file of code the package holds: the entry, its chunks, the lazy libraries.
  for (const entry of entries.filter((e) => /^extension\/dist\/.*\.m?js$/.test(e))) problems.push(...codeProblems(file, entry, lower));
  return problems;
}

/** What is wrong with one packaged file of code: a development build, or a module it loads that the installed extension lacks. */
function codeProblems(file, entry, lower) {
  const name = entry.slice('extension/'.length);
  const code = execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const problems = [];
  if (/sourceMappingURL=/.test(code)) problems.push(`${name} is a development build (it has a sourceMappingURL); package with the production bundle`);
  // esbuild must have bundled every dependency (ofetch, jsonc-parser, and their own relative files, which a UMD build would
  // require at run time): only vscode and Node's own modules stay external. Modules are loaded by ESM `import … from`,
  // `import(…)`, `export … from` (the entry and its chunks) and `require(…)`; minified UMD code renames `require`, so any
  // call with a relative module path counts too.
  const specifiers = [
    ...code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*["']([\w@./:-]+)["']/g),
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/[\w$]\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  // A relative path is fine only for a file the package holds (chunks beside the entry, the lazy libraries in dist/lib).
  const missing = [...new Set(specifiers)].filter((id) =>
    id.startsWith('.')
      ? !lower.has(path.posix.join(path.posix.dirname(entry), id).toLowerCase())
      : id !== 'vscode' && !id.startsWith('node:') && !builtinModules.includes(id),
  );
  if (missing.length) problems.push(`${name} requires modules that are not in the package: ${missing.join(', ')}`);
  return problems;
}

export function vsixSizeKiB(file = VSIX_PATH) {
  return statSync(file).size / 1024;
}
