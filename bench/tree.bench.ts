// `npm run bench -- tree`: the directory tree inside a real VS Code (code-server) against the
// simulator: time and requests to show the first page of Users, and to load every one of 100,000
// users into the tree, with the extension host's memory before and after. The measuring code runs
// in the extension host (test/vscode/tree/bench.test.ts); this process starts the harness with
// ZOOM_BENCH set, relays its "BENCH {json}" lines as tables, and fails if the harness fails.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { printTable } from './harness';

const repo = join(__dirname, '..', '..');
const child = spawn(process.execPath, [join(repo, 'scripts', 'run-vscode-tests.mjs'), '--grep', 'tree bench'], {
  cwd: repo,
  env: { ...process.env, ZOOM_BENCH: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const results: Record<string, unknown>[] = [];
createInterface({ input: child.stdout! }).on('line', (line) => {
  const at = line.indexOf('BENCH {');
  if (at >= 0) results.push(JSON.parse(line.slice(at + 'BENCH '.length)) as Record<string, unknown>);
  else if (/failing|passing|^\s+\d+\)|Error/.test(line)) console.log(line);
});

child.on('close', (code) => {
  for (const result of results) {
    const { name, ...values } = result;
    console.log(`\n${String(name)}`);
    printTable(['measure', 'value'], Object.entries(values).map(([k, v]) => [k, String(v)]));
  }
  if (code !== 0 || results.length === 0) {
    console.error(`tree bench: the extension-host run ${code !== 0 ? `exited with ${code}` : 'printed no results'}`);
    process.exit(1);
  }
});
