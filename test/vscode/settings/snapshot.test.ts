// Settings kept as files: Snapshot Settings to Folder writes one file per object (sorted, stable,
// readable names) and rewrites only what changed; after a change in Zoom (the simulator), Check
// Drift lists exactly that group with its changed key, and Compare with Live Settings diffs the
// file against Zoom now.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { Drift } from '../../../src/commands/checkDrift';
import type { WriteResult } from '../../../src/settings/snapshot/write';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { activeTab, closeAllEditors, simBody, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { answerQuickPicks } from '../quickPicks';
import { sim } from '../sim';

interface SimGroup {
  id: string;
  name: string;
}

suite('Settings: snapshots and drift', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let key: string;
  let groups: SimGroup[];
  let dir: string;

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    key = await signInAs(acme);
    groups = JSON.parse(await simBody(acme, '/groups', { page_size: '300' })).groups as SimGroup[];
    dir = mkdtempSync(path.join(os.tmpdir(), 'zoom-snapshot-'));
  });

  suiteTeardown(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeAllEditors();
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  const snapshot = () =>
    vscode.commands.executeCommand<WriteResult & { folder: vscode.Uri }>(
      'zoomAdmin.snapshotSettings',
      { scope: { accountKey: key } },
      { folder: vscode.Uri.file(dir) },
    );
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

  test('one file per object with sorted keys and readable names, an index; a second snapshot touches nothing', async () => {
    const first = await snapshot();
    assert.ok(first, 'the command wrote nothing');
    assert.equal(first.errors.length, 0);
    const files = readdirSync(path.join(dir, 'groups')).sort();
    assert.equal(files.length, groups.length);
    for (const g of groups) {
      const file = `groups/${g.name.replace(/[<>:"/\\|?*]/g, '_')}-${g.id}.json`;
      assert.ok(files.includes(file.slice('groups/'.length)), `${file} is written`);
      const body = read(file);
      assert.deepEqual(body.object, { type: 'group', id: g.id, name: g.name, account: key });
      assert.deepEqual(body.settings, JSON.parse(await simBody(acme, `/groups/${g.id}/settings`)));
      assert.deepEqual(body.lock_settings, JSON.parse(await simBody(acme, `/groups/${g.id}/lock_settings`)));
      const text = readFileSync(path.join(dir, file), 'utf8');
      assert.deepEqual(Object.keys(body.settings), Object.keys(body.settings).sort(), 'sections sorted');
      assert.ok(text.endsWith('}\n') && text.includes('\n  "settings": {'), 'two-space JSON with a final newline');
    }
    assert.deepEqual(read('account.json').settings, JSON.parse(await simBody(acme, '/accounts/me/settings')));
    const index = read('index.json');
    assert.equal(index.account.key, key);
    assert.ok(Date.parse(index.time) > Date.now() - 600_000);
    assert.equal(index.files.length, groups.length + 1);

    const probe = path.join(dir, 'groups', files[0]);
    const mtime = statSync(probe).mtimeMs;
    const second = await snapshot();
    assert.deepEqual(second.written, [], 'nothing changed in Zoom, no file rewritten');
    assert.equal(second.unchanged.length, groups.length + 1);
    assert.equal(statSync(probe).mtimeMs, mtime, 'an unchanged file is not touched');
    assert.ok(!readdirSync(path.join(dir, 'groups')).some((f) => f.endsWith('.tmp')), 'no temporary file left');
  });

  test('a change in Zoom: Check Drift lists exactly that group with the key; Compare with Live diffs it; the next snapshot rewrites only that file', async () => {
    const changed = groups[5];
    const before = JSON.parse(await simBody(acme, `/groups/${changed.id}/settings`)).in_meeting.waiting_room as boolean;
    await sim.setSetting({ accountId: acme.accountId, groupId: changed.id, path: 'in_meeting.waiting_room', value: !before });
    try {
      const picks = answerQuickPicks((items) => {
        assert.deepEqual(
          items.map((i) => i.label),
          [changed.name],
        );
        assert.equal(items[0].description, '1 changed key');
        return undefined;
      });
      let drift: Drift[] | undefined;
      try {
        drift = await vscode.commands.executeCommand<Drift[]>('zoomAdmin.checkDrift', vscode.Uri.file(dir));
        await new Promise((r) => setTimeout(r, 50));
        picks.assertAllUsed();
      } finally {
        picks.dispose();
      }
      assert.deepEqual(
        drift?.map((d) => [d.id, d.changed]),
        [[changed.id, ['settings.in_meeting.waiting_room']]],
      );

      const live = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.compareWithLive', drift![0].file);
      const input = activeTab()?.input;
      assert.ok(input instanceof vscode.TabInputTextDiff, 'a diff is open');
      assert.equal(input.original.fsPath, drift![0].file!.fsPath);
      assert.equal(input.modified.toString(), live.toString());
      const liveBody = JSON.parse((await vscode.workspace.openTextDocument(live)).getText());
      assert.equal(liveBody.settings.in_meeting.waiting_room, !before);
      assert.deepEqual(liveBody.object, read(path.relative(dir, drift![0].file!.fsPath)).object);

      await closeAllEditors(); // the diff shows the file the next snapshot rewrites
      const third = await snapshot();
      assert.deepEqual(third.written, [path.relative(dir, drift![0].file!.fsPath).split(path.sep).join('/')]);
    } finally {
      await sim.setSetting({ accountId: acme.accountId, groupId: changed.id, path: 'in_meeting.waiting_room', value: before });
    }
  });
});
