#!/usr/bin/env node
// `npm run test:vscode [-- --grep <pattern>] [--no-build] [--keep] [--verbose]`: the extension-host suite (test/vscode) inside a
// real VS Code served by code-server, opened in headless Chromium, against the local Zoom simulator.
// Exits with the suite's code. See docs/architecture.md §Real VS Code without internet for why it is built this way.
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAll } from './lib/build.mjs';
import { startCodeServer } from './lib/codeServer.mjs';
import { launchChromium } from './lib/browser.mjs';
import { freePort, interrupted, onInterrupt, stopAll } from './lib/processes.mjs';
import { REPO_ROOT } from './lib/paths.mjs';
import { hostEnv, tempProfile, writeUserSettings } from './lib/profile.mjs';
import { startSimulator } from './lib/simulator.mjs';

const { values: opts } = parseArgs({
  options: {
    grep: { type: 'string', short: 'g' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false }, // also print the workbench's own start-up log
    keep: { type: 'boolean', default: false }, // keep the temp profile and logs for a post-mortem
    timeout: { type: 'string', default: String(15 * 60) }, // seconds, whole run
  },
});

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const profile = tempProfile('zoom-admin-vscode-test-');
// The simulator's log names its (fake) client secrets, so it stays in a file and never reaches test output.
const simLog = path.join(profile.root, 'simulator.log');
const serverLog = path.join(profile.root, 'code-server.log');
const logTo = (file) => (line) => appendFileSync(file, `${line}\n`);
let browser;

const cleanup = onInterrupt(async () => {
  await browser?.close().catch(() => {});
  await stopAll();
  if (!opts.keep) rmSync(profile.root, { recursive: true, force: true });
});

async function main() {
  if (!opts['no-build']) {
    console.log('[test:vscode] building dist/ and out/');
    await buildAll();
  }
  const sim = await startSimulator({ onLog: logTo(simLog) });
  console.log(`[test:vscode] simulator ${sim.url}`);
  await writeUserSettings(profile.userDataDir, sim.url);
  const port = await freePort();
  await startCodeServer({
    port,
    ...profile,
    env: hostEnv({ simUrl: sim.url, userDataDir: profile.userDataDir, grep: opts.grep }),
    onLog: logTo(serverLog),
  });
  console.log(`[test:vscode] code-server http://127.0.0.1:${port} (${elapsed()})`);

  browser = await launchChromium();
  const page = await browser.newPage();
  const exitCode = new Promise((resolve, reject) => {
    page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    page.on('crash', () => reject(new Error('the workbench page crashed')));
  });
  // Workbench and host log lines arrive here. Until the suite prints its first line they are the workbench
  // starting (kept for a failure report); from then on they are the suite's report.
  const startup = [];
  let suiteStarted = false;
  await page.exposeFunction('codeAutomationLog', (_type, message) => {
    const text = (Array.isArray(message) ? message.join(' ') : String(message)).replace(/\n$/, '');
    suiteStarted ||= text.startsWith('vscode.version');
    if (suiteStarted || opts.verbose) console.log(text);
    else startup.push(text);
  });
  exitCode
    .finally(() => {
      if (!suiteStarted && !opts.verbose) console.log(startup.join('\n'));
    })
    .catch(() => {});
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(REPO_ROOT)],
    ['extensionTestsPath', remote(path.join(REPO_ROOT, 'out', 'test', 'vscode', 'index.js'))],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(profile.workspaceDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { timeout: 180_000 }); // a busy machine can take minutes to serve the workbench
  return exitCode;
}

const timeoutMs = Number(opts.timeout) * 1000;
let code;
try {
  code = await Promise.race([
    main(),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`the whole run took longer than ${opts.timeout} s`)), timeoutMs).unref()),
  ]);
} catch (e) {
  if (interrupted()) await cleanup(); // the signal handler exits once cleanup is done
  console.error(`[test:vscode] FAILED: ${e instanceof Error ? e.message : e}`);
  code = 1;
}
if (code !== 0 && existsSync(serverLog)) {
  console.error(`[test:vscode] last lines of ${serverLog} (${opts.keep ? `the simulator's is ${simLog}` : '--keep keeps both logs'}):`);
  console.error(readFileSync(serverLog, 'utf8').trimEnd().split('\n').slice(-30).join('\n'));
}
console.log(`[test:vscode] exit ${code} after ${elapsed()}`);
await cleanup();
process.exit(code);
