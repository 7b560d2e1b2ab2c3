// Hovering a key of a settings document shows the official spec's description, type, allowed
// values and default, in every kind of settings document and view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ZoomObjectRef } from '../../../src/objectRef';
import { rememberSimSecrets, signInAs, signOutAll, simAccount } from '../auth/helpers';
import { closeAllEditors, row, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { hoverText } from './helpers';

suite('Settings: key documentation on hover', () => {
  let api: DocumentsExports;
  let group: ZoomObjectRef;

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    const key = await signInAs(await simAccount('acme-master-001'));
    const [g] = await api.accounts.client(key).listGroups().all();
    group = { accountKey: key, type: 'group', id: g.id, name: g.name };
  });

  teardown(() => closeAllEditors());

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  async function open(command: string, view: object = {}): Promise<vscode.TextDocument> {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(command, row(group), view);
    return vscode.workspace.openTextDocument(uri);
  }

  test('group settings: a key shows the spec description, type and default; an enum key its allowed values and their meaning', async () => {
    const doc = await open('zoomAdmin.openGroupSettings');
    const waiting = await hoverText(doc, ['in_meeting', 'waiting_room']);
    assert.match(waiting, /Attendees can't join a meeting until a host admits them individually from the waiting room\./);
    assert.match(waiting, /Type: `boolean`/);
    const chatWith = await hoverText(doc, ['in_meeting', 'allow_participants_chat_with']);
    assert.match(chatWith, /Whether to allow participants to only chat with certain groups/);
    assert.match(chatWith, /Allowed values: `1` \(No one\), `2` \(Host and co\\-hosts\), `3` \(Everyone\), `4` \(Everyone and anyone directly\)/);
    const section = await hoverText(doc, ['chat']);
    assert.match(section, /The account's chat settings\./, 'a section (English display language)');
  });

  test('each view and the lock settings have their own keys documented; so does a field-filtered document', async () => {
    const auth = await open('zoomAdmin.openGroupSettings', { option: 'meeting_authentication' });
    assert.match(
      await hoverText(auth, ['authentication_options', 0, 'type']),
      /Allowed values: `"enforce_login"`, `"enforce_login_with_same_account"`, `"enforce_login_with_domains"`/,
    );
    const security = await open('zoomAdmin.openGroupSettings', { option: 'meeting_security' });
    assert.match(await hoverText(security, ['meeting_security', 'waiting_room']), /waiting room/i);
    const filtered = await open('zoomAdmin.openGroupSettings', { fields: ['host_video'] });
    assert.match(await hoverText(filtered, ['schedule_meeting', 'host_video']), /Type: `boolean`/);
    const locks = await open('zoomAdmin.openGroupLockSettings');
    assert.match(await hoverText(locks, ['in_meeting', 'waiting_room']), /Type: `boolean`/);
  });
});
