// The VS Code profile every harness uses: user settings pointing the extension at the simulator, with the
// workbench's noise off, and the environment the extension host gets. Shared by code-server and test-electron runs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** user-data, extensions and workspace folders under `root`, created when missing. */
export function profileDirs(root) {
  const dirs = { root, userDataDir: path.join(root, 'user-data'), extensionsDir: path.join(root, 'extensions'), workspaceDir: path.join(root, 'workspace') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  return dirs;
}

/** A throwaway profile under the system temp dir. */
export const tempProfile = (prefix = 'zoom-admin-vscode-') => profileDirs(mkdtempSync(path.join(os.tmpdir(), prefix)));

/**
 * Writes the simulator's URLs and quiet-workbench settings into `userDataDir/User/settings.json`, keeping
 * whatever else (and any comments) a person put there in a persistent profile.
 */
export async function writeUserSettings(userDataDir, simUrl, extra = {}) {
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
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text.trim()) {
    const { modify, applyEdits } = await import('jsonc-parser');
    for (const [key, value] of Object.entries(settings)) {
      text = applyEdits(text, modify(text, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
    }
  } else {
    text = JSON.stringify(settings, null, 2);
  }
  writeFileSync(file, text);
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
