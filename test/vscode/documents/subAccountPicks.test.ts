// Open Group Settings, Open Group Lock Settings and Compare Group Settings from the palette (no
// row) offer the groups of a master account's sub accounts too, once the tree has listed them:
// each known sub account is an item of the group pick, and choosing it lists its groups
// (GET /accounts/{id}/groups, only then) in a second pick titled by the sub account. The document
// opened is the sub account's (/<account>/sub_accounts/<id>/groups/<gid>/<name> · settings.json), as the simulator
// serves it. Open as JSON › Sub account offers the sub accounts the tree has listed without listing
// them again. Default world: acme-master-001 has acme-sub-east and acme-sub-west.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { ZoomGroup } from '../../../src/zoom/types';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, type SimAccount } from '../auth/helpers';
import { pickLabel, withPicks, type PickAnswer } from '../quickPicks';
import { sim } from '../sim';
import { childrenOf } from '../tree/helpers';
import { closeAllEditors, simBody, squeeze, startDocumentsSignedOut, tabsShowing, type DocumentsExports } from './helpers';

const EAST = 'acme-sub-east';
const WEST = 'acme-sub-west';
const EAST_LABEL = 'Acme Corporation › Acme East';
const WEST_LABEL = 'Acme Corporation › Acme West';
const subItem = (label: string) => `$(type-hierarchy) ${label}`;

