// The Users folders against the simulator: counts, first pages, load more / load all with exact
// request counts, pending users without ID, a failed page, an expired page token, the role filter.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import { escapeMarkdown } from '../../../src/tree/markdown';
import type { DirectoryTree } from '../../../src/tree/register';
import { defaultWorld, type UserCounts } from '../../sandbox/worldSpec';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, waitFor, type ExtensionExports } from '../auth/helpers';
import { apiRequests, childrenOf, contextOf, count, footerRow, itemMenuWhen, itemOf, labelOf, menuShows, path, refOf, userRows } from './helpers';

const PAGE = 2000; // the spec maximum the client asks for
const world = defaultWorld({ acmeUsers: { active: 7000, inactive: 120, pending: 45 } });
const acmeUsers = world.accounts[0].users as Required<UserCounts>;

suite('Directory: users', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let key: string;
  let root: AccountNode;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);

  suiteSetup(async () => {
    api = await startSignedOut(world);
    tree = api.tree;
    key = await signInAs(await simAccount('acme-master-001'));
    root = tree.accountNode(key)!;
    assert.ok(root, 'the signed-in account has a root');
  });

  setup(async () => {
    await tree.settled();
    await sim.clearFaults();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await sim.clearFaults();
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('Users shows Active, Inactive and Pending with their totals, one request each', async () => {
    const users = await path(tree, root, 'Users');
    const statuses = await childrenOf(tree, users);
    assert.deepEqual(
      statuses.map((s) => labelOf(tree, s)),
      ['Active', 'Inactive', 'Pending'],
    );
    await tree.settled();
    const requests = await apiRequests('/users');
    assert.deepEqual(requests.map((r) => r.query.status).sort(), ['active', 'inactive', 'pending']);
    assert.ok(
      requests.every((r) => !r.query.next_page_token && r.query.page_size === String(PAGE)),
      JSON.stringify(requests),
    );
    assert.deepEqual(
      statuses.map((s) => itemOf(tree, s).description),
      [count(acmeUsers.active), count(acmeUsers.inactive), count(acmeUsers.pending)],
    );
    // The sum of the three totals leads; the account's summary counts follow it (userDetails.test.ts).
    assert.equal(String(itemOf(tree, users).description).split(' · ')[0], count(acmeUsers.active + acmeUsers.inactive + acmeUsers.pending));
  });

  test('opening a status shows its first page at no further request', async () => {
    const active = await path(tree, root, 'Users', 'Active');
    const rows = await userRows(tree, active);
    assert.equal(rows.length, PAGE);
    assert.equal(new Set(rows.map((r) => r.id)).size, PAGE, 'ids are unique');
    for (const row of rows.slice(0, 20)) {
      const ref = refOf(row);
      assert.ok(ref.id, 'active users have an id');
      assert.equal(row.id, `${key}/users/active/${ref.id}`);
      const item = itemOf(tree, row);
      assert.ok(String(item.description).includes(ref.email!), 'the email is the description');
      assert.equal(item.tooltip, undefined, 'the tooltip is built on hover');
      const tooltip = tree.resolveTreeItem(item, row).tooltip as vscode.MarkdownString;
      assert.ok(tooltip.value.includes(ref.id) && tooltip.value.includes('User ID'), tooltip.value);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    }
    // Tooltips name the user's groups (the group list loaded when the account opened).
    const groupNames = new Map((await childrenOf(tree, await path(tree, root, 'Groups'))).map((g) => [refOf(g).id, labelOf(tree, g)]));
    const inGroup = rows.find((r) => ((r as unknown as { user: { group_ids?: string[] } }).user.group_ids ?? []).length > 0);
    assert.ok(inGroup, 'some user is in a group');
    const groupId = (inGroup as unknown as { user: { group_ids: string[] } }).user.group_ids[0];
    const tip = (tree.resolveTreeItem(itemOf(tree, inGroup), inGroup).tooltip as vscode.MarkdownString).value;
    assert.ok(tip.includes(escapeMarkdown(groupNames.get(groupId)!)), `${tip} names group ${groupNames.get(groupId)}`);

    const more = await footerRow(tree, active);
    assert.equal(more && contextOf(tree, more), 'zoom.loadMore');
    assert.ok(String(itemOf(tree, more!).description).includes(`${count(PAGE)} of ${count(acmeUsers.active)}`));

    const inactive = await path(tree, root, 'Users', 'Inactive');
    assert.equal((await userRows(tree, inactive)).length, acmeUsers.inactive);
    assert.equal(await footerRow(tree, inactive), undefined, 'a complete list has no "Load more"');
    const pending = await path(tree, root, 'Users', 'Pending');
    assert.equal((await userRows(tree, pending)).length, acmeUsers.pending);
    assert.deepEqual(await apiRequests('/users'), [], 'the first pages were already loaded with the counts');
  });

  test('pending users have no ID: the row says so, and only Copy Email is offered', async () => {
    const rows = await userRows(tree, await path(tree, root, 'Users', 'Pending'));
    assert.ok(rows.length > 1);
    for (const row of rows) {
      const ref = refOf(row);
      assert.equal(ref.id, undefined);
      assert.equal(contextOf(tree, row), 'zoom.userNoId');
      assert.equal(row.id, `${key}/users/pending/${ref.email}`);
      assert.match(String(itemOf(tree, row).description), /no user ID/);
    }
    const copyId = itemMenuWhen('zoomAdmin.copyUserId');
    assert.ok(
      copyId.some((w) => menuShows(w, 'zoom.user')),
      'Copy User ID is on user rows',
    );
    assert.ok(
      copyId.every((w) => !menuShows(w, 'zoom.userNoId')),
      'Copy User ID is not on pending rows',
    );
    assert.ok(
      itemMenuWhen('zoomAdmin.copyEmail').some((w) => menuShows(w, 'zoom.userNoId')),
      'Copy Email is',
    );

    await vscode.env.clipboard.writeText('unchanged');
    assert.equal(await cmd<number>('zoomAdmin.copyUserId', rows[0], [rows[0], rows[1]]), 0);
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged', 'nothing was copied');
    assert.equal(await cmd<number>('zoomAdmin.copyEmail', rows[0], [rows[0], rows[1]]), 2);
    assert.equal(await vscode.env.clipboard.readText(), `${refOf(rows[0]).email}\n${refOf(rows[1]).email}`);
  });

  test('Load more appends the next page with one request; Load all makes exactly the rest', async () => {
    const active = await path(tree, root, 'Users', 'Active');
    const firstIds = (await userRows(tree, active)).map((r) => r.id);
    await cmd('zoomAdmin.loadMore', await footerRow(tree, active));
    const more = await apiRequests('/users', { status: 'active' });
    assert.equal(more.length, 1);
    assert.ok(more[0].query.next_page_token, 'the second page was asked for with the token');
    const rows = await userRows(tree, active);
    assert.equal(rows.length, 2 * PAGE);
    assert.deepEqual(
      rows.slice(0, PAGE).map((r) => r.id),
      firstIds,
      'the first page stays in place',
    );

    await sim.clearRequests();
    await cmd('zoomAdmin.loadAll', active);
    assert.equal((await apiRequests('/users', { status: 'active' })).length, Math.ceil(acmeUsers.active / PAGE) - 2);
    const all = await userRows(tree, active);
    assert.equal(all.length, acmeUsers.active);
    assert.equal(new Set(all.map((r) => r.id)).size, acmeUsers.active);
    assert.equal(await footerRow(tree, active), undefined);
  });

  test('ids stay the same across a refresh, so expansion survives it', async () => {
    const active = await path(tree, root, 'Users', 'Active');
    const before = (await childrenOf(tree, active)).slice(0, 100).map((n) => n.id);
    await cmd('zoomAdmin.refresh', active);
    const after = (await childrenOf(tree, active)).slice(0, 100).map((n) => n.id);
    assert.deepEqual(after, before);
    assert.equal((await userRows(tree, active)).length, PAGE, 'a refresh goes back to the first page');
    const again = await path(tree, root, 'Users', 'Active');
    assert.equal(again, active, 'the folder node itself is kept');
  });

  test('a failure on page 3 keeps pages 1-2 and adds an error row; Retry loads page 3', async () => {
    await sim.addFault({
      match: { method: 'GET', path: '/v2/users', query: { status: 'active' }, nth: 3 },
      action: { kind: 'status', status: 400, body: { code: 5999, message: 'Simulated failure of page 3' } },
    });
    const active = await path(tree, root, 'Users', 'Active');
    await cmd('zoomAdmin.refresh', active);
    await userRows(tree, active);
    await cmd('zoomAdmin.loadAll', active);
    const children = await childrenOf(tree, active);
    const rows = children.filter((c) => contextOf(tree, c) === 'zoom.user');
    assert.equal(rows.length, 2 * PAGE, 'pages 1-2 stay');
    const error = children[children.length - 1];
    assert.equal(contextOf(tree, error), 'zoom.error');
    const item = itemOf(tree, error);
    assert.match(labelOf(tree, error), /Could not load more active users/);
    assert.match(String(item.description), /Simulated failure of page 3/);
    const tooltip = (item.tooltip as vscode.MarkdownString).value;
    assert.ok(tooltip.includes('command:zoomAdmin.retry') && tooltip.includes('command:zoomAdmin.showLog'), tooltip);
    assert.equal(item.command?.command, 'zoomAdmin.retry');
    assert.deepEqual(
      (await apiRequests('/users', { status: 'active' })).map((r) => r.status),
      [200, 200, 400],
    );

    await cmd('zoomAdmin.retry', error);
    const after = await childrenOf(tree, active);
    assert.equal(after.filter((c) => contextOf(tree, c) === 'zoom.user').length, 3 * PAGE);
    assert.deepEqual(
      after.slice(0, 2 * PAGE).map((n) => n.id),
      rows.map((n) => n.id),
    );
    assert.equal(contextOf(tree, after[after.length - 1]), 'zoom.loadMore');
  });

  test('an expired page token on Load more restarts from page 1 and adds only new rows', async () => {
    const active = await path(tree, root, 'Users', 'Active');
    await cmd('zoomAdmin.refresh', active);
    await userRows(tree, active);
    await cmd('zoomAdmin.loadMore', active);
    await sim.clearRequests();
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' }, nth: 1 }, action: { kind: 'expire-page-token' } });
    await cmd('zoomAdmin.loadMore', await footerRow(tree, active));
    const children = await childrenOf(tree, active);
    assert.ok(!children.some((c) => contextOf(tree, c) === 'zoom.error'), 'no error row');
    const rows = children.filter((c) => contextOf(tree, c) === 'zoom.user');
    assert.equal(rows.length, 3 * PAGE);
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length, 'no row twice');
    const requests = await apiRequests('/users', { status: 'active' });
    assert.deepEqual(
      requests.map((r) => r.status),
      [400, 200, 200, 200],
      'expired page 3, then pages 1, 2, 3',
    );
    assert.ok(!requests[1].query.next_page_token);
  });

  test('Filter Users by Role lists only that role (role_id) and says so on Users', async () => {
    const roles = await childrenOf(tree, await path(tree, root, 'Roles'));
    const role = roles.find((r) => labelOf(tree, r) === 'Member') ?? roles[0];
    const roleId = refOf(role).id!;
    assert.equal(await vscode.commands.executeCommand('zoomAdmin.filterUsersByRole', { accountKey: key, roleId }), roleId);
    const users = await path(tree, root, 'Users');
    assert.ok(String(itemOf(tree, users).description).includes(labelOf(tree, role)));
    assert.equal(contextOf(tree, users), 'zoom.usersFolder.filtered');
    const active = await path(tree, root, 'Users', 'Active');
    const rows = await userRows(tree, active);
    await tree.settled();
    assert.equal((await apiRequests('/users', { status: 'active', role_id: roleId })).length, 1);
    assert.ok(rows.length > 0);
    for (const row of rows) assert.equal((row as unknown as { user: { role_id?: string } }).user.role_id, roleId);

    await sim.clearRequests();
    await vscode.commands.executeCommand('zoomAdmin.filterUsersByRole', { accountKey: key, roleId: '' });
    assert.equal(contextOf(tree, users), 'zoom.usersFolder');
    await userRows(tree, active);
    await tree.settled();
    const unfiltered = await apiRequests('/users', { status: 'active' });
    assert.ok(unfiltered.length >= 1 && unfiltered.every((r) => r.query.role_id === undefined));
  });
  test('collapsing a folder in the view cancels its loads in flight; opening it again loads afresh', async () => {
    const users = await path(tree, root, 'Users');
    const active = await path(tree, root, 'Users', 'Active');
    const pager = (active as unknown as { pager: { loading: boolean; loaded: boolean; error: unknown } }).pager;
    // Every Active request hangs until the faults are cleared, whoever makes it (the workbench may refresh too).
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' } }, times: 0, action: { kind: 'delay', ms: 30_000 } });
    const collapseAll = 'workbench.actions.treeView.zoomAdmin.directory.collapseAll';
    await cmd(collapseAll); // nothing below stays open in the workbench from earlier suites
    await cmd('zoomAdmin.refresh', users);
    void tree.view.reveal(users, { expand: true, select: false, focus: false }); // the workbench opens Users: statuses start loading
    await waitFor('the first page of Active to be loading', () => pager.loading || undefined);
    await cmd(collapseAll);
    await waitFor('the load to stop', () => !pager.loading || undefined);
    assert.equal(pager.loaded, false, 'the delayed page never arrived: the request was cancelled');
    assert.equal(pager.error, undefined, 'a cancellation is not an error');
    await sim.clearFaults();
    assert.equal((await userRows(tree, active)).length, PAGE, 'opening it again loads the first page');
  });
  test('the view gets its answer at once while a page is on its way: rows so far and a "Loading…" row', async () => {
    // Each answer comes without waiting, so two answers for one folder can never overlap in the
    // workbench (an answer that waited could land after a newer one: "Element with id … is already registered").
    const active = await path(tree, root, 'Users', 'Active');
    const pager = (active as unknown as { pager: { loading: boolean } }).pager;
    const firstIds = (await userRows(tree, active)).map((r) => r.id);
    const answerNow = () => Promise.race([Promise.resolve(tree.getChildren(active)), new Promise<undefined>((resolve) => setTimeout(resolve, 1000))]);
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' } }, times: 0, action: { kind: 'delay', ms: 30_000 } });
    const loadMore = cmd('zoomAdmin.loadMore', await footerRow(tree, active));
    await waitFor('page 2 to be on its way', () => pager.loading || undefined);
    const during = await answerNow();
    assert.ok(during, 'getChildren answered while page 2 was loading');
    assert.deepEqual(
      during.slice(0, PAGE).map((n) => n.id),
      firstIds,
      'the rows already shown stay',
    );
    assert.deepEqual(
      during.slice(PAGE).map((n) => [labelOf(tree, n), contextOf(tree, n)]),
      [['Loading…', 'zoom.loadMore']],
    );

    await cmd('zoomAdmin.refresh', active); // cancels page 2; the next answer starts page 1 again
    const fresh = await answerNow();
    assert.ok(fresh, 'getChildren answered while page 1 was loading');
    assert.deepEqual(
      fresh.map((n) => [labelOf(tree, n), contextOf(tree, n)]),
      [['Loading…', 'zoom.loading']],
    );
    assert.equal(itemOf(tree, fresh[0]).command, undefined, 'nothing to click while the first page loads');

    await sim.clearFaults();
    await cmd('zoomAdmin.refresh', active); // cancels the held page 1
    await loadMore;
    assert.equal((await userRows(tree, active)).length, PAGE);
  });
});

