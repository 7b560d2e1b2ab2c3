// Mocha entry point run inside the VS Code extension host (extensionTestsPath points at its compiled form).
// The entry of the code-server runner (scripts/run-vscode-tests.mjs); @vscode/test-cli (.vscode-test.mjs) loads
// the same files with its own mocha runner and the same options.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Test files in path order, except that activation runs first: it must observe a host where nothing woke the extension. */
function testFiles(root: string): string[] {
  const files = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => path.join(root, f))
    .sort();
  const first = path.join(root, 'activation.test.js');
  return files.includes(first) ? [first, ...files.filter((f) => f !== first)] : files;
}

export async function run(): Promise<void> {
  // Reporters log printf-style; the host forwards console arguments unformatted, so format here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  console.log(`vscode.version ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost})`);
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    ...(process.env.ZOOM_TEST_GREP ? { grep: process.env.ZOOM_TEST_GREP } : {}),
  });
  for (const f of testFiles(__dirname)) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 0 } as Mocha.Stats)));
  });
  // test-all.mjs reads this exact line.
  console.log(`vscode: ${stats.passes} passed, ${stats.failures} failed`);
  if (stats.failures > 0) throw new Error(`${stats.failures} extension-host test(s) failed.`);
  if (stats.passes === 0) throw new Error('No extension-host test ran (check --grep and out/test/vscode/**/*.test.js).');
}
