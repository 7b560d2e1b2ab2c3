// Locks in place: a group settings document shows 🔒 exactly at the keys its group or its account
// locks (the simulator's lock settings, read directly), the hint saying who; the locks come with the
// document (one request each) and are fetched again when it is refreshed.
import * as assert from 'node:assert/strict';
import { getLocation } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { ZoomObjectRef } from '../../../src/objectRef';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, waitFor, type SimAccount } from '../auth/helpers';
import { closeAllEditors, row, simBody, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { sim } from '../sim';
import { truePaths, valueAt } from './helpers';

suite('Settings: locks in group settings', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let groups: ZoomObjectRef[];

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    const key = await signInAs(acme);
    groups = (await api.accounts.client(key).listGroups().all()).slice(0, 2).map((g) => ({ accountKey: key, type: 'group', id: g.id, name: g.name }));
  });

  teardown(() => closeAllEditors());

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  async function hints(doc: vscode.TextDocument): Promise<Map<string, string>> {
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const list = await waitFor('inlay hints', async () => {
      const got = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, full);
      return got.length ? got : undefined;
    });
    const out = new Map<string, string>();
    for (const hint of list) {
      const label = typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
      const path = getLocation(doc.getText(), doc.offsetAt(hint.position) + 1).path.join('.');
      const tooltip = typeof hint.tooltip === 'string' ? hint.tooltip : (hint.tooltip?.value ?? '');
      out.set(path, `${label} ${tooltip}`);
    }
    return out;
  }

  /** The keys of the document that either lock body marks true, from the simulator directly. */
  async function expectedLocks(group: ZoomObjectRef, text: string, option?: string): Promise<{ account: Set<string>; group: Set<string> }> {
    const body = JSON.parse(text) as unknown;
    const present = (paths: string[][]) =>
      new Set(paths.filter((p) => valueAt(body, p.slice(0, -1)) !== undefined && valueAt(body, p) !== undefined).map((p) => p.join('.')));
    return {
      account: present(truePaths(JSON.parse(await simBody(acme, '/accounts/me/lock_settings', { option })))),
      group: present(truePaths(JSON.parse(await simBody(acme, `/groups/${group.id}/lock_settings`, { option })))),
    };
  }

  for (const option of [undefined, 'meeting_security'] as const) {
    test(`${option ?? 'all settings'}: 🔒 exactly at the keys the group or the account locks, saying who`, async () => {
      const group = groups[0];
      const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openGroupSettings', row(group), option ? { option } : {});
      const doc = await vscode.workspace.openTextDocument(uri);
      const expected = await expectedLocks(group, doc.getText(), option);
      const all = new Set([...expected.account, ...expected.group]);
      assert.ok(expected.account.size > 0 && expected.group.size > 0, `both levels lock something here (${expected.account.size}, ${expected.group.size})`);
      const got = await hints(doc);
      assert.deepEqual([...got.keys()].sort(), [...all].sort(), 'a hint at each locked key and nowhere else');
      for (const [path, text] of got) {
        assert.ok(text.startsWith('🔒 '), `${path}: ${text}`);
        assert.equal(/Locked by the account/.test(text), expected.account.has(path), `${path} account lock named: ${text}`);
        assert.equal(/Locked by the group/.test(text), expected.group.has(path), `${path} group lock named: ${text}`);
      }
    });
  }

  test('the locks come with the document (3 requests) and are fetched again on refresh; other views have none', async () => {
    const group = groups[1];
    await sim.clearRequests();
    // A field filter no other test opens: a document no earlier suite left in the cache.
    const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openGroupSettings', row(group), { fields: ['waiting_room', 'chat', 'host_video'] });
    await vscode.workspace.openTextDocument(uri); // its load includes the locks
    const api = (await sim.requests())
      .filter((r) => r.path.startsWith('/v2/'))
      .map((r) => r.path)
      .sort();
    assert.deepEqual(
      api,
      ['/v2/accounts/me/lock_settings', `/v2/groups/${group.id}/lock_settings`, `/v2/groups/${group.id}/settings`],
      'the settings and both lock settings, once each',
    );
    await sim.clearRequests();
    await vscode.commands.executeCommand('zoomAdmin.refreshDocument', uri);
    const again = (await sim.requests())
      .filter((r) => r.path.startsWith('/v2/'))
      .map((r) => r.path)
      .sort();
    assert.deepEqual(again, api, 'refresh re-reads the settings and both lock settings');
    const auth = await vscode.workspace.openTextDocument(
      await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openGroupSettings', row(group), { option: 'meeting_authentication' }),
    );
    const none = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      auth.uri,
      new vscode.Range(0, 0, auth.lineCount, 0),
    );
    assert.deepEqual(none, [], 'Zoom has no lock settings for the authentication views');
  });
});
