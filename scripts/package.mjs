#!/usr/bin/env node
// `npm run package`: the production bundle, then the .vsix with @vscode/vsce, then a check of what went in.
// --no-dependencies: esbuild already bundled ofetch, jsonc-parser and lossless-json, so node_modules stays out.
// --no-rewrite-relative-links: vsce refuses relative README images unless it can turn them into URLs of a
// public GitHub/GitLab repository, which this build does not have. The screenshots stay out of the .vsix:
// VS Code's extension page does not resolve relative images against an installed extension (tried in
// code-server 1.100), so they would only add weight; they show on the repository's README.
import { createRequire } from 'node:module';
import { run } from './lib/run.mjs';
import { REPO_ROOT } from './lib/paths.mjs';
import { VSIX_PATH, vsixEntries, vsixProblems, vsixSizeKiB } from './lib/vsix.mjs';

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

await run('npm', ['run', '--silent', 'build:prod'], { cwd: REPO_ROOT });
await run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', VSIX_PATH], { cwd: REPO_ROOT, quiet: true });

const problems = vsixProblems();
console.log(`${VSIX_PATH}: ${vsixSizeKiB().toFixed(1)} KiB, ${vsixEntries().length} files`);
for (const entry of vsixEntries()) console.log(`  ${entry}`);
if (problems.length) {
  console.error(`The package is not shippable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
