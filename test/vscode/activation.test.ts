// The extension wakes only when its view opens, then registers every command its manifest declares.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'zoom-admin-tools.zoom-admin-explorer';

interface Exports {
  activationMs: number;
}

async function becomesActive(ext: vscode.Extension<unknown>): Promise<boolean> {
  // Activation is asynchronous after the view opens; wait for it without asserting on how long it took.
  for (let i = 0; i < 300 && !ext.isActive; i++) await new Promise((r) => setTimeout(r, 100));
  return ext.isActive;
}

suite('activation', () => {
  test(`runs inside VS Code (vscode.version ${vscode.version}) that the manifest's engines accept`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded in this VS Code`);
    const [major, minor] = vscode.version.split('.').map(Number);
    const wanted = /\^1\.(\d+)\./.exec(ext.packageJSON.engines.vscode);
    assert.ok(wanted, `engines.vscode ${ext.packageJSON.engines.vscode} is not a ^1.x range`);
    assert.ok(major === 1 && minor >= Number(wanted[1]), `VS Code ${vscode.version} is older than engines.vscode ${ext.packageJSON.engines.vscode}`);
  });

  test('never activates at startup', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    assert.deepEqual(
      events.filter((e) => e === '*' || e === 'onStartupFinished'),
      [],
    );
    assert.equal(ext.isActive, false, 'the extension was active before its view opened');
  });

  test('opening the Zoom view activates it', async () => {
    const ext = vscode.extensions.getExtension<Exports>(EXTENSION_ID)!;
    await vscode.commands.executeCommand('workbench.view.extension.zoomAdmin');
    assert.equal(await becomesActive(ext), true, 'opening the Zoom view did not activate the extension');
    assert.ok(ext.exports, 'activate() returned nothing: it probably threw (see the extension host output above)');
    assert.equal(typeof ext.exports.activationMs, 'number');
    assert.ok(ext.exports.activationMs > 0, `activationMs is ${ext.exports.activationMs}`);
    console.log(`activationMs ${ext.exports.activationMs.toFixed(1)} (VS Code ${vscode.version})`);
  });

  test('registers every command the manifest declares', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate(); // no-op after the test above; lets `--grep commands` run this one alone
    const declared: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(declared.length > 0, 'the manifest declares no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      declared.filter((id) => !registered.has(id)),
      [],
      'declared in package.json but not registered',
    );
  });
});
