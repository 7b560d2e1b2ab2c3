// Tree commands against the simulator: copy (one and several users), Search Users by email, ID and
// name, Reveal in Tree, and Export Users to CSV (the file parsed back).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import type { AccountNode } from '../../../src/tree/nodes/accounts';
import type { DirectoryTree } from '../../../src/tree/register';
import type { SearchOutcome } from '../../../src/tree/userSearch';
import { defaultWorld, type UserCounts } from '../../sandbox/worldSpec';
import { parseCsv } from '../../unit/tree/parseCsv';
import type { ZoomUser } from '../../../src/zoom/types';
import { simBody } from '../documents/helpers';
import { sim } from '../sim';
import { rememberSimSecrets, signInAs, signOutAll, simAccount, startSignedOut, waitFor, type ExtensionExports } from '../auth/helpers';
import { childrenOf, count, itemOf, labelOf, path, refOf, userRows } from './helpers';

const world = defaultWorld();
const counts = (accountId: string) => world.accounts.find((a) => a.accountId === accountId)!.users as Required<UserCounts>;
const total = (c: Required<UserCounts>) => c.active + c.inactive + c.pending;

suite('Directory: copy, search, reveal, export', () => {
  let api: ExtensionExports;
  let tree: DirectoryTree;
  let acmeKey: string;
  let globexKey: string;
  let globex: AccountNode;
  const cmd = <T>(id: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(id, ...args);

  suiteSetup(async () => {
    api = await startSignedOut();
    tree = api.tree;
    acmeKey = await signInAs(await simAccount('acme-master-001'));
    globexKey = await signInAs(await simAccount('globex-002'));
    globex = tree.accountNode(globexKey)!;
    await cmd('zoomAdmin.directory.focus'); // the view exists in the workbench (and so does its Collapse All), also when run alone
  });

  setup(async () => {
    // Folders left open in the view would ask for their first pages again after the refresh, whenever the
    // workbench gets to it: possibly after the requests are cleared, inside a test that counts them.
    await cmd('workbench.actions.treeView.zoomAdmin.directory.collapseAll');
    await cmd('zoomAdmin.refresh');
    await tree.settled();
    await sim.clearRequests();
  });

  suiteTeardown(async () => {
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('Copy User ID and Copy Email copy one row, or every selected row one per line', async () => {
    const rows = await userRows(tree, await path(tree, globex, 'Users', 'Active'));
    const pending = (await userRows(tree, await path(tree, globex, 'Users', 'Pending')))[0];
    assert.equal(await cmd<number>('zoomAdmin.copyUserId', rows[0]), 1);
    assert.equal(await vscode.env.clipboard.readText(), refOf(rows[0]).id);
    const three = rows.slice(0, 3);
    assert.equal(await cmd<number>('zoomAdmin.copyUserId', rows[0], three), 3);
    assert.equal(await vscode.env.clipboard.readText(), three.map((r) => refOf(r).id).join('\n'));
    assert.equal(await cmd<number>('zoomAdmin.copyEmail', rows[1], three), 3);
    assert.equal(await vscode.env.clipboard.readText(), three.map((r) => refOf(r).email).join('\n'));
    assert.equal(await cmd<number>('zoomAdmin.copyUserId', rows[0], [rows[0], pending]), 1, 'the pending user is skipped');
    assert.equal(await vscode.env.clipboard.readText(), refOf(rows[0]).id);
  });

  test('Search by email asks Zoom directly and reveals the user; Reveal in Tree finds its row', async () => {
    // A user beyond the first page, so the tree does not have it loaded.
    const all = await api.accounts.client(acmeKey).listUsers({ status: 'active' }).all();
    const target = all[all.length - 1];
    await cmd('zoomAdmin.refresh');
    await sim.clearRequests();

    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', target.email);
    assert.equal(outcome.mode, 'lookup');
    assert.equal(outcome.matches, 1);
    assert.deepEqual(outcome.resultIds, [`search/${acmeKey}/${target.id}`]);
    assert.deepEqual(outcome.errors, [], 'Globex answering "no such user" is not an error');
    const lookups = (await sim.requests()).filter((r) => /^\/v2\/users\/[^/]+$/.test(r.path));
    assert.equal(lookups.length, 2, 'one GET /users/{email} per signed-in account');
    assert.ok(lookups.every((r) => decodeURIComponent(r.path).endsWith(target.email)));
    assert.equal((await sim.requests()).filter((r) => r.path === '/v2/users').length, 0, 'no list was paged through');

    const [searchRoot] = await childrenOf(tree);
    assert.equal(searchRoot.id, 'search');
    const [result] = await childrenOf(tree, searchRoot);
    assert.equal(refOf(result).id, target.id);
    assert.equal(itemOf(tree, result).contextValue, 'zoom.user.result');
    await waitFor('the result row to be selected', () => tree.view.selection.some((n) => n.id === result.id) || undefined);

    const revealed = await cmd<string>('zoomAdmin.revealUser', result);
    assert.equal(revealed, `${acmeKey}/users/active/${target.id}`);
    await waitFor('the user row to be selected', () => tree.view.selection.some((n) => n.id === revealed) || undefined);
  });

  test('Search by ID asks Zoom directly', async () => {
    const [row] = await userRows(tree, await path(tree, globex, 'Users', 'Inactive'));
    const id = refOf(row).id!;
    await cmd('zoomAdmin.refresh');
    await sim.clearRequests();
    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', id);
    assert.equal(outcome.mode, 'lookup');
    assert.deepEqual(outcome.resultIds, [`search/${globexKey}/${id}`]);
    assert.ok((await sim.requests()).some((r) => r.path === `/v2/users/${id}`));
  });

  test('Search by name searches the loaded users, says "N of M loaded", and loads the rest on request', async () => {
    const globexRows = await userRows(tree, await path(tree, globex, 'Users', 'Active'));
    const wanted = globexRows[Math.floor(globexRows.length / 2)];
    const name = labelOf(tree, wanted);
    const everyone = total(counts('acme-master-001')) + total(counts('globex-002'));

    const outcome = await cmd<SearchOutcome>('zoomAdmin.searchUsers', name);
    assert.equal(outcome.mode, 'loaded');
    assert.ok(outcome.resultIds.includes(`search/${globexKey}/${refOf(wanted).id}`), outcome.resultIds.join(', '));
    assert.equal(outcome.total, everyone);
    assert.ok(outcome.loaded! < everyone, 'only first pages are loaded');
    assert.ok(tree.view.message?.includes(`${count(outcome.loaded!)} of ${count(everyone)}`), tree.view.message);
    const [searchRoot] = await childrenOf(tree);
    const results = await childrenOf(tree, searchRoot);
    const needle = name.toLocaleLowerCase();
    const users = results.map((n) => (n as unknown as { user?: Record<string, string | undefined> }).user).filter((u) => u !== undefined);
    assert.equal(users.length, outcome.resultIds.length);
    for (const u of users) {
      const fields = [u.display_name, `${u.first_name ?? ''} ${u.last_name ?? ''}`, u.email];
      assert.ok(
        fields.some((f) => f?.toLocaleLowerCase().includes(needle)),
        `${u.email} does not match "${name}"`,
      );
    }
    const loadRest = results.find((n) => itemOf(tree, n).command?.command === 'zoomAdmin.searchUsers');
    assert.ok(loadRest, 'a row offers to load the rest');
    const command = itemOf(tree, loadRest).command!;

    const again = await cmd<SearchOutcome>(command.command, ...(command.arguments ?? []));
    assert.equal(again.loaded, everyone);
    assert.equal(again.total, everyone);
    assert.ok(again.matches >= outcome.matches);
    assert.ok(tree.view.message?.includes(`${count(everyone)} of ${count(everyone)}`), tree.view.message);
  });

  test('Export Users to CSV streams every user of the chosen statuses to a UTF-8 file with a BOM', async () => {
    const file = nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-export-')), 'globex users.csv');
    const result = await cmd<{ count: number }>('zoomAdmin.exportUsersCsv', { accountKey: globexKey, status: 'all', uri: vscode.Uri.file(file) });
    const c = counts('globex-002');
    assert.equal(result.count, total(c));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'starts with a BOM for Excel');
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(header.slice(0, 3), ['id', 'email', 'display_name']);
    assert.equal(rows.length, total(c));
    assert.ok(
      rows.every((r) => r.length === header.length),
      'every line has every column',
    );
    const col = (name: string) => header.indexOf(name);
    const byStatus = (s: string) => rows.filter((r) => r[col('status')] === s);
    assert.deepEqual([byStatus('active').length, byStatus('inactive').length, byStatus('pending').length], [c.active, c.inactive, c.pending]);
    assert.ok(
      byStatus('pending').every((r) => r[col('id')] === ''),
      'pending users have no id',
    );
    // The same people the tree shows.
    const treeUsers = new Map<string, Record<string, unknown>>();
    for (const status of ['Active', 'Inactive', 'Pending']) {
      for (const r of await userRows(tree, await path(tree, globex, 'Users', status))) {
        treeUsers.set(refOf(r).email!, (r as unknown as { user: Record<string, unknown> }).user);
      }
    }
    assert.deepEqual(new Set(rows.map((r) => r[col('email')])), new Set(treeUsers.keys()));
    // Names (the simulator writes them in several scripts) come back exactly as the API sent them.
    for (const row of rows) {
      const user = treeUsers.get(row[col('email')])!;
      assert.equal(row[col('first_name')], user.first_name ?? '');
      assert.equal(row[col('last_name')], user.last_name ?? '');
    }
    assert.ok(
      rows.some((r) => /[^ -~]/.test(r[col('first_name')] + r[col('last_name')])),
      'some names are not ASCII',
    );
    fs.rmSync(nodePath.dirname(file), { recursive: true, force: true });
  });

  test('the CSV holds every field List users returns, role and group names, a column per custom attribute, and host keys only when asked', async () => {
    const account = await simAccount('globex-002');
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-export-'));
    const read = (file: string) => {
      const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8').slice(1));
      // The formula guard's apostrophe (an ID may start with "-") is not part of the value.
      return { header, rows, cell: (row: string[], name: string) => row[header.indexOf(name)]?.replace(/^'(?=[-+=@])/, '') };
    };
    const usersAsked = async () => (await sim.requests()).filter((r) => r.path === '/v2/users');
    try {
      await cmd('zoomAdmin.exportUsersCsv', { accountKey: globexKey, status: 'active', uri: vscode.Uri.file(nodePath.join(dir, 'plain.csv')) });
      const asked = await usersAsked();
      assert.ok(asked.length > 0 && asked.every((r) => r.query.include_fields === 'custom_attributes'), asked.map((r) => r.query.include_fields).join(', '));
      const plain = read(nodePath.join(dir, 'plain.csv'));
      for (const field of [
        'type',
        'type_name',
        'role_id',
        'role_name',
        'verified',
        'pmi',
        'employee_unique_id',
        'plan_united_type',
        'user_created_at',
        'created_at',
        'last_login_time',
        'group_ids',
        'group_names',
        'license_info_list',
      ]) {
        assert.ok(plain.header.includes(field), `the header has ${field}: ${plain.header.join(',')}`);
      }
      assert.ok(!plain.header.includes('host_key'), 'no host_key column unless asked');

      const zoom = (
        JSON.parse(await simBody(account, '/users', { status: 'active', page_size: '300', include_fields: 'custom_attributes' })) as { users: ZoomUser[] }
      ).users;
      const roles = new Map((JSON.parse(await simBody(account, '/roles')) as { roles: { id: string; name: string }[] }).roles.map((r) => [r.id, r.name]));
      const groups = new Map(
        (JSON.parse(await simBody(account, '/groups', { page_size: '300' })) as { groups: { id: string; name: string }[] }).groups.map((g) => [g.id, g.name]),
      );
      assert.equal(plain.rows.length, zoom.length);
      const rowOf = new Map(plain.rows.map((r) => [plain.cell(r, 'email'), r]));
      let attributes = 0;
      for (const user of zoom) {
        const row = rowOf.get(user.email) ?? [];
        assert.equal(plain.cell(row, 'role_name'), roles.get(user.role_id!) ?? '', user.email);
        assert.equal(plain.cell(row, 'group_names'), (user.group_ids ?? []).map((g) => groups.get(g) ?? '').join(';'), user.email);
        assert.equal(plain.cell(row, 'pmi'), String(user.pmi ?? ''), user.email);
        for (const a of user.custom_attributes ?? []) {
          attributes++;
          assert.equal(plain.cell(row, `custom_attributes.${a.name}`), a.value, `${user.email}'s ${a.name}`);
        }
      }
      assert.ok(attributes > 0, 'some Globex users have custom attributes');

      await sim.clearRequests();
      await cmd('zoomAdmin.exportUsersCsv', { accountKey: globexKey, status: 'active', hostKeys: true, uri: vscode.Uri.file(nodePath.join(dir, 'keyed.csv')) });
      assert.ok(
        (await usersAsked()).some((r) => r.query.include_fields === 'host_key'),
        'the opt-in asks Zoom for host keys',
      );
      const keyed = read(nodePath.join(dir, 'keyed.csv'));
      const keys = (JSON.parse(await simBody(account, '/users', { status: 'active', page_size: '300', include_fields: 'host_key' })) as { users: ZoomUser[] })
        .users;
      const keyedRow = new Map(keyed.rows.map((r) => [keyed.cell(r, 'id'), r]));
      assert.equal(keyed.rows.length, keys.length);
      for (const user of keys) assert.equal(keyed.cell(keyedRow.get(user.id!) ?? [], 'host_key'), user.host_key, user.email);
      assert.deepEqual(
        keyed.header.filter((h) => h.startsWith('custom_attributes.')),
        plain.header.filter((h) => h.startsWith('custom_attributes.')),
        'custom attributes stay',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an export that fails on its second page leaves no partial file', async () => {
    const file = nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-export-')), 'acme.csv');
    await sim.addFault({
      match: { method: 'GET', path: '/v2/users', query: { status: 'active', next_page_token: '*' } },
      action: { kind: 'status', status: 400, body: { code: 5999, message: 'Simulated failure of page 2' } },
    });
    try {
      const result = await cmd<{ count: number } | undefined>('zoomAdmin.exportUsersCsv', {
        accountKey: acmeKey,
        status: 'active',
        uri: vscode.Uri.file(file),
      });
      assert.equal(result, undefined, 'the export reports no result');
      // The tree may still be reloading its own first page after the refresh: look at the export's pages only.
      const pages = (await sim.requests()).filter((r) => r.path === '/v2/users' && r.query.status === 'active');
      assert.equal(pages.at(-1)?.status, 400, 'the export ends at the failure');
      assert.ok(
        pages.some((r) => r.status === 200 && r.query.next_page_token === undefined),
        'after page 1',
      );
      assert.equal(fs.existsSync(file), false, 'no half-written CSV is left behind');
    } finally {
      await sim.clearFaults();
      fs.rmSync(nodePath.dirname(file), { recursive: true, force: true });
    }
  });

  test('a failed or cancelled export leaves the file that was there before, and nothing beside it', async () => {
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-export-'));
    const file = nodePath.join(dir, 'acme.csv');
    fs.writeFileSync(file, 'the previous export\n');
    await sim.addFault({
      match: { method: 'GET', path: '/v2/users', query: { status: 'active', next_page_token: '*' } },
      action: { kind: 'status', status: 400, body: { code: 5999, message: 'Simulated failure of page 2' } },
    });
    try {
      const failed = await cmd<{ count: number } | undefined>('zoomAdmin.exportUsersCsv', {
        accountKey: acmeKey,
        status: 'active',
        uri: vscode.Uri.file(file),
      });
      assert.equal(failed, undefined, 'the export reports no result');
      // The tree may still be reloading its own first page after the refresh: look at the export's pages only.
      const pages = (await sim.requests()).filter((r) => r.path === '/v2/users' && r.query.status === 'active');
      assert.equal(pages.at(-1)?.status, 400, 'the export ends at the failure');
      assert.ok(
        pages.some((r) => r.status === 200 && r.query.next_page_token === undefined),
        'after page 1',
      );
      assert.equal(fs.readFileSync(file, 'utf8'), 'the previous export\n', 'a failed export keeps the previous file');
      assert.deepEqual(fs.readdirSync(dir), ['acme.csv'], 'no partial file is left beside it');

      // Cancelled while page 2 is on its way: the progress notification's Cancel, as the export sees it.
      await sim.clearFaults();
      await sim.addFault({
        match: { method: 'GET', path: '/v2/users', query: { status: 'active', next_page_token: '*' } },
        action: { kind: 'delay', ms: 30_000 },
      });
      await sim.clearRequests();
      const cancel = new vscode.CancellationTokenSource();
      const window = vscode.window as { withProgress: typeof vscode.window.withProgress };
      const original = window.withProgress;
      window.withProgress = (options, task) => original(options, (progress) => task(progress, cancel.token));
      let cancelled: Thenable<{ count: number } | undefined>;
      try {
        cancelled = cmd<{ count: number } | undefined>('zoomAdmin.exportUsersCsv', { accountKey: acmeKey, status: 'active', uri: vscode.Uri.file(file) });
        const partial = () => fs.readdirSync(dir).find((name) => name !== 'acme.csv');
        await waitFor('page 1 written beside the file', () => {
          const p = partial();
          return p !== undefined && fs.statSync(nodePath.join(dir, p)).size > 10_000;
        });
      } finally {
        window.withProgress = original;
      }
      cancel.cancel();
      assert.equal(await cancelled, undefined);
      assert.equal(fs.readFileSync(file, 'utf8'), 'the previous export\n', 'a cancelled export keeps the previous file');
      assert.deepEqual(fs.readdirSync(dir), ['acme.csv'], 'no partial file is left beside it');
    } finally {
      await sim.clearFaults();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Export from a row asks where to save: first in the home folder, then in the folder of the last export', async () => {
    const pending = await path(tree, globex, 'Users', 'Pending');
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'zoom-export-'));
    const asked: (vscode.Uri | undefined)[] = [];
    const window = vscode.window as {
      showSaveDialog: typeof vscode.window.showSaveDialog;
      showQuickPick: (items: readonly vscode.QuickPickItem[], options?: vscode.QuickPickOptions) => Thenable<unknown>;
    };
    const original = window.showSaveDialog;
    const originalPick = window.showQuickPick;
    const picks: string[] = [];
    window.showSaveDialog = async (options) => {
      asked.push(options?.defaultUri);
      return vscode.Uri.file(nodePath.join(dir, `chosen-${asked.length}.csv`));
    };
    // The host key question: its first, preselected answer leaves them out.
    window.showQuickPick = async (items, options) => {
      picks.push(`${options?.placeHolder}: ${items.map((i) => i.label).join(' | ')}`);
      return items[0];
    };
    try {
      const first = await cmd<{ count: number; uri: string }>('zoomAdmin.exportUsersCsv', pending);
      assert.equal(first.count, counts('globex-002').pending);
      assert.equal(asked[0]?.fsPath, nodePath.join(os.homedir(), 'zoom-users-pending.csv'), 'the first dialog starts in the home folder, not the workspace');
      assert.ok(fs.existsSync(nodePath.join(dir, 'chosen-1.csv')), 'written where the dialog answered');
      await cmd('zoomAdmin.exportUsersCsv', pending);
      assert.equal(asked[1]?.fsPath, nodePath.join(dir, 'zoom-users-pending.csv'), 'the next dialog starts where the last export went');
      assert.deepEqual(picks, Array(2).fill('Include host keys?: Without host keys | Include host keys'), 'each export asks, host keys off first');
      assert.ok(!fs.readFileSync(nodePath.join(dir, 'chosen-1.csv'), 'utf8').includes('host_key'), 'no host_key column');
    } finally {
      window.showSaveDialog = original;
      window.showQuickPick = originalPick;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
