// Account roots, sub accounts (master vs plain account), groups with members and admins, roles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirectoryTree } from '../../../src/tree/register';
import { defaultWorld, type UserCounts } from '../../sandbox/worldSpec';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import { apiRequests, child, childrenOf, contextOf, count, itemMenuWhen, itemOf, labelOf, menuShows, path, refOf, userRows } from './helpers';

const world = defaultWorld();
const spec = (accountId: string) => world.accounts.find((a) => a.accountId === accountId)!;

suite('Directory: accounts, sub accounts, groups and roles', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let acmeKey: string;
  let globexKey: string;
  let acme: AccountNode;
  let globex: AccountNode;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);

  suiteSetup(async () => {
    api = await startSignedOut();
    tree = api.tree;
    acmeKey = await signInAs(await simAccount('acme-master-001'));
    globexKey = await signInAs(await simAccount('globex-002'));
    acme = tree.accountNode(acmeKey)!;
    globex = tree.accountNode(globexKey)!;
  });

  setup(async () => {
    await tree.settled();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('one root per account, labelled with its name, that Sign Out accepts', async () => {
    const roots = await childrenOf(tree);
    assert.deepEqual(roots.map((r) => labelOf(tree, r)).sort(), [spec('acme-master-001').name, spec('globex-002').name].sort());
    assert.equal(contextOf(tree, acme), 'zoom.account');
    assert.equal(refOf(acme).accountKey, acmeKey);
    assert.equal(refOf(acme).type, 'account');
  });

  test('a master account shows its sub accounts and a plain one does not, decided by one request each', async () => {
    await cmd('zoomAdmin.refresh');
    await childrenOf(tree, acme);
    await childrenOf(tree, globex);
    await tree.settled();
    assert.deepEqual(
      (await childrenOf(tree, acme)).map((n) => labelOf(tree, n)),
      ['Users', 'Groups', 'Roles', 'Sub accounts'],
    );
    assert.deepEqual(
      (await childrenOf(tree, globex)).map((n) => labelOf(tree, n)),
      ['Users', 'Groups', 'Roles'],
    );
    await childrenOf(tree, acme);
    await childrenOf(tree, globex);
    await tree.settled();
    assert.equal((await apiRequests('/accounts')).length, 2, 'GET /accounts once per account, then remembered');

    const subs = await childrenOf(tree, await path(tree, acme, 'Sub accounts'));
    const expected = world.accounts.filter((a) => a.parentAccountId === 'acme-master-001');
    assert.deepEqual(subs.map((s) => labelOf(tree, s)).sort(), expected.map((a) => a.name).sort());
    const east = expected.find((a) => a.accountId === 'acme-sub-east')!;
    const eastNode = await child(tree, await path(tree, acme, 'Sub accounts'), east.name);
    assert.equal(eastNode.id, `${acmeKey}/sub/${east.accountId}`);
    assert.deepEqual(
      (await childrenOf(tree, eastNode)).map((n) => labelOf(tree, n)),
      ['Users', 'Groups'],
    );

    await sim.clearRequests();
    const active = await path(tree, eastNode, 'Users', 'Active');
    const rows = await userRows(tree, active);
    await tree.settled();
    assert.equal(rows.length, (east.users as UserCounts).active);
    assert.equal(itemOf(tree, active).description, count((east.users as UserCounts).active!));
    assert.ok(rows.every((r) => r.id.startsWith(`${acmeKey}/sub/${east.accountId}/users/active/`)));
    assert.ok(rows.every((r) => refOf(r).subAccountId === east.accountId));
    const paths = new Set((await sim.requests()).map((r) => r.path));
    assert.ok(paths.has(`/v2/accounts/${east.accountId}/users`), [...paths].join(', '));
    assert.ok(!paths.has('/v2/users'), 'sub account users come from /accounts/{id}/users');
  });

  test('Groups shows its count; a group opens to Members and Admins, both loaded at once', async () => {
    const groupsFolder = await path(tree, acme, 'Groups');
    const groups = await childrenOf(tree, groupsFolder);
    assert.equal(groups.length, spec('acme-master-001').groups);
    assert.equal(itemOf(tree, groupsFolder).description, count(spec('acme-master-001').groups!));
    assert.ok(groups.every((g) => contextOf(tree, g) === 'zoom.group' && g.id === `${acmeKey}/groups/${refOf(g).id}`));

    const group = groups.find((g) => /[1-9]/.test(String(itemOf(tree, g).description))) ?? groups[0];
    const groupId = refOf(group).id!;
    await sim.clearRequests();
    assert.deepEqual(
      (await childrenOf(tree, group)).map((n) => labelOf(tree, n)),
      ['Members', 'Admins'],
    );
    await tree.settled();
    assert.equal((await apiRequests(`/groups/${groupId}/members`)).length, 1);
    assert.equal((await apiRequests(`/groups/${groupId}/admins`)).length, 1);

    const membersFolder = await child(tree, group, 'Members');
    const members = await userRows(tree, membersFolder);
    assert.ok(members.length > 0, 'the group has members');
    assert.equal(itemOf(tree, membersFolder).description, count(members.length));
    for (const m of members) {
      assert.equal(contextOf(tree, m), 'zoom.user');
      assert.equal(m.id, `${group.id}/members/${refOf(m).id}`);
    }
    const admins = await userRows(tree, await child(tree, group, 'Admins'));
    for (const a of admins) {
      assert.ok(a.id.startsWith(`${group.id}/admins/`));
      assert.equal((itemOf(tree, a).iconPath as vscode.ThemeIcon).id, 'shield');
      assert.doesNotMatch(String(itemOf(tree, a).description), /pending/, 'admins without an id are not called pending');
    }

    // Members agree with the users' own group_ids.
    const active = await path(tree, acme, 'Users', 'Active');
    await userRows(tree, active);
    await cmd('zoomAdmin.loadAll', active);
    const byId = new Map((await userRows(tree, active)).map((r) => [refOf(r).id, r as unknown as { user: { group_ids?: string[] } }]));
    const checked = members.filter((m) => byId.has(refOf(m).id));
    assert.ok(checked.length > 0);
    for (const m of checked) assert.ok(byId.get(refOf(m).id)!.user.group_ids?.includes(groupId), `${refOf(m).id} lists ${groupId}`);
  });

  test('Copy Group ID copies one ID, or one per line for several groups', async () => {
    const groups = await childrenOf(tree, await path(tree, globex, 'Groups'));
    assert.equal(await cmd<number>('zoomAdmin.copyGroupId', groups[0]), 1);
    assert.equal(await vscode.env.clipboard.readText(), refOf(groups[0]).id);
    assert.equal(await cmd<number>('zoomAdmin.copyGroupId', groups[0], groups.slice(0, 3)), 3);
    assert.equal(
      await vscode.env.clipboard.readText(),
      groups
        .slice(0, 3)
        .map((g) => refOf(g).id)
        .join('\n'),
    );
  });

  test('Roles lists the account roles; a role opens to its members', async () => {
    const rolesFolder = await path(tree, acme, 'Roles');
    const roles = await childrenOf(tree, rolesFolder);
    assert.equal(roles.length, spec('acme-master-001').roles);
    assert.ok(roles.every((r) => contextOf(tree, r).startsWith('zoom.role')));
    const role = roles.find((r) => /[1-9]/.test(String(itemOf(tree, r).description))) ?? roles[0];
    await sim.clearRequests();
    const members = await userRows(tree, role);
    assert.ok(members.length > 0);
    assert.ok(members.every((m) => m.id.startsWith(`${role.id}/`) && refOf(m).id));
    assert.equal((await apiRequests(`/roles/${refOf(role).id}/members`)).length, 1);
  });

  test('each row gets the context menu commands that fit it, and only those', async () => {
    const users = await path(tree, globex, 'Users');
    const active = await path(tree, globex, 'Users', 'Active');
    const [user] = await userRows(tree, active);
    const [group] = await childrenOf(tree, await path(tree, globex, 'Groups'));
    const acmeActive = await path(tree, acme, 'Users', 'Active');
    await cmd('zoomAdmin.refresh', acmeActive); // back to its first page: it has more
    await userRows(tree, acmeActive);
    const shown = (node: DirNode, command: string) => itemMenuWhen(command).some((w) => menuShows(w, contextOf(tree, node)));
    const fits: [DirNode, string][] = [
      [user, 'zoomAdmin.copyUserId'],
      [user, 'zoomAdmin.copyEmail'],
      [user, 'zoomAdmin.revealUser'],
      [group, 'zoomAdmin.copyGroupId'],
      [group, 'zoomAdmin.refresh'],
      [globex, 'zoomAdmin.refresh'],
      [globex, 'zoomAdmin.signOut'],
      [globex, 'zoomAdmin.exportUsersCsv'],
      [users, 'zoomAdmin.filterUsersByRole'],
      [active, 'zoomAdmin.exportUsersCsv'],
      [acmeActive, 'zoomAdmin.loadAll'],
    ];
    for (const [node, command] of fits) assert.ok(shown(node, command), `${command} on ${contextOf(tree, node)}`);
    const misfits: [DirNode, string][] = [
      [group, 'zoomAdmin.copyUserId'],
      [user, 'zoomAdmin.copyGroupId'],
      [user, 'zoomAdmin.refresh'],
      [active, 'zoomAdmin.loadAll'],
      [globex, 'zoomAdmin.copyEmail'],
    ];
    for (const [node, command] of misfits) assert.ok(!shown(node, command), `${command} is not on ${contextOf(tree, node)}`);
  });
});
