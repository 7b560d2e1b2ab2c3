// Packs the exports probe (extension.ts, compiled by `npm run compile-tests` into out/test/e2e/probe)
// into its own .vsix with @vscode/vsce, for test/e2e/run.mjs to install beside the extension's.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../scripts/lib/paths.mjs';
import { run } from '../../../scripts/lib/run.mjs';

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

/** Builds the probe's .vsix in a fresh temp folder; returns its path and a function removing the folder. */
export async function packProbe() {
  const stage = mkdtempSync(path.join(tmpdir(), 'zoom-admin-probe-'));
  const compiled = path.join(REPO_ROOT, 'out', 'test', 'e2e', 'probe');
  copyFileSync(path.join(REPO_ROOT, 'test', 'e2e', 'probe', 'package.json'), path.join(stage, 'package.json'));
  for (const name of readdirSync(compiled).filter((n) => n.endsWith('.js'))) copyFileSync(path.join(compiled, name), path.join(stage, name));
  const vsix = path.join(stage, 'probe.vsix');
  await run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: stage,
    quiet: true,
  });
  return { vsix, remove: () => rmSync(stage, { recursive: true, force: true }) };
}
