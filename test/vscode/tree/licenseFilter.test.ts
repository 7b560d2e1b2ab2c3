// Filter Users by License (issue 16 item 3): Zoom Workforce Management or Zoom Compliance Management,
// per account and per sub account, combined with the role filter, shown on the Users row, cleared by
// Clear Filters (Clear Role Filter clears the role only). Every list request of the scope carries
// license=: the status lists, Load all, the CSV export. The acme world is large enough (50,000 active
// users, ~5 % of them holding Workforce Management) that Load all needs a second page of 2000.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import { defaultWorld } from '../../sandbox/worldSpec';
import { answerQuickPicks } from '../quickPicks';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import { apiRequests, childrenOf, contextOf, count, footerRow, itemMenuWhen, itemOf, menuShows, path, userRows } from './helpers';

const EAST = 'acme-sub-east';
const WFM = 'zoom_workforce_management';
const CM = 'zoom_compliance_management';
const world = defaultWorld({ acmeUsers: { active: 50_000, inactive: 120, pending: 45 } });

suite('Directory: license filter', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let acmeKey: string;
  let acme: AccountNode;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);
  const shown = (node: DirNode, command: string) => itemMenuWhen(command).some((w) => menuShows(w, contextOf(tree, node)));
  const description = (node: DirNode) => String(itemOf(tree, node).description ?? '');

  suiteSetup(async () => {
    api = await startSignedOut(world);
    tree = api.tree;
    acmeKey = await signInAs(await simAccount('acme-master-001'));
    acme = tree.accountNode(acmeKey)!;
  });

  setup(async () => {
    await cmd('zoomAdmin.clearFilters');
    await childrenOf(tree, acme);
    await tree.settled();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await cmd('zoomAdmin.clearFilters');
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('from the Users row: the pick, license= on every status list, Load all and the CSV export; the row says so', async () => {
    const users = await path(tree, acme, 'Users');
    assert.equal(contextOf(tree, users), 'zoom.usersFolder');
    assert.ok(shown(users, 'zoomAdmin.filterUsersByLicense'), 'Filter Users by License is on the Users row');
    assert.ok(!shown(users, 'zoomAdmin.clearFilters'), 'nothing to clear yet');

    const picks = answerQuickPicks((items, options) => {
      assert.deepEqual(
        items.map((i) => i.label),
        ['$(clear-all) All users (clear the license filter)', 'Zoom Workforce Management', 'Zoom Compliance Management'],
      );
      assert.equal(options?.placeHolder, 'Show only the users of Acme Corporation who hold this license');
      return items[1];
    });
    try {
      assert.equal(await cmd('zoomAdmin.filterUsersByLicense', users), WFM);
    } finally {
      picks.dispose();
    }
    picks.assertAllUsed();
    assert.equal(contextOf(tree, users), 'zoom.usersFolder.license');
    assert.ok(description(users).endsWith('license: Zoom Workforce Management'), description(users));
    assert.ok(shown(users, 'zoomAdmin.clearFilters') && !shown(users, 'zoomAdmin.clearRoleFilter'));

    const holders = await api.accounts.client(acmeKey).listUsers({ status: 'active', license: WFM }).page();
    const total = holders.totalRecords!;
    assert.ok(total > 2000 && total < 50_000, `${total} holders need two pages`);
    const active = await path(tree, acme, 'Users', 'Active');
    await tree.settled();
    assert.equal(description(active), count(total), 'the Active row counts the holders only');
    const lists = await apiRequests('/users');
    assert.deepEqual([...new Set(lists.map((r) => r.query.status))].sort(), ['active', 'inactive', 'pending']);
    assert.ok(
      lists.every((r) => r.query.license === WFM),
      JSON.stringify(lists.map((r) => r.query)),
    );

    await sim.clearRequests();
    await cmd('zoomAdmin.loadAll', active);
    const rest = await apiRequests('/users', { status: 'active' });
    assert.equal(rest.length, 1, 'Load all asked the second page');
    assert.equal(rest[0].query.license, WFM, 'Load all carries license=');
    assert.ok(rest[0].query.next_page_token);
    assert.equal((await userRows(tree, active)).length, total);
    assert.equal(await footerRow(tree, active), undefined);

    await sim.clearRequests();
    const file = nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-license-')), 'wfm.csv');
    const result = await cmd<{ count: number }>('zoomAdmin.exportUsersCsv', { accountKey: acmeKey, status: 'active', uri: vscode.Uri.file(file) });
    assert.equal(result.count, total, 'the export has the holders only');
    const exported = await apiRequests('/users');
    assert.equal(exported.length, 2);
    assert.ok(
      exported.every((r) => r.query.license === WFM),
      'the CSV export carries license=',
    );
  });

  test('combines with the role filter; Clear Role Filter keeps the license, Clear Filters drops both; each scope has its own', async () => {
    const users = await path(tree, acme, 'Users');
    assert.equal(await cmd('zoomAdmin.filterUsersByLicense', { accountKey: acmeKey, license: CM }), CM);
    assert.equal(await cmd('zoomAdmin.filterUsersByRole', { accountKey: acmeKey, roleId: '2' }), '2');
    assert.equal(contextOf(tree, users), 'zoom.usersFolder.filtered.license');
    assert.ok(description(users).endsWith('role: Member · license: Zoom Compliance Management'), description(users));
    assert.ok(shown(users, 'zoomAdmin.clearFilters') && shown(users, 'zoomAdmin.clearRoleFilter'));
    assert.equal(await cmd('zoomAdmin.filterUsersByLicense', { accountKey: acmeKey, subAccountId: EAST, license: WFM }), WFM);
    const east = await path(tree, acme, 'Sub accounts', 'Acme East', 'Users');
    assert.equal(contextOf(tree, east), 'zoom.usersFolder.sub.license');

    await userRows(tree, await path(tree, acme, 'Users', 'Pending'));
    await userRows(tree, await path(tree, acme, 'Sub accounts', 'Acme East', 'Users', 'Pending'));
    await tree.settled();
    const own = await apiRequests('/users', { status: 'pending' });
    assert.ok(own.length > 0 && own.every((r) => r.query.license === CM && r.query.role_id === '2'), JSON.stringify(own.map((r) => r.query)));
    const sub = await apiRequests(`/accounts/${EAST}/users`, { status: 'pending' });
    assert.ok(sub.length > 0 && sub.every((r) => r.query.license === WFM && r.query.role_id === undefined), JSON.stringify(sub.map((r) => r.query)));

    // A license Zoom does not know is refused and changes nothing.
    assert.equal(await cmd('zoomAdmin.filterUsersByLicense', { accountKey: acmeKey, license: 'zoom_rooms' }), undefined);
    assert.ok(description(users).endsWith('license: Zoom Compliance Management'));

    await sim.clearRequests();
    await cmd('zoomAdmin.clearRoleFilter', users);
    assert.equal(contextOf(tree, users), 'zoom.usersFolder.license');
    await userRows(tree, await path(tree, acme, 'Users', 'Pending'));
    await tree.settled();
    const afterRole = await apiRequests('/users', { status: 'pending' });
    assert.ok(afterRole.length > 0 && afterRole.every((r) => r.query.license === CM && r.query.role_id === undefined));

    await cmd('zoomAdmin.clearFilters', users);
    assert.equal(contextOf(tree, users), 'zoom.usersFolder');
    assert.ok(!description(users).includes('license'));
    assert.equal(contextOf(tree, east), 'zoom.usersFolder.sub.license', 'East keeps its filter');
    await cmd('zoomAdmin.clearFilters');
    assert.equal(contextOf(tree, east), 'zoom.usersFolder.sub');
  });
});
