// Builds what every harness runs: the development bundle (dist/) and the compiled tests and simulator (out/).
import { run } from './run.mjs';
import { REPO_ROOT } from './paths.mjs';

export async function buildAll({ quiet = true } = {}) {
  await run('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, quiet });
  await run('npm', ['run', '--silent', 'compile-tests'], { cwd: REPO_ROOT, quiet });
}
