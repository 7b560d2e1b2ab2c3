// What a user row and the Users folder say (issue 16): custom attributes (asked with
// include_fields=custom_attributes, shown in the tooltip, found by search), the pending invitation,
// icons for type and status with the same facts in the tooltip and the accessibility label, and the
// account's counts from /users/summary (hidden, with the scope named, when the app lacks it).
// World: the demo world, Globex with 4 rooms, and Initech whose app lacks user:read:summary:admin.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import type { SearchOutcome } from '../../../src/tree/userSearch';
import type { ZoomUser } from '../../../src/zoom/types';
import { defaultWorld } from '../../sandbox/worldSpec';
import { sim } from '../sim';
import { EXTENSION_ID, rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from '../auth/helpers';
import { apiRequests, childrenOf, contextOf, count, itemMenuWhen, itemOf, menuShows, path, refOf, userRows } from './helpers';

const base = defaultWorld();
const world = {
  ...base,
  accounts: [
    ...base.accounts.map((a) => (a.accountId === 'globex-002' ? { ...a, rooms: 4 } : a)),
    { name: 'Initech', accountId: 'initech-003', domain: 'initech.example.com', users: 12, groups: 2, withoutScopes: ['user:read:summary:admin'] },
  ],
};

suite('Directory: user details, icons and counts', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let globex: AccountNode;
  let initech: AccountNode;
  let listed: ZoomUser[];
  let summary: Record<string, number>;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);
  const tooltipOf = (node: DirNode) => {
    const item = tree.resolveTreeItem(itemOf(tree, node), node);
    const tip = item.tooltip;
    return typeof tip === 'string' ? tip : (tip?.value ?? '');
  };
  const rowOf = (rows: DirNode[], email: string) => {
    const found = rows.find((r) => (r as unknown as { user: { email: string } }).user.email === email);
    assert.ok(found, `no row for ${email}`);
    return found;
  };
  /** Markdown as the tooltip escapes it. */
  const md = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

  suiteSetup(async () => {
    api = await startSignedOut(world);
    tree = api.tree;
    globex = tree.accountNode(await signInAs(await simAccount('globex-002')))!;
    initech = tree.accountNode(await signInAs(await simAccount('initech-003')))!;
    const client = api.accounts.client(globex.account.key);
    listed = await client.listUsers({ status: 'active', include_fields: 'custom_attributes' }).all();
    summary = (await client.userSummary()) as Record<string, number>;
  });

  setup(async () => {
    await cmd('zoomAdmin.refresh');
    await tree.settled();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await cmd('zoomAdmin.clearSearch');
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('custom attributes: every list asks for them, the tooltip shows them (name: value), search finds their values', async () => {
    const active = await path(tree, globex, 'Users', 'Active');
    const rows = await userRows(tree, active);
    await tree.settled();
    const lists = await apiRequests('/users');
    assert.deepEqual(
      lists.map((r) => r.query.include_fields),
      ['custom_attributes', 'custom_attributes', 'custom_attributes'],
      'each status list asks for custom attributes',
    );
    assert.ok(lists.every((r) => r.query.include_fields !== 'host_key'));

    const withAttributes = listed.find((u) => (u.custom_attributes ?? []).length > 0)!;
    const without = listed.find((u) => !u.custom_attributes)!;
    assert.ok(withAttributes && without, 'the world has users with and without attributes');
    const tip = tooltipOf(rowOf(rows, withAttributes.email));
    for (const a of withAttributes.custom_attributes!) assert.ok(tip.includes(`${md(a.name!)}: ${md(a.value!)}`), `"${a.name}: ${a.value}" in ${tip}`);
    assert.ok(tip.includes('Custom attributes'));
    assert.ok(!tooltipOf(rowOf(rows, without.email)).includes('Custom attributes'), 'no section for a user without attributes');
    assert.ok(!/host.?key/i.test(tip), 'never a host key');

    const badge = withAttributes.custom_attributes!.find((a) => a.name === 'Badge')!.value!;
    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', badge);
    assert.equal(outcome.mode, 'loaded');
    const emails = outcome.resultIds.map((id) => (tree.find(id) as unknown as { user: { email: string } }).user.email);
    assert.ok(emails.includes(withAttributes.email), `searching the badge ${badge} finds ${withAttributes.email} (found ${emails.join(', ')})`);
    await cmd('zoomAdmin.clearSearch');
  });

  test('pending users: the tooltip says the invitation is pending; icons and accessibility labels say type and status', async () => {
    const pendingRows = await userRows(tree, await path(tree, globex, 'Users', 'Pending'));
    const pending = pendingRows[0];
    assert.match(tooltipOf(pending), /Invitation pending: this user has not accepted the invitation/);
    const icon = (node: DirNode) => itemOf(tree, node).iconPath as vscode.ThemeIcon;
    assert.equal(icon(pending).id, 'mail');
    assert.equal(icon(pending).color?.id, 'zoomAdmin.user.pending');
    assert.match(itemOf(tree, pending).accessibilityInformation?.label ?? '', /, Pending$/);

    const rows = await userRows(tree, await path(tree, globex, 'Users', 'Active'));
    const byType = new Map<number, DirNode>();
    for (const u of listed) if (!byType.has(u.type)) byType.set(u.type, rowOf(rows, u.email));
    assert.deepEqual([...byType.keys()].sort(), [1, 2, 4], 'Globex has basic, licensed and no-meetings-license users');
    const expected: Record<number, [string, string, string]> = {
      1: ['person', 'zoomAdmin.user.basic', 'Basic'],
      2: ['star-full', 'zoomAdmin.user.licensed', 'Licensed'],
      4: ['circle-large-outline', 'zoomAdmin.user.noMeetingsLicense', 'No Meetings License'],
    };
    for (const [type, node] of byType) {
      const [id, color, word] = expected[type];
      assert.deepEqual([icon(node).id, icon(node).color?.id], [id, color], `type ${type}`);
      assert.ok(itemOf(tree, node).accessibilityInformation?.label.endsWith(`, ${word}, Active`), itemOf(tree, node).accessibilityInformation?.label);
      assert.ok(tooltipOf(node).includes(`Type: ${md(word)}`) && tooltipOf(node).includes('Status: Active'));
    }
    const inactive = (await userRows(tree, await path(tree, globex, 'Users', 'Inactive')))[0];
    assert.deepEqual([icon(inactive).id, icon(inactive).color?.id], ['circle-slash', 'zoomAdmin.user.inactive']);
    assert.match(itemOf(tree, inactive).accessibilityInformation?.label ?? '', /, Inactive$/);

    // The colours are the extension's own, so a theme can change them.
    const colors = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.colors as { id: string }[]).map((c) => c.id);
    for (const [, color] of Object.values(expected)) assert.ok(colors.includes(color), color);
    for (const color of ['zoomAdmin.user.pending', 'zoomAdmin.user.inactive']) assert.ok(colors.includes(color), color);
  });

  test('the Users folder shows the summary counts: one request per expansion or refresh', async () => {
    const users = await path(tree, globex, 'Users');
    await childrenOf(tree, users);
    await tree.settled();
    assert.equal(summary.room_users_count, 4);
    const description = String(itemOf(tree, users).description);
    const counts = `${count(summary.licensed_users_count)} licensed · ${count(summary.basic_users_count)} basic · ${count(summary.pending_users_count)} pending · ${count(summary.room_users_count)} rooms`;
    assert.ok(description.endsWith(counts), `${description} ends with ${counts}`);
    const tip = tooltipOf(users);
    assert.ok(tip.includes(`Total: ${md(count(summary.total_users_count))}`) && tip.includes(`Rooms: ${md(count(4))}`), tip);
    assert.equal((await apiRequests('/users/summary')).length, 1, 'one summary request for the expansion');

    await childrenOf(tree, users);
    await childrenOf(tree, await path(tree, users, 'Active'));
    await tree.settled();
    assert.equal((await apiRequests('/users/summary')).length, 1, 'opening more asks no summary again');
    await cmd('zoomAdmin.refresh', users);
    assert.ok(!String(itemOf(tree, users).description ?? '').includes('licensed'), 'a refresh drops the counts');
    await childrenOf(tree, users);
    await tree.settled();
    assert.equal((await apiRequests('/users/summary')).length, 2, 'one more after the refresh');
    assert.ok(String(itemOf(tree, users).description).endsWith(counts));
  });

  test('without user:read:summary:admin the counts are hidden and the tooltip names the scope', async () => {
    const users = await path(tree, initech, 'Users');
    await childrenOf(tree, users);
    await tree.settled();
    assert.deepEqual(
      (await apiRequests('/users/summary')).map((r) => r.status),
      [400],
    );
    assert.equal(itemOf(tree, users).description, count(12), 'the list totals still show; the summary counts do not');
    assert.match(tooltipOf(users), /The counts need the scope user:read:summary:admin/);
    assert.equal((await userRows(tree, await path(tree, users, 'Active'))).length, 12, 'the users still list');
  });

  test('Open in Zoom Web Portal: a user, a pending user, a group and a role open their pages on zoom.us', async () => {
    const env = vscode.env as unknown as { openExternal: (uri: vscode.Uri) => Thenable<boolean> };
    const original = env.openExternal;
    const opened: string[] = [];
    env.openExternal = async (uri) => {
      opened.push(uri.toString(true));
      return true;
    };
    try {
      const user = (await userRows(tree, await path(tree, globex, 'Users', 'Active')))[0];
      const pending = (await userRows(tree, await path(tree, globex, 'Users', 'Pending')))[0];
      const group = (await childrenOf(tree, await path(tree, globex, 'Groups'))).find((n) => contextOf(tree, n) === 'zoom.group')!;
      const role = (await childrenOf(tree, await path(tree, globex, 'Roles'))).find((n) => contextOf(tree, n) === 'zoom.role')!;
      const expected = [
        `https://zoom.us/user/${refOf(user).id}/profile`,
        'https://zoom.us/account/user#/',
        `https://zoom.us/account/group#/detail/${refOf(group).id}/detail`,
        `https://zoom.us/role#/detail/${refOf(role).id}/settings`,
      ];
      const rows = [user, pending, group, role];
      for (const [i, row] of rows.entries()) {
        assert.ok(
          itemMenuWhen('zoomAdmin.openInPortal').some((w) => menuShows(w, contextOf(tree, row))),
          `the menu offers it on ${contextOf(tree, row)}`,
        );
        assert.equal(await cmd('zoomAdmin.openInPortal', row), expected[i]);
      }
      assert.deepEqual(opened, expected, 'the browser was asked to open exactly these pages');
    } finally {
      env.openExternal = original;
    }
  });
});
