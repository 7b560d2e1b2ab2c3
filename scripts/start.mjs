#!/usr/bin/env node
// `npm start [-- --port N] [--no-build]`: the extension in a real VS Code (code-server, http://127.0.0.1:N) against the local
// Zoom simulator's demo world, with a persistent profile so a sign-in survives restarts. Ctrl-C stops it all.
import { appendFileSync, lstatSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDependencies } from './lib/dependencies.mjs';
import { buildAll } from './lib/build.mjs';
import { startCodeServer } from './lib/codeServer.mjs';
import { CACHE_ROOT, EXTENSION_FOLDER, REPO_ROOT } from './lib/paths.mjs';
import { freePort, onInterrupt, stopAll } from './lib/processes.mjs';
import { hostEnv, profileDirs, writeUserSettings } from './lib/profile.mjs';
import { startSimulator } from './lib/simulator.mjs';

const { values: opts } = parseArgs({ options: { port: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
let stopping = false;
onInterrupt(() => {
  stopping = true;
  return stopAll();
});

async function portToUse() {
  if (opts.port) return Number(opts.port);
  return (await isFree(8080)) ? 8080 : freePort();
}
async function isFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
    return false;
  } catch {
    return true;
  }
}

/** Installs the working tree as an extension by a symlink, so a rebuild plus a window reload picks up changes. */
function linkExtension(extensionsDir) {
  const link = path.join(extensionsDir, EXTENSION_FOLDER);
  try {
    lstatSync(link);
    rmSync(link, { recursive: true, force: true });
  } catch {
    /* absent */
  }
  symlinkSync(REPO_ROOT, link, 'dir');
}

try {
  await ensureDependencies();
  if (!opts['no-build']) {
    console.log('[start] building');
    await buildAll();
  }
  const profile = profileDirs(path.join(CACHE_ROOT, 'start-profile'));
  const simLog = path.join(profile.root, 'simulator.log');
  writeFileSync(simLog, '');
  const sim = await startSimulator({ onLog: (line) => appendFileSync(simLog, `${line}\n`) });
  await writeUserSettings(profile.userDataDir, sim.url);
  linkExtension(profile.extensionsDir);
  const port = await portToUse();
  const server = await startCodeServer({
    port,
    ...profile,
    env: hostEnv({ simUrl: sim.url, userDataDir: profile.userDataDir }),
  });
  for (const child of [sim.child, server]) {
    child.once('exit', async (code) => {
      if (stopping) return;
      stopping = true;
      console.error(`[start] a server stopped unexpectedly (exit ${code}); stopping everything.`);
      await stopAll();
      process.exit(1);
    });
  }
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(profile.workspaceDir)}`;
  const kind = (a) => (a.master ? 'master account' : a.parentAccountId ? `sub account of ${a.parentAccountId}` : 'plain account');
  const demo = sim.accounts
    .map((a) =>
      [
        `  ${a.name}: ${kind(a)}, ${a.users?.total ?? '?'} users, ${a.groups ?? '?'} groups`,
        `    Account ID:    ${a.accountId}`,
        `    Client ID:     ${a.clientId}`,
        `    Client Secret: ${a.clientSecret}`,
      ].join('\n'),
    )
    .join('\n');
  console.log(`
Zoom Admin Explorer is running in VS Code (code-server) against the local Zoom simulator.

  Open: ${url}

Sign in (the simulator's demo apps; fake, local values):
${demo}

  1. Click the Zoom icon in the activity bar (left).
  2. Click "Sign In" in the Zoom view (or run "Zoom: Sign In" from the command palette, Ctrl+Shift+P)
     and choose "Server-to-Server OAuth app".
  3. Paste the Account ID, Client ID and Client Secret of one account above (Acme Corporation shows the most).
     Its users, groups, roles and sub accounts appear in the tree.

Simulator: ${sim.url} (log: ${simLog})   Profile: ${profile.root}
Press Ctrl-C to stop.`);
} catch (e) {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  await stopAll();
  process.exit(1);
}
