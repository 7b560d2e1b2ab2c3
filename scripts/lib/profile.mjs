// The VS Code profile every harness uses: user settings pointing the extension at the simulator, with the
// workbench's noise off, and the environment the extension host gets. Shared by code-server and test-electron runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Fresh user-data, extensions and workspace folders under the system temp dir. */
export function tempProfile(prefix = 'zoom-admin-vscode-') {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = { root, userDataDir: path.join(root, 'user-data'), extensionsDir: path.join(root, 'extensions'), workspaceDir: path.join(root, 'workspace') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  return dirs;
}

/** Writes `userDataDir/User/settings.json`: the simulator's URLs plus quiet-workbench settings. */
export function writeUserSettings(userDataDir, simUrl, extra = {}) {
  const settings = {
    'zoomAdmin.apiBaseUrl': `${simUrl}/v2`,
    'zoomAdmin.oauthBaseUrl': simUrl,
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    ...extra,
  };
  const file = path.join(userDataDir, 'User', 'settings.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return file;
}

/** Environment for the extension host: where the simulator is, where the settings are, which tests to run. */
export function hostEnv({ simUrl, userDataDir, grep }) {
  return {
    ZOOM_SIM_URL: simUrl,
    ZOOM_TEST_USER_DATA_DIR: userDataDir,
    ...(grep ? { ZOOM_TEST_GREP: grep } : {}),
  };
}
