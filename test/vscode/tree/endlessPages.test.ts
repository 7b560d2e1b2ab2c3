// Lists that would never end, in the tree (issue 17 item 3): a server that repeats next_page_token or
// sends pages with nothing new stops Load all, the CSV export and Reveal in Tree with an error that
// names the list and the page, keeping the rows already shown. A server that serves 300 a page
// where 2000 were asked for is not such a server: everything still loads.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import type { SearchOutcome } from '../../../src/tree/userSearch';
import type { ZoomUser } from '../../../src/zoom/types';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import { apiRequests, childrenOf, contextOf, count, footerRow, itemOf, labelOf, path, userRows } from './helpers';

const ACTIVE = 2500;
const world = { seed: 11, accounts: [{ name: 'Loop Co', accountId: 'loop-001', users: { active: ACTIVE, inactive: 10, pending: 5 }, groups: 3 }] };
const PAGE = 2000; // what the client asks for

suite('Directory: lists that would never end', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let key: string;
  let root: AccountNode;
  let lastUser: ZoomUser;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);
  const activeRequests = () => apiRequests('/users', { status: 'active' });
  const tempCsv = () => nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-export-')), 'loop.csv');

  /** The Active folder, refreshed to its first page only. */
  async function freshActive(): Promise<DirNode> {
    const active = await path(tree, root, 'Users', 'Active');
    await cmd('zoomAdmin.refresh', active);
    await userRows(tree, active);
    await tree.settled();
    await sim.clearRequests();
    return active;
  }

  /** A search result row for a user the Active list has not loaded (the last one). */
  async function resultRowOfLastUser(): Promise<DirNode> {
    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', lastUser.email);
    assert.equal(outcome.matches, 1);
    const [searchRoot] = await childrenOf(tree);
    const [result] = await childrenOf(tree, searchRoot);
    return result;
  }

  suiteSetup(async () => {
    api = await startSignedOut(world);
    tree = api.tree;
    key = await signInAs(await simAccount('loop-001'));
    root = tree.accountNode(key)!;
    const all = await api.accounts.client(key).listUsers({ status: 'active' }).all();
    lastUser = all[all.length - 1];
  });

  setup(async () => {
    await tree.settled();
    await sim.clearFaults();
    await sim.pageSizeCap(null);
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await sim.clearFaults();
    await sim.pageSizeCap(null);
    await cmd('zoomAdmin.clearSearch');
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('a repeated next_page_token: Load all stops at page 2 with an error naming the list; page 1 stays', async () => {
    const active = await freshActive();
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' } }, times: 0, action: { kind: 'repeat-page-token' } });
    await cmd('zoomAdmin.loadAll', active);
    const children = await childrenOf(tree, active);
    assert.equal(children.filter((c) => contextOf(tree, c) === 'zoom.user').length, PAGE, 'the rows of page 1 stay');
    const error = children[children.length - 1];
    assert.equal(contextOf(tree, error), 'zoom.error');
    assert.equal(labelOf(tree, error), `Could not load more active users (after ${count(PAGE)})`);
    assert.match(String(itemOf(tree, error).description), /next page token for active users that it had sent before \(page 2\)/);
    assert.equal((await activeRequests()).length, 1, 'one request: page 2, which repeated the token of page 1');

    // Retry asks once more and stops again; Load all does not turn into a loop either.
    await cmd('zoomAdmin.retry', error);
    await cmd('zoomAdmin.loadAll', active);
    assert.equal((await activeRequests()).length, 3);
    assert.equal((await userRows(tree, active)).length, PAGE);
  });

  test('a page with no new rows stops Load all the same way', async () => {
    await sim.pageSizeCap(300); // page 2 of 9 is not the last: an empty one still points on
    const active = await freshActive();
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' } }, times: 0, action: { kind: 'empty-page' } });
    await cmd('zoomAdmin.loadAll', active);
    const children = await childrenOf(tree, active);
    assert.equal(children.filter((c) => contextOf(tree, c) === 'zoom.user').length, 300);
    assert.match(String(itemOf(tree, children[children.length - 1]).description), /page 2 of active users without any row not seen before/);
    assert.equal((await activeRequests()).length, 1);
  });

  test('the CSV export stops with the error and writes no file', async () => {
    const file = tempCsv();
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' } }, times: 0, action: { kind: 'repeat-page-token' } });
    try {
      const result = await cmd<{ count: number } | undefined>('zoomAdmin.exportUsersCsv', { accountKey: key, status: 'active', uri: vscode.Uri.file(file) });
      assert.equal(result, undefined);
      assert.equal(fs.existsSync(file), false, 'no partial file');
      assert.ok((await activeRequests()).length <= 3, 'page 1, page 2 and at most the read-ahead of the repeated token');
    } finally {
      fs.rmSync(nodePath.dirname(file), { recursive: true, force: true });
    }
  });

  test('Reveal in Tree stops at a page that fails instead of asking for it again and again', async () => {
    await freshActive();
    const result = await resultRowOfLastUser();
    await sim.clearRequests();
    await sim.addFault({ match: { method: 'GET', path: '/v2/users', query: { status: 'active' } }, times: 0, action: { kind: 'repeat-page-token' } });
    const revealed = await cmd<string | undefined>('zoomAdmin.revealUser', result);
    assert.equal(revealed, undefined, 'not found: the list could not be walked to it');
    assert.equal((await activeRequests()).length, 1, 'page 2 once');
    await cmd('zoomAdmin.clearSearch');
  });

  test('with the simulator capping every list at 300, lists, Load all, Reveal and the export still complete', async () => {
    await sim.pageSizeCap(300);
    const active = await freshActive();
    assert.equal((await userRows(tree, active)).length, 300, 'the first page holds what the server served');
    await cmd('zoomAdmin.loadAll', active);
    const rows = await userRows(tree, active);
    assert.equal(rows.length, ACTIVE);
    assert.equal(await footerRow(tree, active), undefined, 'no error row, no Load more');
    const requests = await activeRequests();
    assert.equal(requests.length, Math.ceil(ACTIVE / 300) - 1);
    assert.ok(
      requests.every((r) => r.query.page_size === String(PAGE)),
      'asked for 2000 each time',
    );

    await cmd('zoomAdmin.refresh', active);
    await userRows(tree, active);
    const result = await resultRowOfLastUser();
    assert.equal(await cmd<string>('zoomAdmin.revealUser', result), `${key}/users/active/${lastUser.id}`);
    await cmd('zoomAdmin.clearSearch');

    for (const folder of ['Inactive', 'Pending']) {
      const node = await path(tree, root, 'Users', folder);
      await cmd('zoomAdmin.loadAll', node);
      assert.equal(await footerRow(tree, node), undefined, folder);
    }
    const groups = await path(tree, root, 'Groups');
    assert.equal((await childrenOf(tree, groups)).filter((c) => contextOf(tree, c) === 'zoom.group').length, 3);

    const file = tempCsv();
    try {
      const exported = await cmd<{ count: number }>('zoomAdmin.exportUsersCsv', { accountKey: key, status: 'all', uri: vscode.Uri.file(file) });
      assert.equal(exported.count, ACTIVE + 10 + 5);
      assert.equal(fs.readFileSync(file, 'utf8').trim().split('\n').length, ACTIVE + 10 + 5 + 1, 'a header and one line per user');
    } finally {
      fs.rmSync(nodePath.dirname(file), { recursive: true, force: true });
    }
  });
});
