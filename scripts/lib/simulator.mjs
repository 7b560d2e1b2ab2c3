// Starts the Zoom simulator CLI (test/sandbox/cli.ts, compiled) and reads the JSON line it prints first.
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnGroup } from './processes.mjs';
import { REPO_ROOT } from './paths.mjs';

export const SIM_CLI = path.join(REPO_ROOT, 'out', 'test', 'sandbox', 'cli.js');

/**
 * Resolves with `{ url, accounts, child }` once the simulator listens. `args` go to the CLI
 * (`--latency`, `--users`, ...); `onLog` receives its human-readable stderr lines.
 */
export function startSimulator({ args = [], onLog = () => {}, timeoutMs = 60_000 } = {}) {
  if (!existsSync(SIM_CLI)) {
    return Promise.reject(new Error(`The simulator is not built: ${SIM_CLI} is missing. Run \`npm run compile-tests\` (test/sandbox/cli.ts must exist).`));
  }
  const child = spawnGroup(process.execPath, [SIM_CLI, '--port', '0', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  createInterface({ input: child.stderr }).on('line', onLog);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The simulator printed no JSON line within ${timeoutMs / 1000} s.`)), timeoutMs);
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        const info = JSON.parse(line);
        if (typeof info.url !== 'string') throw new Error('no "url"');
        resolve({ url: info.url.replace(/\/$/, ''), accounts: info.accounts ?? [], child });
      } catch (e) {
        reject(new Error(`The simulator's first line is not the expected JSON ({"url", "accounts"}): ${e.message}: ${line.slice(0, 200)}`));
      }
      lines.on('line', onLog);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The simulator exited (code ${code}) before it was ready.`));
    });
  });
}