suite('Directory: empty lists', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;

  suiteSetup(async () => {
    api = await startSignedOut({
      seed: 3,
      accounts: [{ name: 'Tiny Co', accountId: 'tiny-001', users: { active: 2, inactive: 0, pending: 0 }, groups: 1, roles: 3 }],
    });
    tree = api.tree;
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('an empty list shows a placeholder row', async () => {
    const key = await signInAs(await simAccount('tiny-001'));
    const root = tree.accountNode(key)!;
    const pending = await path(tree, root, 'Users', 'Pending');
    const children = await childrenOf(tree, pending);
    assert.deepEqual(
      children.map((c) => [labelOf(tree, c), contextOf(tree, c)]),
      [['No pending users', 'zoom.placeholder']],
    );
    assert.equal(itemOf(tree, pending).description, count(0));
    const inactive = await childrenOf(tree, await path(tree, root, 'Users', 'Inactive'));
    assert.deepEqual(
      inactive.map((c) => labelOf(tree, c)),
      ['No inactive users'],
    );
  });

  test('a filtered empty list says which filter emptied it, naming its list as the list names itself', async () => {
    const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);
    const key = await signInAs(await simAccount('tiny-001'));
    const root = tree.accountNode(key)!;
    const placeholders = async (status: string) => (await childrenOf(tree, await path(tree, root, 'Users', status))).map((c) => labelOf(tree, c));
    await childrenOf(tree, root.roles);
    const [role] = root.roles.pager.items;
    assert.ok(role, 'Tiny Co has roles');
    try {
      await cmd('zoomAdmin.filterUsersByRole', { accountKey: key, roleId: role.role.id });
      assert.deepEqual(await placeholders('Pending'), ['No pending users with this role']);
      await cmd('zoomAdmin.filterUsersByLicense', { accountKey: key, license: 'zoom_workforce_management' });
      assert.deepEqual(await placeholders('Inactive'), ['No inactive users match the filters'], 'a license filter (with the role filter) is "the filters"');
      await cmd('zoomAdmin.clearFilters');
      assert.deepEqual(await placeholders('Pending'), ['No pending users']);
    } finally {
      await cmd('zoomAdmin.clearFilters');
    }
  });
});
