// Installs code-server (a full VS Code 1.100 served over HTTP) into a cache outside the repo, following
// docs/architecture.md §Real VS Code without internet step by step; a marker file makes later calls instant.
import { existsSync, mkdirSync, writeFileSync, copyFileSync, symlinkSync, lstatSync, rmSync, chmodSync, readFileSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { run } from './run.mjs';
import { CACHE_ROOT } from './paths.mjs';
import { ensureDebianPackages } from './debianPackages.mjs';
import { spawnGroup, waitForHttp } from './processes.mjs';
import { createInterface } from 'node:readline';

export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(CACHE_ROOT, `code-server-${CODE_SERVER_VERSION}`);
const pkgDir = (root) => path.join(root, 'node_modules', 'code-server');
export const CODE_SERVER_BIN = path.join(pkgDir(CODE_SERVER_DIR), 'out', 'node', 'entry.js');
const MARKER = path.join(CODE_SERVER_DIR, '.complete');
// Several clones (or worktrees) on one machine may run `npm test` at once: one installs, the others wait.
const LOCK = `${CODE_SERVER_DIR}.lock`;

function link(target, at) {
  try {
    lstatSync(at);
    rmSync(at, { recursive: false, force: true });
  } catch {
    /* absent */
  }
  symlinkSync(target, at);
}

/** Returns the code-server entry script, installing it first when the cache is incomplete. */
export async function ensureCodeServer({ log = console.log } = {}) {
  await ensureDebianPackages();
  if (existsSync(MARKER) && existsSync(CODE_SERVER_BIN)) return CODE_SERVER_BIN;
  await withInstallLock(log, async () => {
    if (existsSync(MARKER) && existsSync(CODE_SERVER_BIN)) return; // another process finished while we waited
    const started = Date.now();
    log(`[setup] installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (a few minutes, once)`);
    // Built beside the cache and renamed into place, so a killed install never looks complete.
    const partial = `${CODE_SERVER_DIR}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    try {
      await install(partial, log);
      rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
      renameSync(partial, CODE_SERVER_DIR);
    } catch (e) {
      rmSync(partial, { recursive: true, force: true });
      throw new Error(
        `Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} failed; the npm registry must be reachable. ` +
          `Run the command again to retry.\n${e instanceof Error ? e.message : e}`,
      );
    }
    writeFileSync(MARKER, `${new Date().toISOString()}\n`);
    log(`[setup] code-server ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  return CODE_SERVER_BIN;
}

/** Runs `fn` holding a lock file that names its owner; a lock whose owner process is gone is taken over. */
async function withInstallLock(log, fn) {
  mkdirSync(CACHE_ROOT, { recursive: true });
  for (let waitedLogged = false; ; ) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if (e?.code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(LOCK, 'utf8')) || 0;
      if (!isAlive(owner)) {
        rmSync(LOCK, { force: true });
        continue;
      }
      if (!waitedLogged) log(`[setup] waiting for process ${owner}, which is installing code-server`);
      waitedLogged = true;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    await fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e?.code === 'EPERM';
  }
}

/** The steps of docs/architecture.md §Real VS Code without internet, in order. */
async function install(root, log) {
  mkdirSync(root, { recursive: true });
  const npmEnv = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  const npm = (args, cwd) => run('npm', args, { cwd, env: npmEnv, quiet: true });
  if (!existsSync(path.join(root, 'package.json'))) {
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'zoom-admin-code-server-cache', private: true }, null, 2));
  }
  // Scripts off: the postinstall refuses root and downloads ripgrep from GitHub; we do its work below.
  log('[setup] npm install code-server (scripts off)');
  await npm(['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save'], root);
  log('[setup] rebuilding argon2');
  await npm(['rebuild', 'argon2', '--build-from-source'], root);
  const vscodeDir = path.join(pkgDir(root), 'lib', 'vscode');
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
  const bin = path.join(pkgDir(root), 'out', 'node', 'entry.js');
  if (!existsSync(bin)) throw new Error(`npm finished but ${bin} is missing.`);
}

/**
 * Starts code-server on 127.0.0.1:`port` with the given profile (`...profileDirs()`); `env` reaches the
 * extension host. Installs it first if needed. Resolves with the child once the server answers.
 */
export async function startCodeServer({ port, root, userDataDir, extensionsDir, configDir = root ?? userDataDir, env = {}, onLog = () => {}, extraArgs = [] }) {
  const bin = await ensureCodeServer();
  const args = [
    bin,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    // Its own config.yaml (password, bind address) stays in the profile, out of ~/.config.
    '--config',
    path.join(configDir, 'code-server.yaml'),
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
  const args = [
    bin,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--config',
    path.join(configDir ?? userDataDir, 'code-server.yaml'),
    '--install-extension',
    vsix,
  ];
  return run(process.execPath, args, { quiet: true });
}
