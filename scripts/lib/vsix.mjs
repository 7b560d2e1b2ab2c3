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
  /^extension\/dist\/extension\.js$/,
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
  'extension/dist/extension.js',
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
  if (lower.has('extension/dist/extension.js')) {
    const bundle = execFileSync('unzip', ['-p', file, 'extension/dist/extension.js'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (/sourceMappingURL=/.test(bundle))
      problems.push('dist/extension.js is a development build (it has a sourceMappingURL); package with the production bundle');
    // esbuild must have bundled every dependency (ofetch, jsonc-parser, and their own relative files, which a UMD
    // build would require at run time): only vscode and Node's own modules stay external.
    const external = [...new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].filter(
      (id) => id !== 'vscode' && !id.startsWith('node:') && !id.startsWith('.') && !builtinModules.includes(id),
    );
    // Minified UMD code renames `require`, so look for any call with a relative module path too.
    // A relative path is fine only for a file the package holds beside the bundle (the lazy libraries in dist/lib).
    const relative = [...new Set([...bundle.matchAll(/[\w$]\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]))].filter(
      (id) => !lower.has(path.posix.join('extension/dist', id).toLowerCase()),
    );
    if (external.length || relative.length) {
      problems.push(`dist/extension.js requires modules that are not in the package: ${[...external, ...relative].join(', ')}`);
    }
  }
  return problems;
}

export function vsixSizeKiB(file = VSIX_PATH) {
  return statSync(file).size / 1024;
}
