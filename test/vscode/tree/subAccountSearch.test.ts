// Search Users by email or user ID reaches the users of a master account's sub accounts
// (GET /accounts/{subAccountId}/users/{userId} once the master says "does not exist"): the result
// row names its sub account, and Copy User ID, Open as JSON and Reveal in Tree work on it. A plain
// account asks no sub account. Default world: acme-master-001 has acme-sub-east and acme-sub-west.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../../src/tree/markdown';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import type { SearchOutcome } from '../../../src/tree/userSearch';
import { userDisplayName } from '../../../src/tree/userText';
import type { ZoomUser } from '../../../src/zoom/types';
import { sim, type SimRequest } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, waitFor, type ExtensionExports } from '../auth/helpers';
import { childrenOf, itemOf, labelOf, path, refOf } from './helpers';

const MASTER = 'acme-master-001';
const EAST = 'acme-sub-east';
const WEST = 'acme-sub-west';
const PLAIN = 'globex-002';

/** A logged request as "<account> GET <decoded path> <status>", for readable failures. */
const show = (r: SimRequest) => `${r.accountId} ${r.method} ${decodeURIComponent(r.path)} ${r.status}`;

suite('Search Users: users of sub accounts', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let acmeKey: string;
  let globexKey: string;
  let acme: AccountNode;
  let globex: AccountNode;
  let eastUser: ZoomUser;
  let westUser: ZoomUser;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);

  /** Requests logged since the test's setup, with decoded paths. */
  const logged = async (filter: (r: SimRequest & { decoded: string }) => boolean = () => true) =>
    (await sim.requests()).map((r) => ({ ...r, decoded: decodeURIComponent(r.path) })).filter(filter);

  async function searchRoot(): Promise<DirNode> {
    const [root] = await childrenOf(tree);
    assert.equal(root.id, 'search', 'the search results are the first root');
    return root;
  }

  suiteSetup(async () => {
    api = await startSignedOut();
    tree = api.tree;
    acmeKey = await signInAs(await simAccount(MASTER));
    globexKey = await signInAs(await simAccount(PLAIN));
    acme = tree.accountNode(acmeKey)!;
    globex = tree.accountNode(globexKey)!;
    const client = api.accounts.client(acmeKey);
    const east = (await client.listUsers({ status: 'active' }, { subAccountId: EAST }).page()).items;
    const west = (await client.listUsers({ status: 'active' }, { subAccountId: WEST }).page()).items;
    eastUser = east[east.length - 1];
    westUser = west[Math.floor(west.length / 2)];
    assert.ok(eastUser.id && westUser.id);
    await cmd('zoomAdmin.directory.focus'); // the view exists in the workbench (and so does its Collapse All)
  });

  setup(async () => {
    // Nothing open in the workbench from earlier tests: the tree loads only what a test asks.
    await cmd('workbench.actions.treeView.zoomAdmin.directory.collapseAll');
    await cmd('zoomAdmin.clearSearch');
    await cmd('zoomAdmin.refresh');
    await tree.settled();
    await sim.clearFaults();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await sim.clearFaults();
    await cmd('workbench.action.closeAllEditors');
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('an email of a sub account user is found from the master account, the sub accounts listed on the way', async () => {
    // After a refresh nothing says acme is a master account yet: the search lists its sub accounts.
    assert.equal(acme.subAccounts.pager.loaded, false);
    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', eastUser.email);
    assert.equal(outcome.mode, 'lookup');
    assert.equal(outcome.matches, 1);
    assert.deepEqual(outcome.resultIds, [`search/${acmeKey}/sub/${EAST}/${eastUser.id}`]);
    assert.deepEqual(outcome.errors, [], '"does not exist" from the other accounts is not an error');
    assert.equal(tree.view.message, undefined);

    const [row] = await childrenOf(tree, await searchRoot());
    const item = itemOf(tree, row);
    assert.equal(item.contextValue, 'zoom.user.result');
    assert.equal(labelOf(tree, row), userDisplayName(eastUser));
    assert.equal(item.description, `${eastUser.email} · sub account Acme East`, 'the row names its sub account');
    const tooltip = (tree.resolveTreeItem(item, row).tooltip as vscode.MarkdownString).value;
    assert.ok(tooltip.includes(escapeMarkdown(`Sub account Acme East (${EAST})`)), tooltip);
    assert.deepEqual(
      { ...refOf(row) },
      { accountKey: acmeKey, subAccountId: EAST, type: 'user', id: eastUser.id, name: userDisplayName(eastUser), email: eastUser.email },
    );
    await waitFor('the result row to be selected', () => tree.view.selection.some((n) => n.id === row.id) || undefined);

    const requests = await logged();
    const lookups = requests.filter((r) => r.decoded.endsWith(`/users/${eastUser.email}`));
    assert.deepEqual(
      lookups
        .filter((r) => r.decoded === `/v2/users/${eastUser.email}`)
        .map((r) => `${r.accountId} ${r.status}`)
        .sort(),
      [`${MASTER} 404`, `${PLAIN} 404`],
      `each signed-in account is asked first: ${requests.map(show).join(', ')}`,
    );
    assert.deepEqual(
      lookups.filter((r) => r.decoded === `/v2/accounts/${EAST}/users/${eastUser.email}`).map((r) => r.status),
      [200],
    );
    assert.ok(
      lookups.filter((r) => r.decoded.startsWith(`/v2/accounts/${WEST}/`)).every((r) => r.status === 404),
      'West, if asked before East answered, does not have it',
    );
    assert.equal(requests.filter((r) => r.decoded === '/v2/accounts' && r.accountId === MASTER).length, 1, 'the sub accounts are listed once');
    assert.deepEqual(requests.filter((r) => r.accountId === PLAIN && r.decoded.startsWith('/v2/accounts/')).map(show), [], 'globex asks no sub account');

    // The tree's own list was used: Sub accounts shows them at no further request.
    await sim.clearRequests();
    const subs = await childrenOf(tree, await path(tree, acme, 'Sub accounts'));
    assert.deepEqual(subs.map((s) => labelOf(tree, s)).sort(), ['Acme East', 'Acme West']);
    await tree.settled();
    assert.deepEqual((await logged((r) => r.decoded.startsWith('/v2/accounts'))).map(show), []);
  });

  test('Copy User ID, Copy Email, Open as JSON and Reveal in Tree work on a sub account result', async () => {
    await cmd<SearchOutcome>('zoomAdmin.searchUsers', eastUser.email);
    const [row] = await childrenOf(tree, await searchRoot());

    await vscode.env.clipboard.writeText('');
    assert.equal(await cmd<number>('zoomAdmin.copyUserId', row), 1);
    assert.equal(await vscode.env.clipboard.readText(), eastUser.id);
    assert.equal(await cmd<number>('zoomAdmin.copyEmail', row), 1);
    assert.equal(await vscode.env.clipboard.readText(), eastUser.email);

    await sim.clearRequests();
    const uri = await cmd<vscode.Uri | undefined>('zoomAdmin.openAsJson', row);
    assert.ok(uri, 'a document opened');
    assert.ok(uri.path.startsWith(`/${acmeKey}/sub_accounts/${EAST}/users/${eastUser.id}`), uri.toString());
    const doc = await vscode.workspace.openTextDocument(uri);
    const body = JSON.parse(doc.getText()) as ZoomUser;
    assert.equal(body.id, eastUser.id);
    assert.equal(body.email, eastUser.email);
    assert.deepEqual(
      (await logged((r) => r.decoded.includes(eastUser.id!))).map((r) => `${r.decoded} ${r.status}`),
      [`/v2/accounts/${EAST}/users/${eastUser.id} 200`],
      'read through the sub account',
    );
    await cmd('workbench.action.closeAllEditors');

    const expanded = new Set<string>();
    const listener = tree.view.onDidExpandElement((e) => expanded.add(e.element.id));
    try {
      const revealed = await cmd<string>('zoomAdmin.revealUser', row);
      const users = `${acmeKey}/sub/${EAST}/users`;
      assert.equal(revealed, `${users}/active/${eastUser.id}`);
      await waitFor('the user row to be selected', () => tree.view.selection.some((n) => n.id === revealed) || undefined);
      await waitFor(
        `${users} and its Active list to be expanded (expanded: ${[...expanded].join(', ')})`,
        () => (expanded.has(users) && expanded.has(`${users}/active`)) || undefined,
      );
      assert.ok(expanded.has(`${acmeKey}/sub/${EAST}`), 'the sub account opened too');
    } finally {
      listener.dispose();
    }
    await tree.settled();
  });

  test('a user ID of a sub account user is found too; sub accounts already listed are not listed again', async () => {
    // The view shows the accounts: acme's sub accounts are listed, globex is known to have none.
    await childrenOf(tree, acme);
    await childrenOf(tree, globex);
    await tree.settled();
    assert.equal(acme.subAccounts.pager.loaded, true);
    await sim.clearRequests();

    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', westUser.id);
    assert.equal(outcome.mode, 'lookup');
    assert.deepEqual(outcome.resultIds, [`search/${acmeKey}/sub/${WEST}/${westUser.id}`]);
    assert.deepEqual(outcome.errors, []);
    const [row] = await childrenOf(tree, await searchRoot());
    assert.equal(itemOf(tree, row).description, `${westUser.email} · sub account Acme West`);
    assert.equal(await cmd<number>('zoomAdmin.copyUserId', row), 1);
    assert.equal(await vscode.env.clipboard.readText(), westUser.id);

    const requests = await logged();
    assert.equal(requests.filter((r) => r.decoded === '/v2/accounts').length, 0, `no list request: ${requests.map(show).join(', ')}`);
    assert.deepEqual(
      requests.filter((r) => r.decoded === `/v2/accounts/${WEST}/users/${westUser.id}`).map((r) => r.status),
      [200],
    );
    assert.deepEqual(requests.filter((r) => r.accountId === PLAIN).map(show), [`${PLAIN} GET /v2/users/${westUser.id} 404`]);
  });

  test('a plain account, and a master account that has the user itself, ask no sub account', async () => {
    // Globex known to be a plain account (as the view finds out when it shows the account).
    await childrenOf(tree, globex);
    await childrenOf(tree, acme);
    await tree.settled();
    assert.equal(globex.subAccounts.isMaster(), false);
    await sim.clearRequests();

    const nobody = 'nobody-at-all@nowhere.example.com';
    const missed = await cmd<SearchOutcome>('zoomAdmin.searchUsers', nobody);
    assert.equal(missed.matches, 0);
    assert.deepEqual(missed.errors, []);
    assert.equal(tree.view.message, `No user ${nobody} in the signed-in accounts or their sub accounts.`);
    const requests = await logged();
    assert.deepEqual(requests.filter((r) => r.accountId === PLAIN).map(show), [`${PLAIN} GET /v2/users/${nobody} 404`], 'globex: only its own lookup');
    assert.deepEqual(
      requests
        .filter((r) => r.accountId === MASTER)
        .map(show)
        .sort(),
      [
        `${MASTER} GET /v2/accounts/${EAST}/users/${nobody} 404`,
        `${MASTER} GET /v2/accounts/${WEST}/users/${nobody} 404`,
        `${MASTER} GET /v2/users/${nobody} 404`,
      ],
      'acme: itself, then each sub account',
    );

    // Found in the master account itself: its sub accounts are not asked.
    const own = (await api.accounts.client(acmeKey).listUsers({ status: 'active' }).page()).items[0];
    await sim.clearRequests();
    const found = await cmd<SearchOutcome>('zoomAdmin.searchUsers', own.email);
    assert.deepEqual(found.resultIds, [`search/${acmeKey}/${own.id}`]);
    assert.equal(itemOf(tree, (await childrenOf(tree, await searchRoot()))[0]).description, own.email, 'no sub account in the description');
    assert.deepEqual((await logged((r) => r.decoded.startsWith('/v2/accounts'))).map(show), []);
  });

  test('a plain account not yet known as such is asked once whether it has sub accounts, then never again', async () => {
    assert.equal(globex.subAccounts.isMaster(), undefined, 'refreshed: not known yet');
    const nobody = 'still-nobody@nowhere.example.com';
    await cmd<SearchOutcome>('zoomAdmin.searchUsers', nobody);
    await cmd<SearchOutcome>('zoomAdmin.searchUsers', nobody);
    const plain = await logged((r) => r.accountId === PLAIN);
    assert.deepEqual(
      plain.map(show),
      [`${PLAIN} GET /v2/users/${nobody} 404`, `${PLAIN} GET /v2/accounts 400`, `${PLAIN} GET /v2/users/${nobody} 404`],
      'the one probe the tree itself makes when it shows the account, answered "missing scope"',
    );
    assert.equal(globex.subAccounts.isMaster(), false);
  });

  test('a sub account that fails is reported as the search reports accounts; "does not exist" is not', async () => {
    await sim.addFault({
      match: { method: 'GET', path: `re:^/v2/accounts/${WEST}/users/` },
      times: 0,
      action: { kind: 'status', status: 400, body: { code: 5999, message: 'Simulated failure of a sub account' } },
    });
    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', 'someone-else@nowhere.example.com');
    assert.equal(outcome.matches, 0);
    assert.equal(outcome.errors.length, 1, outcome.errors.join(' | '));
    assert.ok(outcome.errors[0].startsWith('Acme Corporation › Acme West: '), outcome.errors[0]);
    assert.ok(outcome.errors[0].includes('Simulated failure of a sub account'), outcome.errors[0]);
    const east = await logged((r) => r.decoded.startsWith(`/v2/accounts/${EAST}/users/`));
    assert.deepEqual(
      east.map((r) => r.status),
      [404],
      'East was asked and answered "does not exist"',
    );
  });
});
