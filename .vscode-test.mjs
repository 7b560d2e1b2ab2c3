// @vscode/test-cli's configuration, for machines with internet: `npx vscode-test` (or the Extension Tests launch,
// or the Extension Test Runner) runs the extension-host suite (test/vscode) in a downloaded desktop VS Code, against
// a simulator started here. Build first: `npm run build && npm run compile-tests` (`npm run test:desktop` does both).
// Offline, `npm run test:vscode` runs the same suite in code-server (scripts/run-vscode-tests.mjs).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@vscode/test-cli';
import { hostEnv, startSimulator, tempProfile, writeUserSettings } from './scripts/lib/harness.mjs';

// The Extension Test Runner reads this file to list the tests: no simulator for that.
const listing = process.argv.includes('--list-configuration');
const profile = tempProfile('zoom-admin-desktop-test-');
process.on('exit', () => rmSync(profile.root, { recursive: true, force: true }));
const sim = listing ? undefined : await startSimulator();
if (sim) await writeUserSettings(profile.userDataDir, sim.url);

/** The compiled suite in path order (zz-no-secrets.test.js last), activation first: as test/vscode/index.ts orders it. */
function suiteFiles() {
  const root = path.resolve('out', 'test', 'vscode');
  if (!existsSync(root)) return ['out/test/vscode/**/*.test.js'];
  const files = readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(root, f));
  const first = path.join(root, 'activation.test.js');
  return [first, ...files.filter((f) => f !== first)];
}

export default defineConfig({
  label: 'extension host',
  // Activation first: it must observe a host where nothing woke the extension yet.
  files: suiteFiles(),
  // The version code-server ships (engines.vscode's floor); VSCODE_VERSION=stable tries the newest.
  version: process.env.VSCODE_VERSION ?? '1.100.3',
  workspaceFolder: profile.workspaceDir,
  mocha: { ui: 'tdd', timeout: 60_000 },
  env: sim ? hostEnv({ simUrl: sim.url, userDataDir: profile.userDataDir }) : {},
  launchArgs: [
    '--user-data-dir',
    profile.userDataDir,
    '--extensions-dir',
    profile.extensionsDir,
    '--disable-extensions', // other installed extensions; the one under test still loads
    '--disable-workspace-trust',
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-telemetry',
  ],
});
