// What the desktop runner's configuration (.vscode-test.mjs) shares with the code-server runner.
export { startSimulator } from './simulator.mjs';
export { tempProfile, writeUserSettings, hostEnv } from './profile.mjs';
export { stopAll, onInterrupt } from './processes.mjs';
