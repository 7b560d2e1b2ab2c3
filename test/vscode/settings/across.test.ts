// One setting across every group: Find Setting Across Groups lists every group with the value the
// simulator holds, asks each group with custom_query_fields (the request log says so), shows a
// failing group as an error row, reads a whole section as one row per key, and offers every key
// path of the spec, searchable by the words of its description.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { closeAllEditors, simBody, startDocumentsSignedOut, type DocumentsExports } from '../documents/helpers';
import { answerQuickPicks } from '../quickPicks';
import { sim } from '../sim';

const KEY = 'in_meeting.waiting_room';

interface SimGroup {
  id: string;
  name: string;
}

/** The table row naming a group id (ids are the last cell of each group row). */
function rowOf(text: string, id: string): string[] | undefined {
  const cells = (l: string) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^`(.*)`$/, '$1'));
  const line = text.split('\n').find((l) => l.startsWith('|') && cells(l).includes(id));
  return line === undefined ? undefined : cells(line);
}

suite('Settings: one setting across every group', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let key: string;
  let groups: SimGroup[];

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    key = await signInAs(acme);
    groups = JSON.parse(await simBody(acme, '/groups', { page_size: '300' })).groups as SimGroup[];
  });

  teardown(async () => {
    await sim.clearFaults();
    await closeAllEditors();
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  const find = (path: string, subAccounts: string[] = []) =>
    vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.findSettingAcrossGroups', { scope: { accountKey: key } }, { key: path, subAccounts });

  test("the document lists every group with the simulator's value, the account first; every settings request carried custom_query_fields", async () => {
    await sim.clearRequests();
    const uri = await find(KEY);
    assert.ok(uri, 'the command opened nothing');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    const requests = (await sim.requests()).filter((r) => r.path.startsWith('/v2/'));
    const values = await Promise.all(
      groups.map(
        async (g) => JSON.parse(await simBody(acme, `/groups/${g.id}/settings`, { custom_query_fields: 'waiting_room' })).in_meeting.waiting_room as boolean,
      ),
    );
    groups.forEach((g, i) => {
      const row = rowOf(text, g.id);
      assert.ok(row, `no row for group ${g.name} (${g.id})`);
      assert.ok(row.includes(String(values[i])), `group ${g.id}: ${row.join(' | ')} should show ${values[i]}`);
    });
    const trues = values.filter(Boolean).length;
    assert.match(text, new RegExp(`\\*\\*true\\*\\*: ${trues} groups`));
    assert.match(text, new RegExp(`\\*\\*false\\*\\*: ${groups.length - trues} groups`));
    assert.ok(text.indexOf('Acme Corporation') < text.indexOf(groups[0].id), 'the account comes before the groups');
    const settings = requests.filter((r) => /\/settings$|\/lock_settings$/.test(r.path));
    assert.equal(settings.length, groups.length + 2, "one request per group, plus the account's settings and locks");
    for (const r of settings) assert.equal(r.query.custom_query_fields, 'waiting_room', `${r.path} without custom_query_fields`);
    assert.ok(
      requests.some((r) => r.path === '/v2/groups'),
      'the groups were listed',
    );
  });

  test('a group that fails is an error row; the other groups still show', async () => {
    const failing = groups[3];
    await sim.addFault({
      match: { path: `/v2/groups/${failing.id}/settings` },
      times: 0,
      action: { kind: 'status', status: 404, body: { code: 4130, message: `A group with this ${failing.id} does not exist.` } },
    });
    const uri = await find(KEY);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const row = rowOf(text, failing.id);
    assert.ok(row, 'the failing group has a row');
    assert.ok(
      row.some((c) => c.startsWith('⚠')),
      `an error cell: ${row.join(' | ')}`,
    );
    assert.match(text, /### Errors: 1 group/);
    for (const g of groups.filter((x) => x !== failing)) assert.ok(rowOf(text, g.id), `group ${g.id} still shows`);
  });

  test("sub accounts' groups are included when picked, each with its own account", async () => {
    const east = JSON.parse(await simBody(acme, '/accounts/acme-sub-east/groups', { page_size: '300' })).groups as SimGroup[];
    const uri = await find(KEY, ['acme-sub-east']);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    for (const g of [...groups, ...east]) assert.ok(rowOf(text, g.id), `group ${g.id} has a row`);
  });

  test('a whole section: one row per key, one column per group, differing keys first', async () => {
    const uri = await find('recording');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const account = JSON.parse(await simBody(acme, '/accounts/me/settings', { custom_query_fields: 'recording' })).recording as Record<string, unknown>;
    const lines = text.split('\n').filter((l) => l.startsWith('| '));
    const header = lines[0].split('|').map((c) => c.trim());
    assert.equal(header.length - 2, 2 + 1 + groups.length, 'key, differs, the account, then one column per group');
    const keyRows = lines.slice(1).map((l) =>
      l
        .split('|')
        .map((c) => c.trim())
        .slice(1, -1),
    );
    assert.ok(
      keyRows.some((r) => r[0] === 'cloud\\_recording'),
      "the section's keys are rows",
    );
    const differs = keyRows.map((r) => r[1] === '≠');
    assert.ok(differs.includes(true) && differs.indexOf(false) > differs.lastIndexOf(true) - 1, 'differing keys come first');
    const cloud = keyRows.find((r) => r[0] === 'cloud\\_recording')!;
    assert.equal(cloud[2], String(account.cloud_recording), "the account column holds the account's value");
  });

  test('the key pick offers every key path with its description, and finds a key by words of its description', async () => {
    const picks = answerQuickPicks((items, options) => {
      assert.ok(options?.matchOnDetail, 'searchable by the description');
      const item = items.find((i) => i.label === KEY);
      assert.ok(item?.detail && /waiting room/i.test(item.detail), `${KEY} with its description`);
      assert.ok(items.length > 250, `every key path (${items.length})`);
      return item;
    });
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('zoomAdmin.findSettingAcrossGroups', { scope: { accountKey: key } }, { subAccounts: [] });
      picks.assertAllUsed();
      assert.match(uri.path, /across\/settings\/in_meeting\.waiting_room\.md$/);
    } finally {
      picks.dispose();
    }
  });
});
