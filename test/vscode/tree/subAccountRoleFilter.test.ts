// Filter Users by Role on a master account's sub accounts: the sub account's own roles
// (GET /accounts/{id}/roles) are offered, its status lists ask /accounts/{id}/users?role_id=…, its
// Users row says "role: X", and each scope (the account, each sub account) keeps its own filter.
// From the row's context menu, from the palette (the scope pick offers the sub accounts), and
// programmatically; Clear Role Filter likewise. Default world: acme-master-001 has acme-sub-east
// and acme-sub-west (3 roles each; the master has 5); globex-002 is a plain account.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import type { ZoomRole } from '../../../src/zoom/types';
import { answerQuickPicks, pickLabel } from '../quickPicks';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import { apiRequests, childrenOf, contextOf, itemMenuWhen, itemOf, labelOf, menuShows, path, userRows } from './helpers';

const EAST = 'acme-sub-east';
const WEST = 'acme-sub-west';

suite('Directory: role filter on sub accounts', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let acmeKey: string;
  let acme: AccountNode;
  let eastRoles: ZoomRole[];
  let masterRoles: ZoomRole[];
  let eastActiveAdmins: number;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);
  const usersOf = (sub: string) => path(tree, acme, 'Sub accounts', sub === EAST ? 'Acme East' : 'Acme West', 'Users');
  const roleOfRow = (row: DirNode) => (row as unknown as { user: { role_id?: string } }).user.role_id;
  const shown = (node: DirNode, command: string) => itemMenuWhen(command).some((w) => menuShows(w, contextOf(tree, node)));

  suiteSetup(async () => {
    api = await startSignedOut();
    tree = api.tree;
    acmeKey = await signInAs(await simAccount('acme-master-001'));
    await signInAs(await simAccount('globex-002'));
    acme = tree.accountNode(acmeKey)!;
    const client = api.accounts.client(acmeKey);
    eastRoles = (await client.listRoles({ subAccountId: EAST })).items;
    masterRoles = (await client.listRoles()).items;
    assert.notEqual(eastRoles.length, masterRoles.length, 'the world gives the master more roles than its sub accounts');
    const admin = eastRoles.find((r) => r.name === 'Admin')!;
    eastActiveAdmins = (await client.listUsers({ status: 'active', role_id: admin.id }, { subAccountId: EAST }).all()).length;
  });

  setup(async () => {
    await cmd('zoomAdmin.clearRoleFilter');
    // The view shows the accounts: acme's sub accounts are listed.
    await childrenOf(tree, acme);
    await tree.settled();
    assert.equal(acme.subAccounts.pager.loaded, true);
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await cmd('zoomAdmin.clearRoleFilter');
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test("from a sub account's Users row: its own roles are offered, its lists ask role_id, its row says the role", async () => {
    const users = await usersOf(EAST);
    assert.equal(contextOf(tree, users), 'zoom.usersFolder.sub');
    assert.ok(shown(users, 'zoomAdmin.filterUsersByRole'), 'Filter Users by Role is on the sub account Users row');
    assert.ok(!shown(users, 'zoomAdmin.clearRoleFilter'), 'nothing to clear yet');

    const admin = eastRoles.find((r) => r.name === 'Admin')!;
    const picks = answerQuickPicks((items, options) => {
      assert.deepEqual(
        items.slice(1).map((i) => i.label),
        eastRoles.map((r) => r.name),
        "the sub account's roles, not the master's",
      );
      assert.equal(options?.placeHolder, 'Show only the users of Acme Corporation › Acme East who have this role');
      return items.find((i) => i.label === 'Admin');
    });
    let roleId: string | undefined;
    try {
      roleId = await cmd<string | undefined>('zoomAdmin.filterUsersByRole', users);
    } finally {
      picks.dispose();
    }
    picks.assertAllUsed();
    assert.equal(roleId, admin.id);
    assert.deepEqual(
      (await apiRequests(`/accounts/${EAST}/roles`)).map((r) => r.status),
      [200],
    );
    assert.deepEqual(await apiRequests('/roles'), [], "the master's roles are not asked");

    assert.equal(contextOf(tree, users), 'zoom.usersFolder.sub.filtered');
    assert.ok(String(itemOf(tree, users).description).endsWith('role: Admin'), String(itemOf(tree, users).description));
    assert.ok(shown(users, 'zoomAdmin.clearRoleFilter'), 'Clear Role Filter is on the filtered row');
    const active = await path(tree, acme, 'Sub accounts', 'Acme East', 'Users', 'Active');
    const rows = await userRows(tree, active);
    await tree.settled();
    assert.ok(eastActiveAdmins > 0);
    assert.equal(rows.length, eastActiveAdmins);
    for (const row of rows) assert.equal(roleOfRow(row), admin.id);
    const statuses = (await apiRequests(`/accounts/${EAST}/users`))
      .filter((r) => r.query.role_id === admin.id)
      .map((r) => r.query.status)
      .sort();
    assert.deepEqual(statuses, ['active', 'inactive', 'pending'], 'each status list of East asks role_id');
    assert.deepEqual(
      (await apiRequests(`/accounts/${EAST}/users`)).filter((r) => r.query.role_id === undefined),
      [],
      'no unfiltered list of East',
    );

    // Only East is filtered: the account itself and West are not.
    assert.equal(contextOf(tree, await path(tree, acme, 'Users')), 'zoom.usersFolder');
    assert.ok(!String(itemOf(tree, await path(tree, acme, 'Users')).description ?? '').includes('role'));
    assert.equal(contextOf(tree, await usersOf(WEST)), 'zoom.usersFolder.sub');

    // Clear Role Filter on the row: every role again, from /accounts/{id}/users without role_id.
    await sim.clearRequests();
    await cmd('zoomAdmin.clearRoleFilter', users);
    assert.equal(contextOf(tree, users), 'zoom.usersFolder.sub');
    assert.ok(!String(itemOf(tree, users).description ?? '').includes('role'));
    const all = await userRows(tree, active);
    await tree.settled();
    assert.ok(all.length > rows.length);
    const again = await apiRequests(`/accounts/${EAST}/users`, { status: 'active' });
    assert.ok(again.length >= 1 && again.every((r) => r.query.role_id === undefined), JSON.stringify(again.map((r) => r.query)));
  });

  test('from the palette: the scope pick offers the sub accounts; each scope keeps its own filter', async () => {
    const picks = answerQuickPicks((items) => {
      assert.deepEqual(
        items.map((i) => `${i.label}${i.description ? ` (${i.description})` : ''}`),
        ['Acme Corporation', 'Acme Corporation › Acme East (sub account)', 'Acme Corporation › Acme West (sub account)', 'Globex'],
        'the signed-in accounts and the sub accounts the tree listed',
      );
      return items.find((i) => i.label === 'Acme Corporation › Acme West');
    }, pickLabel('Member'));
    try {
      assert.equal(await cmd<string | undefined>('zoomAdmin.filterUsersByRole'), eastRoles.find((r) => r.name === 'Member')!.id);
    } finally {
      picks.dispose();
    }
    picks.assertAllUsed();
    assert.deepEqual(
      (await apiRequests(`/accounts/${WEST}/roles`)).map((r) => r.status),
      [200],
    );
    const west = await usersOf(WEST);
    assert.equal(contextOf(tree, west), 'zoom.usersFolder.sub.filtered');
    assert.ok(String(itemOf(tree, west).description).endsWith('role: Member'));

    // The account's own filter is separate (programmatic form), and so is East's.
    const masterAdmin = masterRoles.find((r) => r.name === 'Admin')!;
    const eastOwner = eastRoles.find((r) => r.name === 'Owner')!;
    assert.equal(await cmd('zoomAdmin.filterUsersByRole', { accountKey: acmeKey, roleId: masterAdmin.id }), masterAdmin.id);
    assert.equal(await cmd('zoomAdmin.filterUsersByRole', { accountKey: acmeKey, subAccountId: EAST, roleId: eastOwner.id }), eastOwner.id);
    const own = await path(tree, acme, 'Users');
    const east = await usersOf(EAST);
    assert.equal(contextOf(tree, own), 'zoom.usersFolder.filtered');
    assert.ok(String(itemOf(tree, own).description).endsWith('role: Admin'));
    assert.ok(String(itemOf(tree, east).description).endsWith('role: Owner'));
    assert.ok(String(itemOf(tree, west).description).endsWith('role: Member'), 'West keeps its filter');

    await sim.clearRequests();
    await userRows(tree, await path(tree, acme, 'Sub accounts', 'Acme West', 'Users', 'Pending'));
    await userRows(tree, await path(tree, acme, 'Users', 'Pending'));
    await tree.settled();
    assert.ok(
      (await apiRequests(`/accounts/${WEST}/users`, { status: 'pending' })).every((r) => r.query.role_id === eastRoles.find((x) => x.name === 'Member')!.id),
    );
    assert.ok((await apiRequests('/users', { status: 'pending' })).every((r) => r.query.role_id === masterAdmin.id));

    // Clearing East's filter from its row leaves the others; the palette's Clear clears every scope.
    await cmd('zoomAdmin.clearRoleFilter', east);
    assert.equal(contextOf(tree, east), 'zoom.usersFolder.sub');
    assert.equal(contextOf(tree, west), 'zoom.usersFolder.sub.filtered');
    assert.equal(contextOf(tree, own), 'zoom.usersFolder.filtered');
    await cmd('zoomAdmin.clearRoleFilter');
    assert.deepEqual(
      [own, east, west].map((n) => contextOf(tree, n)),
      ['zoom.usersFolder', 'zoom.usersFolder.sub', 'zoom.usersFolder.sub'],
    );
    assert.deepEqual(
      [own, east, west].map((n) => labelOf(tree, n)),
      ['Users', 'Users', 'Users'],
    );
  });
});
