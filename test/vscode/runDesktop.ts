// `npm run test:desktop [-- --grep <pattern>]`: the extension-host suite in desktop VS Code via @vscode/test-electron.
// For online machines only: it downloads VS Code (into .vscode-test/). Simulator, settings and host environment
// come from the same module as the offline code-server runner (scripts/lib/harness.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

type Harness = typeof import('../../scripts/lib/harness.mjs', { with: { 'resolution-mode': 'import' } });

// Compiled to out/test/vscode/runDesktop.js; the repository is three levels up.
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { grep: { type: 'string', short: 'g' } } });
  const harness: Harness = await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'lib', 'harness.mjs')).href);
  const profile = harness.tempProfile('zoom-admin-desktop-test-');
  const cleanup = harness.onInterrupt(async () => {
    await harness.stopAll();
    fs.rmSync(profile.root, { recursive: true, force: true });
  });
  try {
    const sim = await harness.startSimulator();
    console.log(`[test:desktop] simulator ${sim.url}`);
    await harness.writeUserSettings(profile.userDataDir, sim.url);
    return await runTests({
      // The version code-server ships (engines.vscode's floor); VSCODE_VERSION=stable tries the newest.
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      extensionTestsEnv: harness.hostEnv({ simUrl: sim.url, userDataDir: profile.userDataDir, grep: values.grep }),
      launchArgs: [
        profile.workspaceDir,
        '--user-data-dir', profile.userDataDir,
        '--extensions-dir', profile.extensionsDir,
        '--disable-extensions', // other installed extensions; the one under test still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
      ],
    });
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test:desktop] ${error instanceof Error ? error.message : String(error)}`);
    console.error('[test:desktop] This runner downloads VS Code and needs the internet; offline, use `npm run test:vscode`.');
    process.exit(1);
  },
);
