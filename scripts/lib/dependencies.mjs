// Lets `npm start` and `npm test` work straight after a clone: installs the locked dependencies when absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { run } from './run.mjs';
import { REPO_ROOT } from './paths.mjs';

export async function ensureDependencies() {
  if (existsSync(path.join(REPO_ROOT, 'node_modules', '.package-lock.json'))) return;
  console.log('[setup] node_modules is missing: running `npm ci`');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: REPO_ROOT });
}
