// What a group overrides: Compare with Account Settings opens the account's settings against the
// group's in a diff; Show Overrides lists exactly the keys where they differ, with both values.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ZoomObjectRef } from '../../../src/objectRef';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { activeTab, closeAllEditors, row, simBody, squeeze, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { valueAt, type Json } from './helpers';

/** Leaves (non-object values) of a body, as dotted paths. */
function leaves(body: unknown, prefix: string[] = []): string[][] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [prefix];
  return Object.entries(body).flatMap(([k, v]) => leaves(v, [...prefix, k]));
}

suite('Settings: what a group overrides', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let group: ZoomObjectRef;

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    const key = await signInAs(acme);
    const [g] = await api.accounts.client(key).listGroups().all();
    group = { accountKey: key, type: 'group', id: g.id, name: g.name };
  });

  teardown(() => closeAllEditors());

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test("Compare with Account Settings: a diff of the account's settings (left) and the group's (right), same view", async () => {
    const result = await vscode.commands.executeCommand<[vscode.Uri, vscode.Uri]>('zoomAdmin.compareWithAccountSettings', row(group), {
      option: 'meeting_security',
    });
    assert.ok(result, 'the command opened nothing');
    const input = activeTab()?.input;
    assert.ok(input instanceof vscode.TabInputTextDiff, 'the active tab is a diff');
    assert.equal(input.original.toString(), result[0].toString());
    assert.equal(input.modified.toString(), result[1].toString());
    const [left, right] = await Promise.all(result.map((u) => vscode.workspace.openTextDocument(u)));
    assert.equal(squeeze(left.getText()), squeeze(await simBody(acme, '/accounts/me/settings', { option: 'meeting_security' })));
    assert.equal(squeeze(right.getText()), squeeze(await simBody(acme, `/groups/${group.id}/settings`, { option: 'meeting_security' })));
    assert.match(activeTab()?.label ?? '', new RegExp(`${group.name} · Meeting security`));
  });

  for (const view of [{}, { option: 'meeting_security' }] as const) {
    test(`Show Overrides (${'option' in view ? view.option : 'all settings'}): exactly the keys where group and account differ, each with both values`, async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.showGroupOverrides', row(group), view);
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.languageId, 'json');
      const option = 'option' in view ? view.option : undefined;
      const account = JSON.parse(await simBody(acme, '/accounts/me/settings', { option })) as Json;
      const groupBody = JSON.parse(await simBody(acme, `/groups/${group.id}/settings`, { option })) as Json;
      const differing = leaves(groupBody).filter((p) => {
        const theirs = valueAt(account, p.slice(0, -1));
        if (!theirs || typeof theirs !== 'object' || !Object.hasOwn(theirs, p[p.length - 1])) return false;
        const a = valueAt(account, p);
        return !(a && typeof a === 'object' && !Array.isArray(a)) && JSON.stringify(a) !== JSON.stringify(valueAt(groupBody, p));
      });
      assert.ok(differing.length > 0, 'the group differs from the account somewhere');
      const shown = JSON.parse(doc.getText()) as Json;
      const listed = leaves(shown)
        .filter((p) => p[p.length - 1] === 'group')
        .map((p) => p.slice(0, -1));
      assert.deepEqual(listed.map((p) => p.join('.')).sort(), differing.map((p) => p.join('.')).sort());
      for (const p of differing) {
        assert.deepEqual(valueAt(shown, p), { account: valueAt(account, p), group: valueAt(groupBody, p) }, p.join('.'));
      }
      assert.equal(activeTab()?.label, `${group.name} · overrides.json`);
    });
  }
});
