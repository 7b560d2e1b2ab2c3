// The tree benchmark, run inside the extension host by `npm run bench -- tree` (bench/tree.bench.ts
// sets ZOOM_BENCH and greps for this suite). In ordinary test runs it registers nothing.
// Prints one "BENCH {json}" line per measurement; it asserts only that the loads were complete.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { DirectoryTree } from '../../../src/tree/register';
import { worldWithUsers } from '../../sandbox/worldSpec';
import { sim } from '../sim';
import { extensionApi, rememberSimSecrets, signInAs, signOutAll, simAccount } from '../auth/helpers';
import { childrenOf, path, userRows } from './helpers';

const USERS = Number(process.env.ZOOM_BENCH_USERS ?? 100_000);
const LATENCY_MS = Number(process.env.ZOOM_BENCH_LATENCY ?? 20);
const FIRST_PAGE_RUNS = 5;

function gc(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

function memoryMb(): { rssMb: number; heapMb: number } {
  gc();
  const m = process.memoryUsage();
  return { rssMb: Math.round(m.rss / 2 ** 20), heapMb: Math.round(m.heapUsed / 2 ** 20) };
}

function report(name: string, values: Record<string, unknown>): void {
  console.log(`BENCH ${JSON.stringify({ name, ...values })}`);
}

async function apiRequestCount(): Promise<number> {
  return (await sim.requests()).filter((r) => r.path.startsWith('/v2/')).length;
}

if (process.env.ZOOM_BENCH) {
  suite('tree bench', function () {
    this.timeout(15 * 60_000);
    let tree: DirectoryTree;

    suiteSetup(async () => {
      await sim.reset(worldWithUsers(USERS, { inactive: Math.round(USERS / 50), pending: Math.round(USERS / 200) }));
      await sim.latency(LATENCY_MS);
      const api = await extensionApi();
      tree = api.tree;
      await signOutAll(api.accounts);
      const key = await signInAs(await simAccount(`bench-${USERS}`));
      await childrenOf(tree, tree.accountNode(key)!);
      await tree.settled();
    });

    suiteTeardown(async () => {
      await sim.latency(0);
      await rememberSimSecrets();
    });

    test(`first page of Users (${USERS} users, ${LATENCY_MS} ms per reply)`, async () => {
      const root = tree.accountNodesList()[0];
      const times: number[] = [];
      let requests = 0;
      for (let run = 0; run < FIRST_PAGE_RUNS; run++) {
        await vscode.commands.executeCommand('zoomAdmin.refresh', await path(tree, root, 'Users'));
        await sim.clearRequests();
        const started = performance.now();
        const rows = await userRows(tree, await path(tree, root, 'Users', 'Active'));
        times.push(performance.now() - started);
        assert.ok(rows.length > 0);
        await tree.settled();
        requests = await apiRequestCount();
      }
      times.sort((a, b) => a - b);
      report('first page of Users (open Users, then Active)', {
        users: USERS,
        latencyMs: LATENCY_MS,
        medianMs: Math.round(times[times.length >> 1]),
        bestMs: Math.round(times[0]),
        requests,
      });
    });

    test(`load all ${USERS} active users into the tree`, async () => {
      const root = tree.accountNodesList()[0];
      const active = await path(tree, root, 'Users', 'Active');
      await vscode.commands.executeCommand('zoomAdmin.refresh', active);
      await userRows(tree, active);
      await tree.settled();
      const before = memoryMb();
      await sim.clearRequests();
      const started = performance.now();
      await vscode.commands.executeCommand('zoomAdmin.loadAll', active);
      const loadMs = performance.now() - started;
      const requests = await apiRequestCount();
      // What the host does when the expanded folder refreshes: children plus one TreeItem each.
      const renderStarted = performance.now();
      const children = await childrenOf(tree, active);
      for (const child of children) tree.getTreeItem(child);
      const itemsMs = performance.now() - renderStarted;
      const after = memoryMb();
      assert.equal(children.length, USERS, 'every user is in the tree');
      report('load all active users into the tree', {
        users: USERS,
        latencyMs: LATENCY_MS,
        loadMs: Math.round(loadMs),
        requests,
        floorMs: Math.ceil(USERS / 2000) * LATENCY_MS,
        treeItemsMs: Math.round(itemsMs),
        rssMbBefore: before.rssMb,
        rssMbAfter: after.rssMb,
        heapMbBefore: before.heapMb,
        heapMbAfter: after.heapMb,
      });
    });
  });
}
