// src/zoom runs in plain Node: no file there imports `vscode`, and the compiled client loads
// in a Node process where `vscode` does not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('no file in src/zoom imports vscode', () => {
  const files = sources(join(root, 'src/zoom'));
  assert.ok(files.length >= 10, `found the client sources (${files.length})`);
  const importsVscode = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]vscode(?:\/[^'"]*)?['"]/;
  const offenders = files.filter((f) => importsVscode.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
  assert.ok(importsVscode.test("import * as vscode from 'vscode';"), 'the pattern does catch an import');
});

test('the compiled client loads in plain Node, where vscode cannot be resolved', () => {
  const entry = join(root, 'out/src/zoom/index.js');
  const script = `
    let vscode = true; try { require.resolve('vscode'); } catch { vscode = false; }
    const zoom = require(${JSON.stringify(entry)});
    process.stdout.write(JSON.stringify({ vscode, exports: Object.keys(zoom).sort() }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as { vscode: boolean; exports: string[] };
  assert.equal(out.vscode, false, 'vscode must not be resolvable in this process');
  for (const name of ['ZoomClient', 'S2STokenSource', 'StaticTokenSource', 'requestS2SToken', 'ZoomApiError', 'checkBaseUrl', 'paths']) {
    assert.ok(out.exports.includes(name), `exports ${name}`);
  }
});
