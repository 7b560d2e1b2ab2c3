// Open Account Settings / Open Account Lock Settings from the account row and a sub account row, in
// each view, and Open User Settings from a user row: exactly what the simulator serves, titled by the
// account or user, with the spec's documentation on hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { activeTab, closeAllEditors, row, simBody, squeeze, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { hoverText } from './helpers';

suite('Settings: account and user settings documents', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let key: string;

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    key = await signInAs(acme);
  });

  teardown(() => closeAllEditors());

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  const views = [{}, { option: 'security' }, { option: 'meeting_security' }, { option: 'meeting_authentication' }, { fields: ['host_video', 'waiting_room'] }];
  for (const view of views) {
    test(`account settings ${JSON.stringify(view)} from the account row: the simulator's JSON`, async () => {
      const accountRow = api.tree.accountNode(key);
      assert.ok(accountRow, 'the account row');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openAccountSettings', accountRow, view);
      const doc = await vscode.workspace.openTextDocument(uri);
      const query = { option: (view as { option?: string }).option, custom_query_fields: (view as { fields?: string[] }).fields?.join(',') };
      assert.equal(squeeze(doc.getText()), squeeze(await simBody(acme, '/accounts/me/settings', query)));
      assert.equal(activeTab()?.label, `${accountRow.ref.name} · settings.json`);
    });
  }

  test("account lock settings, and a sub account's settings from its row (/accounts/{id}/…)", async () => {
    const locks = await vscode.workspace.openTextDocument(
      await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openAccountLockSettings', row({ accountKey: key, type: 'account' }), {}),
    );
    assert.equal(squeeze(locks.getText()), squeeze(await simBody(acme, '/accounts/me/lock_settings')));
    assert.match(await hoverText(locks, ['in_meeting', 'chat']), /Type: `boolean`/);
    const east = { accountKey: key, subAccountId: 'acme-sub-east', type: 'subAccount' as const, id: 'acme-sub-east', name: 'Acme East' };
    const sub = await vscode.workspace.openTextDocument(
      await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openAccountSettings', row(east), { option: 'meeting_security' }),
    );
    assert.equal(squeeze(sub.getText()), squeeze(await simBody(acme, '/accounts/acme-sub-east/settings', { option: 'meeting_security' })));
    assert.notEqual(
      squeeze(sub.getText()),
      squeeze(await simBody(acme, '/accounts/me/settings', { option: 'meeting_security' })),
      "the sub account's own settings",
    );
  });

  test("user settings from a user row: the simulator's JSON, each key documented", async () => {
    const [user] = (JSON.parse(await simBody(acme, '/users', { page_size: '1' })) as { users: { id: string }[] }).users;
    const uri = await vscode.commands.executeCommand<vscode.Uri>(
      'zoomAdmin.openUserSettings',
      row({ accountKey: key, type: 'user', id: user.id, name: 'Jane' }),
      {},
    );
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(squeeze(doc.getText()), squeeze(await simBody(acme, `/users/${user.id}/settings`)));
    assert.equal(activeTab()?.label, 'Jane · settings.json');
    assert.match(await hoverText(doc, ['schedule_meeting', 'host_video']), /Type: `boolean`/);
  });
});
