// Odd and hostile values from Zoom in the tree (issue 17 item 9): a number as a name is shown as
// text instead of losing the page, an unknown status does not break Reveal in Tree, and no value in a
// tooltip (IDs, names, seats, attributes, error messages) becomes a link or an image.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import type { SearchOutcome } from '../../../src/tree/userSearch';
import { liveLinks } from '../../liveLinks';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import { childrenOf, contextOf, itemOf, labelOf, path } from './helpers';

const world = { seed: 12, accounts: [{ name: 'Odd Co', accountId: 'odd-001', users: { active: 20, inactive: 3, pending: 2 }, groups: 2 }] };

const EVIL_ID = 'a`[x](https://evil.com)`b';
const users = [
  {
    id: EVIL_ID,
    email: 'evil@odd.example',
    type: 1,
    display_name: 42,
    first_name: '![i](http://x.com/i.png)',
    dept: 'https://evil.com/p',
    status: 'deleted',
    timezone: '[t](http://evil.com)',
    last_client_version: '<img src=x onerror=alert(1)>',
    custom_attributes: [{ key: 'k', name: '[n](http://evil.com)', value: 'www.evil.com' }],
    group_ids: ['g](http://evil.com)'],
  },
  { id: 'plain-user-2', email: 'second@odd.example', type: 2, display_name: 'www.evil.com', dept: 7, status: 'active' },
];
const subAccount = {
  id: 's`](http://evil.com)`',
  account_name: '[sub](https://evil.com)',
  owner_email: 'https://evil.com',
  seats: '![i](http://x.com/i.png)',
  account_number: 5,
};
const group = { id: 'g`[x](http://evil.com)`', name: '[g](https://evil.com)', total_members: 1 };
const role = {
  id: 'r`[x](http://evil.com)`',
  name: '![r](http://x.com/r.png)',
  description: 'see https://evil.com and [x](http://evil.com)',
  total_members: 0,
};

suite('Directory: hostile values from Zoom', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let root: AccountNode;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);
  const tooltipOf = (node: DirNode): string => {
    const tip = tree.resolveTreeItem(itemOf(tree, node), node).tooltip;
    assert.ok(tip instanceof vscode.MarkdownString, `${node.id} has a Markdown tooltip`);
    return tip.value;
  };
  const assertNoLinks = (node: DirNode) => {
    const markdown = tooltipOf(node);
    assert.deepEqual(liveLinks(markdown), [], `${node.id}: ${markdown}`);
  };
  const ok200 = (body: unknown) => ({ kind: 'status' as const, status: 200, body });

  suiteSetup(async () => {
    api = await startSignedOut(world);
    tree = api.tree;
    await sim.addFault({
      match: { path: '/v2/users', query: { status: 'active' } },
      times: 0,
      action: ok200({ total_records: 2, next_page_token: '', page_size: 2000, users }),
    });
    await sim.addFault({ match: { path: '/v2/groups' }, times: 0, action: ok200({ total_records: 1, next_page_token: '', groups: [group] }) });
    await sim.addFault({ match: { path: '/v2/roles' }, times: 0, action: ok200({ total_records: 1, roles: [role] }) });
    // A plain account answering /accounts makes the tree show it as a master account.
    await sim.addFault({
      match: { path: '/v2/accounts' },
      times: 0,
      action: ok200({ total_records: 1, next_page_token: '', page_size: 300, accounts: [subAccount] }),
    });
    await sim.addFault({
      match: { path: '/v2/users', query: { status: 'inactive' } },
      times: 0,
      action: { kind: 'status', status: 400, body: { code: 5999, message: 'See https://evil.com or [this](http://evil.com) ![i](http://x.com/i.png)' } },
    });
    root = tree.accountNode(await signInAs(await simAccount('odd-001')))!;
  });

  suiteTeardown(async () => {
    await sim.clearFaults();
    await cmd('zoomAdmin.clearSearch');
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('a page with a number as a name and an unknown status is shown, not lost', async () => {
    const rows = (await childrenOf(tree, await path(tree, root, 'Users', 'Active'))).filter((c) => /^zoom\.user/.test(contextOf(tree, c)));
    assert.deepEqual(
      rows.map((r) => labelOf(tree, r)),
      ['42', 'www.evil.com'],
    );
    assert.match(tooltipOf(rows[0]), /Status: Active/, 'the list says the status it was asked for');
    assert.match(tooltipOf(rows[1]), /Department: 7/);
  });

  test('user tooltips: IDs, names, attributes and versions render as text, never as links or images', async () => {
    const rows = (await childrenOf(tree, await path(tree, root, 'Users', 'Active'))).filter((c) => /^zoom\.user/.test(contextOf(tree, c)));
    for (const row of rows) assertNoLinks(row);
    assert.ok(tooltipOf(rows[0]).includes(EVIL_ID), 'the ID is there as it is, in a code span');
  });

  test('group, role and sub account tooltips render as text too (seats included)', async () => {
    const [groupRow] = (await childrenOf(tree, await path(tree, root, 'Groups'))).filter((c) => contextOf(tree, c) === 'zoom.group');
    assert.equal(labelOf(tree, groupRow), group.name);
    assertNoLinks(groupRow);
    const [roleRow] = (await childrenOf(tree, await path(tree, root, 'Roles'))).filter((c) => contextOf(tree, c) === 'zoom.role');
    assertNoLinks(roleRow);
    await tree.settled();
    const [subRow] = (await childrenOf(tree, await path(tree, root, 'Sub accounts'))).filter((c) => contextOf(tree, c) === 'zoom.subAccount');
    assertNoLinks(subRow);
    assert.ok(tooltipOf(subRow).includes('Seats'));
  });

  test("an error row's tooltip shows Zoom's message as text: its only links are the extension's own commands", async () => {
    const children = await childrenOf(tree, await path(tree, root, 'Users', 'Inactive'));
    const error = children.find((c) => contextOf(tree, c) === 'zoom.error');
    assert.ok(error, 'the failed list shows an error row');
    const links = liveLinks((itemOf(tree, error).tooltip as vscode.MarkdownString).value);
    assert.ok(links.length === 2 && links.every((l) => /^<a href="command:zoomAdmin\.(retry|showLog)/.test(l)), links.join('\n'));
  });

  test('Reveal in Tree of a user whose status Zoom sent as an unknown word finds the row', async () => {
    await sim.addFault({ match: { path: 're:^/v2/users/second(%40|@)odd\\.example$' }, times: 0, action: ok200({ ...users[1], status: 'suspended-ish' }) });
    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', 'second@odd.example');
    assert.equal(outcome.matches, 1);
    const result = tree.find(outcome.resultIds[0])!;
    assert.equal(await cmd<string>('zoomAdmin.revealUser', result), `${root.id}/users/active/plain-user-2`);
  });
});
