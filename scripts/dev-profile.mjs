#!/usr/bin/env node
// `node scripts/dev-profile.mjs <simulator URL>`: the VS Code profile the "Run Extension against the simulator"
// launch opens (.vscode-test/dev-profile), its user settings pointing the extension at the simulator. The base
// URLs are application-scoped settings, so they cannot come from a workspace or from launch arguments.
import path from 'node:path';
import { REPO_ROOT } from './lib/paths.mjs';
import { profileDirs, writeUserSettings } from './lib/profile.mjs';

const simUrl = process.argv[2] ?? 'http://127.0.0.1:4010';
const profile = profileDirs(path.join(REPO_ROOT, '.vscode-test', 'dev-profile'));
console.log(`dev profile: ${await writeUserSettings(profile.userDataDir, simUrl)} -> ${simUrl}`);
