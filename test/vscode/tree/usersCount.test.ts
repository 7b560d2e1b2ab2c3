// The "Users" folder's count: the sum of the Active / Inactive / Pending total_records, shown once
// the three first pages have arrived, and the view told when it changes. The account's summary
// counts follow it (userDetails.test.ts); here only the leading sum is checked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import { defaultWorld, type UserCounts } from '../../sandbox/worldSpec';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import { childrenOf, count, itemOf, path } from './helpers';

const world = defaultWorld();
const usersOf = (accountId: string) => world.accounts.find((a) => a.accountId === accountId)!.users as Required<UserCounts>;
const sum = (c: Required<UserCounts>) => c.active + c.inactive + c.pending;
/** The leading count of the Users row's description (the summary counts that may follow are not this suite's). */
const lead = (description: string | boolean | undefined) => {
  const first = typeof description === 'string' ? description.split(' · ')[0] : undefined;
  return first !== undefined && /^[\d.,\s]+$/.test(first) ? first : undefined;
};

suite('Directory: the Users folder count', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let acme: AccountNode;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);

  /** Change events of the tree while `run` runs, with the Users row's description at each event that covers it. */
  async function watchChanges(users: DirNode, run: () => Promise<void>): Promise<(string | undefined)[]> {
    const seen: (string | undefined)[] = [];
    const covers = (e: DirNode | undefined) => {
      for (let n: DirNode | undefined = users; n; n = n.parent) if (n === e) return true;
      return e === undefined;
    };
    const listener = tree.onDidChangeTreeData((e) => {
      if (covers(e)) seen.push(lead(itemOf(tree, users).description));
    });
    try {
      await run();
      await tree.settled();
    } finally {
      listener.dispose();
    }
    return seen;
  }

  suiteSetup(async () => {
    api = await startSignedOut(world);
    tree = api.tree;
    acme = tree.accountNode(await signInAs(await simAccount('acme-master-001')))!;
    assert.ok(acme);
    await cmd('zoomAdmin.directory.focus'); // the view exists in the workbench (and so does its Collapse All)
  });

  setup(async () => {
    // Nothing stays open in the workbench from earlier suites: only this test's loads happen.
    await cmd('workbench.actions.treeView.zoomAdmin.directory.collapseAll');
    await cmd('zoomAdmin.refresh');
    await childrenOf(tree, acme);
    await tree.settled();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('no count before Users is opened; the three totals summed once it is, at no extra request, and the view told', async () => {
    const users = await path(tree, acme, 'Users');
    assert.equal(lead(itemOf(tree, users).description), undefined, 'no count before the statuses are loaded');
    assert.deepEqual(await sim.requests(), [], 'showing the Users row asks nothing');

    const described = await watchChanges(users, async () => {
      await childrenOf(tree, users);
    });
    const expected = count(sum(usersOf('acme-master-001')));
    assert.equal(lead(itemOf(tree, users).description), expected);
    assert.equal(
      described.at(-1),
      expected,
      `the view is told about the Users row once its count is known (descriptions at its change events: ${JSON.stringify(described)})`,
    );
    const requests = await sim.requests();
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path} ${r.query.status}`).sort(),
      ['GET /v2/users active', 'GET /v2/users inactive', 'GET /v2/users pending', 'GET /v2/users/summary undefined'],
      'one first page per status and the summary, nothing else',
    );

    // Opening a status, loading more of it, does not change the count nor tell the view about Users again.
    const again = await watchChanges(users, async () => {
      await childrenOf(tree, await path(tree, users, 'Active'));
      await cmd('zoomAdmin.loadMore', await path(tree, users, 'Active'));
    });
    assert.deepEqual(again, [], 'pages after the first leave the count alone');
    assert.equal(lead(itemOf(tree, users).description), expected);
  });

  test("a sub account's Users folder shows its own sum", async () => {
    const users = await path(tree, acme, 'Sub accounts', 'Acme East', 'Users');
    assert.equal(lead(itemOf(tree, users).description), undefined);
    const described = await watchChanges(users, async () => {
      await childrenOf(tree, users);
    });
    const expected = count(sum(usersOf('acme-sub-east')));
    assert.equal(lead(itemOf(tree, users).description), expected);
    assert.equal(described.at(-1), expected);
    assert.deepEqual(
      (await sim.requests())
        .filter((r) => !r.path.startsWith('/v2/accounts/acme-sub-east/groups'))
        .map((r) => `${r.path} ${r.query.status}`)
        .sort(),
      [
        '/v2/accounts/acme-sub-east/users active',
        '/v2/accounts/acme-sub-east/users inactive',
        '/v2/accounts/acme-sub-east/users pending',
        '/v2/accounts/acme-sub-east/users/summary undefined',
      ],
    );
  });

  test('refreshing a status, Users or the view drops the count and shows it again once reloaded', async () => {
    const users = await path(tree, acme, 'Users');
    await childrenOf(tree, users);
    await tree.settled();
    const expected = count(sum(usersOf('acme-master-001')));
    assert.equal(lead(itemOf(tree, users).description), expected);

    const inactive = await path(tree, users, 'Inactive');
    const dropped = await watchChanges(users, async () => {
      await cmd('zoomAdmin.refresh', inactive);
    });
    assert.ok(dropped.includes(undefined), `the view is told the count is gone (${JSON.stringify(dropped)})`);
    const back = await watchChanges(users, async () => {
      await childrenOf(tree, inactive);
    });
    assert.equal(back.at(-1), expected);

    for (const target of [users, undefined]) {
      await cmd('zoomAdmin.refresh', target);
      assert.equal(lead(itemOf(tree, users).description), undefined, `no count right after refreshing ${target?.id ?? 'the view'}`);
      await childrenOf(tree, users);
      await tree.settled();
      assert.equal(lead(itemOf(tree, users).description), expected);
    }
  });

  test('signing out and in again starts without a count', async () => {
    const users = await path(tree, acme, 'Users');
    await childrenOf(tree, users);
    await tree.settled();
    assert.equal(lead(itemOf(tree, users).description), count(sum(usersOf('acme-master-001'))));
    await signOutAll(api.accounts);
    acme = tree.accountNode(await signInAs(await simAccount('acme-master-001')))!;
    const fresh = await path(tree, acme, 'Users');
    assert.equal(lead(itemOf(tree, fresh).description), undefined);
    await childrenOf(tree, fresh);
    await tree.settled();
    assert.equal(lead(itemOf(tree, fresh).description), count(sum(usersOf('acme-master-001'))));
  });
});
