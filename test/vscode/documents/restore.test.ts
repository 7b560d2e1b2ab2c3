// What a window reload does to open zoom-admin: editors, as closely as a running suite can: VS Code
// reopens each document by its URI alone (openTextDocument on a URI this host never read), possibly
// before the account has finished signing in, possibly for an object or account that is gone.
// The reload itself (workbench restoring the tabs) is left to the end-to-end suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ZoomObjectRef } from '../../../src/objectRef';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { recordError } from '../recorded';
import { sim } from '../sim';
import { closeAllEditors, failure, row, simBody, squeeze, startDocumentsSignedOut, type DocumentsExports } from './helpers';

suite('Documents: restore and missing objects', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let key: string;
  let groups: ZoomObjectRef[];

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    key = await signInAs(acme);
    groups = (await api.accounts.client(key).listGroups().all()).slice(3, 6).map((g) => ({ accountKey: key, type: 'group', id: g.id, name: g.name }));
  });

  teardown(async () => {
    await closeAllEditors();
    if (!api.accounts.get(key)) assert.equal(await signInAs(acme), key);
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('a group that does not exist: FileNotFound naming the group and its id (Zoom 4130), no content', async () => {
    const ghost = { accountKey: key, kind: 'groupSettings' as const, id: 'gHostGroup00000000000a', name: 'Ghost Team' };
    const uri = api.documents.uriFor(ghost);
    const error = await failure(vscode.workspace.openTextDocument(uri));
    const message = recordError(error);
    assert.match(message, /gHostGroup00000000000a/, 'names the group id');
    assert.match(message, /Ghost Team/, 'names the group');
    assert.match(message, /does not exist/);
    assert.match(message, /4130/, "carries Zoom's code");
    assert.equal(
      vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
      false,
      'no document was created',
    );
    // The provider's own error, as the file system API sees it.
    const direct = await failure(vscode.workspace.fs.readFile(uri));
    assert.equal((direct as vscode.FileSystemError).code, 'FileNotFound', direct.message);
    // The command says so too, and opens nothing.
    const opened = await vscode.commands.executeCommand(
      'zoomAdmin.openGroupSettings',
      row({ accountKey: key, type: 'group', id: ghost.id, name: ghost.name }),
      {},
    );
    assert.equal(opened, undefined);
  });

  test('a URI that names no Zoom object is FileNotFound, and nothing is requested', async () => {
    await sim.clearRequests();
    const error = await failure(vscode.workspace.fs.readFile(vscode.Uri.parse(`zoom-admin:/${key}/groups/g1/members.json`)));
    assert.equal((error as vscode.FileSystemError).code, 'FileNotFound', error.message);
    // The workbench may be loading the tree's lists meanwhile (/v2/groups, /v2/roles, …): those are not the document's.
    const lists = new Set(['/v2/users', '/v2/groups', '/v2/roles', '/v2/accounts']);
    assert.deepEqual(
      (await sim.requests()).filter((r) => r.path.startsWith('/v2/') && !lists.has(r.path)),
      [],
    );
  });

  test('restored before sign-in completes: the read waits for the account, then shows fresh content', async () => {
    const group = groups[0];
    const uri = api.documents.uriFor({ accountKey: key, kind: 'groupSettings', id: group.id!, name: group.name, option: 'meeting_security' });
    await vscode.commands.executeCommand('zoomAdmin.signOut', key);
    assert.equal(api.accounts.get(key), undefined);
    await sim.clearRequests();
    // What VS Code does for a restored editor: resolve the URI (activation was onFileSystem:zoom-admin).
    const restoring = vscode.workspace.openTextDocument(uri);
    assert.equal(await signInAs(acme), key, 'the same account gets the same key, so saved URIs stay valid');
    const doc = await restoring;
    const fetched = (await sim.requests()).filter((r) => r.path === `/v2/groups/${group.id}/settings`);
    assert.equal(fetched.length, 1, 'fetched once, after sign-in');
    assert.equal(doc.languageId, 'json');
    assert.equal(squeeze(doc.getText()), squeeze(await simBody(acme, `/groups/${group.id}/settings`, { option: 'meeting_security' })));
    await vscode.window.showTextDocument(doc);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  test('restored for an account that is no longer signed in: a clear "sign in" message, not a spurious failure', async () => {
    const group = groups[1];
    const uri = api.documents.uriFor({ accountKey: key, kind: 'groupLockSettings', id: group.id!, name: group.name });
    await vscode.commands.executeCommand('zoomAdmin.signOut', key);
    const error = await failure(vscode.workspace.openTextDocument(uri));
    const message = recordError(error);
    assert.match(message, new RegExp(`Zoom account ${key} is not signed in`));
    assert.match(message, /Sign in to/);
    assert.match(message, new RegExp(group.name!), 'names the document');
  });
});
