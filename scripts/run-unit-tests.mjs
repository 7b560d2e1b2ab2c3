#!/usr/bin/env node
// `npm run test:unit`: every compiled out/test/unit/**/*.test.js under node:test (Node 20's --test takes no globs,
// so the files are listed here). Prints the spec report, then "unit: N passed, N failed"; fails on zero tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './lib/paths.mjs';
import { formatSuiteLine } from './lib/suiteLine.mjs';

const root = path.join(REPO_ROOT, 'out', 'test', 'unit');
const files = existsSync(root)
  ? readdirSync(root, { recursive: true })
      .filter((f) => f.endsWith('.test.js'))
      .sort()
      .map((f) => path.join(root, f))
  : [];
if (files.length === 0) {
  console.error(`No unit tests found under ${root}: run \`npm run compile-tests\` first.`);
  console.log(formatSuiteLine('unit', 0, 0));
  process.exit(1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'zoom-admin-unit-'));
const tap = path.join(tmp, 'report.tap');
// A per-test timeout: a test that hangs (a retry loop with no delay, a promise never settled)
// fails after 3 minutes instead of running into an out-of-memory crash.
const args = [
  '--test',
  '--test-timeout=180000',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...files,
];
const code = await new Promise((resolve) => spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit' }).on('close', resolve));
const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
rmSync(tmp, { recursive: true, force: true });
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled');
console.log(formatSuiteLine('unit', passed, failed));
process.exit(code !== 0 || failed > 0 || passed === 0 ? 1 : 0);
