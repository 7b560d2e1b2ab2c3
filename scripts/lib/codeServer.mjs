// Installs code-server (a full VS Code 1.100 served over HTTP) into a cache outside the repo, following
// shared/notes/real-vscode-offline.md step by step; a marker file makes later calls instant.
import { existsSync, mkdirSync, writeFileSync, copyFileSync, symlinkSync, lstatSync, rmSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { run } from './run.mjs';
import { CACHE_ROOT } from './paths.mjs';
import { ensureDebianPackages } from './debianPackages.mjs';
import { spawnGroup, waitForHttp } from './processes.mjs';
import { createInterface } from 'node:readline';

export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(CACHE_ROOT, `code-server-${CODE_SERVER_VERSION}`);
const PKG = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_BIN = path.join(PKG, 'out', 'node', 'entry.js');
const MARKER = path.join(CODE_SERVER_DIR, '.complete');

function link(target, at) {
  try { lstatSync(at); rmSync(at, { recursive: false, force: true }); } catch { /* absent */ }
  symlinkSync(target, at);
}

/** Returns the code-server entry script, installing it first when the cache is incomplete. */
export async function ensureCodeServer({ log = console.log } = {}) {
  await ensureDebianPackages();
  if (existsSync(MARKER) && existsSync(CODE_SERVER_BIN)) return CODE_SERVER_BIN;
  const started = Date.now();
  log(`[setup] installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (a few minutes, once)`);
  try {
    await install(log);
  } catch (e) {
    throw new Error(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} failed; the npm registry must be reachable. ` +
      `Run the command again to retry; if it keeps failing, delete that folder first.\n${e instanceof Error ? e.message : e}`);
  }
  writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  log(`[setup] code-server ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CODE_SERVER_BIN;
}

/** The steps of shared/notes/real-vscode-offline.md, in order. */
async function install(log) {
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const npmEnv = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  const npm = (args, cwd) => run('npm', args, { cwd, env: npmEnv, quiet: true });
  if (!existsSync(path.join(CODE_SERVER_DIR, 'package.json'))) {
    writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'zoom-admin-code-server-cache', private: true }, null, 2));
  }
  // Scripts off: the postinstall refuses root and downloads ripgrep from GitHub; we do its work below.
  log('[setup] npm install code-server (scripts off)');
  await npm(['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save'], CODE_SERVER_DIR);
  log('[setup] rebuilding argon2');
  await npm(['rebuild', 'argon2', '--build-from-source'], CODE_SERVER_DIR);
  const vscodeDir = path.join(PKG, 'lib', 'vscode');
  log('[setup] npm install in lib/vscode');
  await npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  log('[setup] rebuilding native addons (kerberos, node-pty, watcher, deviceid, spdlog, native-watchdog)');
  await npm(['rebuild', 'kerberos', 'node-pty', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'native-watchdog'], vscodeDir);
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  const rgDest = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(path.dirname(rgDest), { recursive: true });
  copyFileSync(rg, rgDest);
  chmodSync(rgDest, 0o755);
  link('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  log('[setup] npm install in lib/vscode/extensions');
  await npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'));
  if (!existsSync(CODE_SERVER_BIN)) throw new Error(`npm finished but ${CODE_SERVER_BIN} is missing.`);
}

/**
 * Starts code-server on 127.0.0.1:`port` with the given profile (`...profileDirs()`); `env` reaches the
 * extension host. Installs it first if needed. Resolves with the child once the server answers.
 */
export async function startCodeServer({ port, root, userDataDir, extensionsDir, configDir = root ?? userDataDir, env = {}, onLog = () => {}, extraArgs = [] }) {
  const bin = await ensureCodeServer();
  const args = [
    bin,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    // Its own config.yaml (password, bind address) stays in the profile, out of ~/.config.
    '--config', path.join(configDir, 'code-server.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const child = spawnGroup(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', onLog);
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, { child, what: 'code-server' });
  return child;
}

/** Installs a packaged .vsix into `extensionsDir` the way a person would: `code-server --install-extension`. */
export async function installVsix(vsix, { userDataDir, extensionsDir, configDir }) {
  const bin = await ensureCodeServer();
  const args = [bin, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--config', path.join(configDir ?? userDataDir, 'code-server.yaml'), '--install-extension', vsix];
  return run(process.execPath, args, { quiet: true });
}
