// Explain Setting on a user's settings names the deciding level in each case: a key the account
// locks (account), a key one of the user's groups locks (that group), a key nobody locks (the user).
// The cases are found from the simulator's own lock settings, read directly.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Explanation } from '../../../src/settings/explain';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { closeAllEditors, row, simBody, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { truePaths, valueAt, type Json } from './helpers';

const locks = (body: Json | undefined, p: string[]) => !!body && p.some((_, i) => valueAt(body, p.slice(0, i + 1)) === true);

suite('Settings: Explain Setting', () => {
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

  async function explainOn(uri: vscode.Uri, path: string[]): Promise<{ explanation: Explanation; text: string }> {
    const explanation = await vscode.commands.executeCommand<Explanation | undefined>('zoomAdmin.explainSetting', uri, path);
    assert.ok(explanation, `no explanation for ${path.join('.')}`);
    const shown = vscode.window.activeTextEditor;
    assert.equal(shown?.document.uri.scheme, 'zoom-admin-explain', 'the explanation is shown beside the document');
    assert.equal(shown.document.languageId, 'markdown');
    return { explanation, text: shown.document.getText() };
  }

  test("a user's setting: decided by the account lock, by a group lock, or by the user's own value", async () => {
    const users = (JSON.parse(await simBody(acme, '/users', { page_size: '300' })) as { users: { id: string; group_ids: string[]; first_name: string }[] })
      .users;
    const accountLocks = JSON.parse(await simBody(acme, '/accounts/me/lock_settings')) as Json;
    // A user whose groups lock a key the account does not lock, present in the user's settings.
    for (const user of users.filter((u) => u.group_ids.length > 0)) {
      const body = JSON.parse(await simBody(acme, `/users/${user.id}/settings`)) as Json;
      const groupLocks = await Promise.all(user.group_ids.map(async (g) => JSON.parse(await simBody(acme, `/groups/${g}/lock_settings`)) as Json));
      const present = (p: string[]) =>
        valueAt(body, p) !== undefined && (valueAt(body, p) === null || typeof valueAt(body, p) !== 'object' || Array.isArray(valueAt(body, p)));
      const byGroup = groupLocks.flatMap((l) => truePaths(l)).find((p) => present(p) && !locks(accountLocks, p));
      if (!byGroup) continue;
      const byAccount = truePaths(accountLocks).find(present);
      const leaves = (b: unknown, prefix: string[] = []): string[][] =>
        b && typeof b === 'object' && !Array.isArray(b) ? Object.entries(b).flatMap(([k, v]) => leaves(v, [...prefix, k])) : [prefix];
      const byUser = leaves(body).find((p) => !locks(accountLocks, p) && !groupLocks.some((l) => locks(l, p)));
      assert.ok(byAccount && byUser, 'the user has keys of each case');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openUserSettings', row({ accountKey: key, type: 'user', id: user.id }), {});

      const a = await explainOn(uri, byAccount);
      assert.deepEqual(a.explanation.decidedBy, { level: 'account', why: 'accountLock' }, byAccount.join('.'));
      assert.match(a.text, /Decided by: Account\*\* \(the account locks this setting/);

      const firstLocking = user.group_ids.find((_, i) => locks(groupLocks[i], byGroup));
      const g = await explainOn(uri, byGroup);
      assert.deepEqual(g.explanation.decidedBy, { level: 'group', id: firstLocking, why: 'groupLock' }, byGroup.join('.'));
      assert.match(g.text, new RegExp(`Decided by: Group .*${firstLocking}.*\\*\\* \\(the group locks this setting for its members\\)`));
      assert.equal(g.explanation.levels.filter((l) => l.level === 'group').length, user.group_ids.length, 'every group of the user is a level');

      const u = await explainOn(uri, byUser);
      assert.deepEqual(u.explanation.decidedBy, { level: 'user', why: 'ownValue' }, byUser.join('.'));
      assert.match(u.text, /Decided by: User/);
      assert.deepEqual(u.explanation.levels.at(-1)?.value, valueAt(body, byUser), "the user's level shows their value");
      return;
    }
    assert.fail('no user in the demo world has a group-locked key');
  });

  test("the Explain Setting lens is on each setting of a user's settings document", async () => {
    const [user] = (JSON.parse(await simBody(acme, '/users', { page_size: '1' })) as { users: { id: string }[] }).users;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.openUserSettings', row({ accountKey: key, type: 'user', id: user.id }), {
      option: 'meeting_security',
    });
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const body = JSON.parse(await simBody(acme, `/users/${user.id}/settings`, { option: 'meeting_security' })) as Json;
    const settings = Object.entries(body.meeting_security as Json).filter(([, v]) => !v || typeof v !== 'object' || Array.isArray(v)).length;
    const explain = lenses.filter((l) => l.command?.command === 'zoomAdmin.explainSetting');
    assert.ok(explain.length >= settings, `a lens per setting (${explain.length} for ${settings} in meeting_security)`);
    assert.equal(explain[0].command?.title, 'Explain Setting');
  });
});
