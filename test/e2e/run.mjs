#!/usr/bin/env node
// `npm run test:e2e [-- --lang en|zh-cn] [--no-package] [--keep]`: packages the .vsix, installs it with
// `code-server --install-extension` into a throwaway profile, and runs test/e2e/scenario.ts in headless
// Chromium against the simulator, once per display language. Screenshots go to test-results/e2e/.
// Prints `e2e: N passed, N failed` last and exits non-zero when anything failed.
import { existsSync, lstatSync, mkdirSync, appendFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { ensureCodeServer, installVsix, startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { EXTENSION_FOLDER, MANIFEST, REPO_ROOT } from '../../scripts/lib/paths.mjs';
import { freePort, onInterrupt, stopAll } from '../../scripts/lib/processes.mjs';
import { tempProfile, writeUserSettings } from '../../scripts/lib/profile.mjs';
import { run } from '../../scripts/lib/run.mjs';
import { startSimulator } from '../../scripts/lib/simulator.mjs';
import { formatSuiteLine } from '../../scripts/lib/suiteLine.mjs';
import { shrinkPng } from '../../scripts/lib/pngPalette.mjs';
import { VSIX_PATH, vsixProblems, vsixSizeKiB } from '../../scripts/lib/vsix.mjs';
import { useDisplayLanguage } from './displayLanguage.mjs';
import { packProbe } from './probe/pack.mjs';

const { values: opts } = parseArgs({
  options: {
    lang: { type: 'string', multiple: true },
    'no-package': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false }, // keep profiles and server logs for a post-mortem
    'readme-screenshots': { type: 'boolean', default: false }, // retake media/screenshots/ for the README
  },
});
const languages = opts.lang ?? ['en', 'zh-cn'];
const SHOTS = path.join(REPO_ROOT, 'test-results', 'e2e');
const README_SHOTS = path.join(REPO_ROOT, 'media', 'screenshots');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const results = [];
const profiles = [];
let browser;
/** The exports probe's .vsix (test/e2e/probe), installed beside the extension's in every run. */
let probe;

let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await stopAll();
    if (!opts.keep) for (const p of profiles) rmSync(p.root, { recursive: true, force: true });
    probe?.remove();
  })();
  return cleaning;
}
onInterrupt(cleanup);

/** A check of the runner itself, reported like a scenario step. */
function record(name, problem) {
  results.push({ name, ok: !problem, ...(problem ? { error: problem } : {}) });
  console.log(problem ? `  ✗ ${name}\n      ${problem.split('\n').join('\n      ')}` : `  ✓ ${name}`);
}

/** One display language: fresh simulator, profile, code-server with the .vsix installed, and browser. */
async function runLanguage(language, runScenario) {
  console.log(`\n[e2e] ${language}`);
  const profile = tempProfile(`zoom-admin-e2e-${language}-`);
  profiles.push(profile);
  const log = path.join(profile.root, 'servers.log');
  const logTo = (prefix) => (line) => appendFileSync(log, `${prefix} ${line}\n`);
  const sim = await startSimulator({ onLog: logTo('[sim]') });
  process.env.ZOOM_SIM_URL = sim.url; // test/vscode/sim.ts reads it
  // A click only selects a folder row; the keyboard opens it. A click that lands on a neighbour while
  // the list re-renders then selects the wrong row (and is retried) instead of opening a folder.
  await writeUserSettings(profile.userDataDir, sim.url, { 'workbench.tree.expandMode': 'doubleClick' });

  await installVsix(VSIX_PATH, { ...profile, configDir: profile.root });
  // Another extension, as any user may have installed: the scenario has it walk our exports.
  await installVsix(probe.vsix, { ...profile, configDir: profile.root });
  const installed = path.join(profile.extensionsDir, EXTENSION_FOLDER);
  record(
    `${language}: code-server --install-extension put the packaged copy in the extensions dir`,
    !existsSync(path.join(installed, MANIFEST.main))
      ? `${installed}/${MANIFEST.main} is missing`
      : lstatSync(installed).isSymbolicLink()
        ? `${installed} is a symlink, not an installed copy`
        : existsSync(path.join(installed, 'src'))
          ? `${installed} holds the sources: it is not the packaged .vsix`
          : undefined,
  );

  const port = await freePort();
  const extraArgs = language === 'en' ? [] : useDisplayLanguage(profile.userDataDir, language);
  await startCodeServer({ port, ...profile, configDir: profile.root, extraArgs, onLog: logTo('[code-server]') });
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 }, // wide enough for a side-by-side diff next to the sidebar
    locale: language === 'en' ? 'en-US' : language,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const workbenchUrl = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(profile.workspaceDir)}`;
  const readmeShotsDir = opts['readme-screenshots'] ? README_SHOTS : undefined;
  results.push(
    ...(await runScenario({
      page,
      language,
      workbenchUrl,
      shotsDir: SHOTS,
      userDataDir: profile.userDataDir,
      workspaceDir: profile.workspaceDir,
      readmeShotsDir,
    })),
  );
  await browser.close();
  browser = undefined;
  await stopAll();
  if (results.some((r) => !r.ok) && existsSync(log)) console.log(`      server logs: ${log}${opts.keep ? '' : ' (deleted at exit; --keep keeps it)'}`);
}

async function main() {
  if (!opts['no-package']) {
    console.log('[e2e] npm run package');
    await run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package.mjs')], { cwd: REPO_ROOT, quiet: true });
  }
  await run('npm', ['run', '--silent', 'compile-tests'], { cwd: REPO_ROOT, quiet: true });
  probe = await packProbe();
  const problems = existsSync(VSIX_PATH) ? vsixProblems() : [`${VSIX_PATH} does not exist: run npm run package`];
  record(`the .vsix (${existsSync(VSIX_PATH) ? vsixSizeKiB().toFixed(1) : '?'} KiB) holds only what ships`, problems.join('\n') || undefined);
  if (!existsSync(VSIX_PATH)) return;
  await ensureCodeServer();
  rmSync(SHOTS, { recursive: true, force: true }); // only this run's screenshots
  mkdirSync(SHOTS, { recursive: true });
  const { runScenario } = await import(pathToFileURL(path.join(REPO_ROOT, 'out', 'test', 'e2e', 'scenario.js')).href);
  for (const language of languages) await runLanguage(language, runScenario);
  if (opts['readme-screenshots']) {
    // Palette PNGs: a third of the size, and they ship inside the .vsix.
    for (const name of readdirSync(README_SHOTS).filter((n) => n.endsWith('.png'))) {
      const file = path.join(README_SHOTS, name);
      if (statSync(file).mtimeMs < started) continue;
      const { before, after } = await shrinkPng(file);
      console.log(`[e2e] media/screenshots/${name}: ${(after / 1024).toFixed(0)} KiB (was ${(before / 1024).toFixed(0)} KiB)`);
    }
  }
}

try {
  await main();
} catch (e) {
  record('the end-to-end run itself', e instanceof Error ? e.message : String(e));
}
await cleanup();
const passed = results.filter((r) => r.ok).length;
const failed = results.filter((r) => !r.ok && !r.skipped).length;
const skipped = results.filter((r) => r.skipped).length;
console.log(`\n[e2e] ${elapsed()} wall time; screenshots in ${path.relative(REPO_ROOT, SHOTS)}/${skipped ? `; ${skipped} steps skipped after a failure` : ''}`);
console.log(formatSuiteLine('e2e', passed, failed));
process.exit(failed || skipped || passed === 0 ? 1 : 0);
