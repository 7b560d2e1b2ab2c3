#!/usr/bin/env node
// `npm test`: lint, typecheck, build, unit tests, extension-host tests in real VS Code, and the end-to-end suite
// when the project has one. Every step runs; the run fails if any step fails or any suite ran zero tests.
import { spawn } from 'node:child_process';
import { MANIFEST, REPO_ROOT } from './lib/paths.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';
import { formatCounts, formatSuiteLine, parseSuiteLine } from './lib/suiteLine.mjs';

const npm = (script, ...args) => ['npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])]];
const node = (file, ...args) => [process.execPath, [file, ...args]];
const steps = [
  { name: 'lint', cmd: npm('lint') },
  { name: 'typecheck', cmd: npm('typecheck') },
  { name: 'build', cmd: npm('build') },
  { name: 'compile tests', cmd: npm('compile-tests') },
  { name: 'unit', cmd: node('scripts/run-unit-tests.mjs'), suite: true },
  { name: 'extension host', cmd: node('scripts/run-vscode-tests.mjs', '--no-build'), suite: true },
  // Added by the end-to-end suite (issue 7); its runner prints the same "N passed, N failed" line.
  ...(MANIFEST.scripts['test:e2e'] ? [{ name: 'end-to-end', cmd: npm('test:e2e'), suite: true }] : []),
];

/** Runs one step with its output shown live and kept for parsing. */
function runStep([cmd, args]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', (e) => resolve({ code: 1, out: `${out}\n${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

await ensureDependencies();
const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const { code, out } = await runStep(step.cmd);
  const counts = step.suite ? parseSuiteLine(out) : undefined;
  let problem = code !== 0 ? `exit ${code}` : '';
  if (step.suite && !counts) problem ||= 'printed no "N passed, N failed" line';
  else if (step.suite && counts.passed + counts.failed === 0) problem ||= 'ran zero tests';
  results.push({ ...step, counts, problem, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const r of results) {
  const counts = r.counts ? ` ${formatCounts(r.counts.passed, r.counts.failed)}` : '';
  console.log(`${r.problem ? 'FAIL' : 'ok  '} ${r.name.padEnd(15)} ${r.seconds.toFixed(1).padStart(6)} s${counts}${r.problem ? `  (${r.problem})` : ''}`);
}
const total = (k) => results.reduce((n, r) => n + (r.counts?.[k] ?? 0), 0);
console.log(formatSuiteLine('npm test', total('passed'), total('failed')));
process.exit(results.some((r) => r.problem) ? 1 : 0);
