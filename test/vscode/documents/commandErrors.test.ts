// Issue 17 item 10: a command that opens a document of an object Zoom no longer has shows the
// extension's own message first (the object's name, Zoom's code, what to do), never VS Code's
// "cannot open zoom-admin:/…" with the percent-encoded URI.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ZoomObjectRef } from '../../../src/objectRef';
import { logContaining, rememberSimSecrets, signInAs, signOutAll, simAccount } from '../auth/helpers';
import { sim } from '../sim';
import { closeAllEditors, row, startDocumentsSignedOut, tabsShowing, type DocumentsExports } from './helpers';

/** Records the error messages shown while `run` runs (and answers them as dismissed). */
async function errorsShownBy(run: () => Thenable<unknown>): Promise<string[]> {
  const window = vscode.window as { showErrorMessage: unknown };
  const original = window.showErrorMessage;
  const shown: string[] = [];
  window.showErrorMessage = async (message: string) => {
    shown.push(message);
    return undefined;
  };
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 200)); // messages are shown without awaiting
  } finally {
    window.showErrorMessage = original;
  }
  return shown;
}

suite('Documents: commands on deleted objects say so in their own words', () => {
  let api: DocumentsExports;
  let deleted: ZoomObjectRef;
  let other: ZoomObjectRef;

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    const key = await signInAs(await simAccount('acme-master-001'));
    const [a, b] = await api.accounts.client(key).listGroups().all();
    // A name with spaces and a non-ASCII character: the URI would show them percent-encoded.
    deleted = { accountKey: key, type: 'group', id: a.id, name: 'Team 02 · Sales' };
    other = { accountKey: key, type: 'group', id: b.id, name: b.name };
  });

  setup(async () => {
    await sim.addFault({
      match: { method: 'GET', path: `/v2/groups/${deleted.id}/settings` },
      times: 0,
      action: { kind: 'status', status: 404, body: { code: 4130, message: `A group with this ${deleted.id} does not exist.` } },
    });
  });

  teardown(async () => {
    await sim.clearFaults();
    await closeAllEditors();
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  function assertOwnMessage(shown: string[]): void {
    assert.equal(shown.length, 1, `one message: ${JSON.stringify(shown)}`);
    const [message] = shown;
    assert.ok(!/zoom-admin:|%20|%C2%B7/i.test(message), `no URI: ${message}`);
    assert.ok(message.includes('Team 02 · Sales') && message.includes(deleted.id!), `names the group: ${message}`);
    assert.match(message, /4130/, "carries Zoom's code");
    assert.match(message, /refresh the Zoom view/, `says what to do: ${message}`);
  }

  test('Open Group Settings of a deleted group', async () => {
    let opened: unknown;
    const shown = await errorsShownBy(async () => {
      opened = await vscode.commands.executeCommand('zoomAdmin.openGroupSettings', row(deleted), {});
    });
    assert.equal(opened, undefined);
    assertOwnMessage(shown);
    assert.deepEqual(
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'zoom-admin'),
      [],
    );
  });

  test('Compare Group Settings with a deleted group', async () => {
    let opened: unknown;
    const shown = await errorsShownBy(async () => {
      opened = await vscode.commands.executeCommand('zoomAdmin.compareGroupSettings', row(other), row(deleted), {});
    });
    assert.equal(opened, undefined);
    assertOwnMessage(shown);
  });

  test('the command registry logs the failure by command id, with its code and without the group name', async () => {
    const shown = await errorsShownBy(() => vscode.commands.executeCommand('zoomAdmin.showGroupOverrides', row(deleted), {}));
    assert.equal(shown.length, 1, `one message: ${JSON.stringify(shown)}`);
    const marker = 'zoomAdmin.showGroupOverrides failed';
    const line = (await logContaining(api, marker)).split('\n').find((l) => l.includes(marker)) ?? '';
    assert.match(line, /FileNotFound/);
    assert.ok(!line.includes('Team 02'), `no name in the log: ${line}`);
  });

  test('a group that is back is fetched fresh by the next command, not from a failed attempt', async () => {
    const shown = await errorsShownBy(() => vscode.commands.executeCommand('zoomAdmin.openGroupSettings', row(deleted), {}));
    assert.equal(shown.length, 1);
    await sim.clearFaults();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openGroupSettings', row(deleted), {});
    assert.ok(uri);
    assert.equal(tabsShowing(uri).length, 1);
    assert.ok(vscode.window.activeTextEditor?.document.getText().trim().startsWith('{'));
  });
});