suite('Documents: groups of sub accounts from the palette', () => {
  let api: DocumentsExports;
  let acme: SimAccount;
  let key: string;
  let root: AccountNode;
  let ownGroups: ZoomGroup[];
  let eastGroups: ZoomGroup[];
  let westGroups: ZoomGroup[];
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);

  /** Requests to /accounts/{sub}/groups logged since the test began. */
  const subGroupLists = async () => (await sim.requests()).filter((r) => /^\/v2\/accounts\/[^/]+\/groups$/.test(r.path)).map((r) => r.path);

  /** The first pick: the account's own groups, then a separator and one item per known sub account. */
  function groupsThenSubAccounts(choose: string, exclude?: string): PickAnswer {
    return (items) => {
      const separator = items.findIndex((i) => i.kind === vscode.QuickPickItemKind.Separator);
      assert.ok(separator > 0, `a separator after the groups: ${items.map((i) => i.label).join(', ')}`);
      assert.deepEqual(
        items
          .slice(0, separator)
          .map((i) => i.label)
          .sort(),
        ownGroups
          .filter((g) => g.id !== exclude)
          .map((g) => g.name)
          .sort(),
      );
      assert.deepEqual(
        items.slice(separator + 1).map((i) => i.label),
        [subItem(EAST_LABEL), subItem(WEST_LABEL)],
      );
      return pickLabel(choose)(items, undefined);
    };
  }

  /** The second pick: the sub account's groups, titled and described by the sub account. */
  function subGroups(label: string, groups: ZoomGroup[], choose: ZoomGroup): PickAnswer {
    return (items, options) => {
      assert.equal(options?.title, label);
      assert.deepEqual(
        items.map((i) => i.label),
        groups.map((g) => g.name),
      );
      assert.deepEqual(
        items.map((i) => i.description),
        groups.map((g) => `${label} · ${g.id}`),
      );
      return items.find((i) => i.description === `${label} · ${choose.id}`);
    };
  }

  suiteSetup(async () => {
    api = await startDocumentsSignedOut();
    acme = await simAccount('acme-master-001');
    key = await signInAs(acme);
    root = api.tree.accountNode(key)!;
    const client = api.accounts.client(key);
    ownGroups = await client.listGroups().all();
    eastGroups = await client.listGroups({ subAccountId: EAST }).all();
    westGroups = await client.listGroups({ subAccountId: WEST }).all();
    assert.ok(eastGroups.length > 1 && westGroups.length > 1, 'the sub accounts have groups');
  });

  setup(async () => {
    await childrenOf(api.tree, root); // the view shows the account: its sub accounts are listed
    await api.tree.settled();
    assert.equal(root.subAccounts.pager.items.length, 2);
    await sim.clearRequests();
  });

  teardown(closeAllEditors);

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test("Open Group Settings: a sub account's group, its groups listed only once it is chosen; unlisted sub accounts are not offered", async () => {
    const group = eastGroups[1];
    const uri = await withPicks([groupsThenSubAccounts(subItem(EAST_LABEL)), subGroups(EAST_LABEL, eastGroups, group)], () =>
      cmd<vscode.Uri | undefined>('zoomAdmin.openGroupSettings', undefined, { option: 'meeting_security' }),
    );
    assert.ok(uri, 'a document opened');
    assert.equal(uri.path, `/${key}/sub_accounts/${EAST}/groups/${group.id}/${group.name} · settings.json`);
    assert.equal(new URLSearchParams(uri.query).get('option'), 'meeting_security');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const expected = await simBody(acme, `/accounts/${EAST}/groups/${group.id}/settings`, { option: 'meeting_security' });
    assert.equal(squeeze(vscode.window.activeTextEditor.document.getText()), squeeze(expected));
    assert.deepEqual(await subGroupLists(), [`/v2/accounts/${EAST}/groups`], "only East's groups were listed");
    assert.deepEqual(
      (await sim.requests()).filter((r) => r.path === '/v2/accounts').map((r) => r.path),
      [],
      'the known sub accounts are not listed again',
    );

    // Sub accounts the tree has not listed are not offered, nor listed for the pick.
    // After a refresh the tree has not listed them (a visible view asks again: held back here).
    await sim.addFault({ match: { method: 'GET', path: '/v2/accounts' }, times: 0, action: { kind: 'delay', ms: 30_000 } });
    try {
      await cmd('zoomAdmin.refresh');
      assert.equal(root.subAccounts.pager.items.length, 0);
      await sim.clearRequests();
      const escaped = await withPicks(
        [
          (items) => {
            assert.ok(!items.some((i) => i.kind === vscode.QuickPickItemKind.Separator), 'no sub account part');
            assert.deepEqual(items.map((i) => i.label).sort(), ownGroups.map((g) => g.name).sort());
            return undefined; // Escape
          },
        ],
        () => cmd<vscode.Uri | undefined>('zoomAdmin.openGroupSettings', undefined, {}),
      );
      assert.equal(escaped, undefined);
      assert.deepEqual(await subGroupLists(), [], 'no sub account groups listed');
    } finally {
      await sim.clearFaults();
      await api.tree.settled();
    }
  });

  test('groups the tree has listed are offered from the tree: no group list is asked for again', async () => {
    const east = root.subAccounts.pager.items.find((s) => s.sub.id === EAST);
    assert.ok(east);
    await childrenOf(api.tree, east); // opening East starts its Groups folder, as the account's started when shown
    await api.tree.settled();
    assert.ok(root.groups.pager.done && east.groups.pager.done, 'the tree has listed both lists of groups');
    await sim.clearRequests();
    const group = eastGroups[0];
    const uri = await withPicks([groupsThenSubAccounts(subItem(EAST_LABEL)), subGroups(EAST_LABEL, eastGroups, group)], () =>
      cmd<vscode.Uri | undefined>('zoomAdmin.openGroupSettings', undefined, {}),
    );
    assert.equal(uri?.path, `/${key}/sub_accounts/${EAST}/groups/${group.id}/${group.name} · settings.json`);
    const groupLists = (await sim.requests()).filter((r) => /\/groups$/.test(r.path)).map((r) => r.path);
    assert.deepEqual(groupLists, [], 'neither list of groups was fetched again');
  });

  test('Open Group Lock Settings: a group of the other sub account', async () => {
    const group = westGroups[0];
    const uri = await withPicks([groupsThenSubAccounts(subItem(WEST_LABEL)), subGroups(WEST_LABEL, westGroups, group)], () =>
      cmd<vscode.Uri | undefined>('zoomAdmin.openGroupLockSettings', undefined, {}),
    );
    assert.ok(uri);
    assert.equal(uri.path, `/${key}/sub_accounts/${WEST}/groups/${group.id}/${group.name} · lock_settings.json`);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(squeeze(doc.getText()), squeeze(await simBody(acme, `/accounts/${WEST}/groups/${group.id}/lock_settings`)));
    assert.deepEqual(await subGroupLists(), [`/v2/accounts/${WEST}/groups`]);
  });

  test("Compare Group Settings: the account's own group with a sub account's group", async () => {
    const first = ownGroups[0];
    const second = eastGroups[0];
    const uris = await withPicks(
      [groupsThenSubAccounts(first.name), groupsThenSubAccounts(subItem(EAST_LABEL), first.id), subGroups(EAST_LABEL, eastGroups, second)],
      () => cmd<[vscode.Uri, vscode.Uri] | undefined>('zoomAdmin.compareGroupSettings', undefined, undefined, {}),
    );
    assert.ok(uris, 'the diff opened');
    const [left, right] = uris;
    assert.equal(left.path, `/${key}/groups/${first.id}/${first.name} · settings.json`);
    assert.equal(right.path, `/${key}/sub_accounts/${EAST}/groups/${second.id}/${second.name} · settings.json`);
    assert.ok(tabsShowing(right).length > 0, 'a tab shows the sub account group');
    const doc = await vscode.workspace.openTextDocument(right);
    assert.equal(squeeze(doc.getText()), squeeze(await simBody(acme, `/accounts/${EAST}/groups/${second.id}/settings`)));
  });

  test('Open as JSON › Sub account: the sub accounts the tree has listed are offered from the tree, else listed from Zoom', async () => {
    const fromZoom = await api.accounts.client(key).listSubAccounts().all();
    const subAccountLists = async () => (await sim.requests()).filter((r) => r.path === '/v2/accounts').map((r) => r.path);
    const openEast = () =>
      withPicks(
        [
          pickLabel('Sub account'),
          (items) => {
            assert.deepEqual(
              items.map((i) => [i.label, i.description]),
              fromZoom.map((s) => [s.account_name, s.id]),
            );
            return items.find((i) => i.description === EAST);
          },
        ],
        () => cmd<vscode.Uri | undefined>('zoomAdmin.openAsJson'),
      );

    assert.ok(root.subAccounts.pager.done, 'the tree has listed every sub account');
    await sim.clearRequests();
    const uri = await openEast();
    assert.ok(uri, 'a document opened');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(squeeze(vscode.window.activeTextEditor.document.getText()), squeeze(await simBody(acme, `/accounts/${EAST}`)));
    assert.deepEqual(await subAccountLists(), [], 'the sub accounts were not listed again');

    // Forgotten by the tree (as after a refresh, before the view asks again): listed from Zoom.
    root.subAccounts.pager.reset();
    await sim.clearRequests();
    assert.equal((await openEast())?.toString(), uri.toString());
    assert.deepEqual(await subAccountLists(), ['/v2/accounts'], 'the sub accounts were listed from Zoom');
  });
});
