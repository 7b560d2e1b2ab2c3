// The settings benchmark, run inside the extension host by `npm run bench -- settings`
// (bench/settings.bench.ts sets ZOOM_BENCH and greps for this suite). In ordinary test runs it
// registers nothing. Prints "BENCH {json}"; it asserts only that the document and hints arrived.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, rememberSimSecrets, signInAs, signOutAll, simAccount, waitFor } from '../auth/helpers';
import { closeAllEditors, row } from '../documents/helpers';
import { sim } from '../sim';

const LATENCY_MS = Number(process.env.ZOOM_BENCH_LATENCY ?? 20);
const RUNS = 7;

if (process.env.ZOOM_BENCH) {
  suite('settings bench', function () {
    this.timeout(10 * 60_000);

    test("open a group's settings with its locks", async () => {
      await sim.reset();
      const api = await extensionApi();
      await signOutAll(api.accounts);
      const key = await signInAs(await simAccount('acme-master-001'));
      const groups = (await api.accounts.client(key).listGroups().all()).slice(0, RUNS);
      await sim.latency(LATENCY_MS);
      const times: number[] = [];
      let requests: string[] = [];
      try {
        for (const g of groups) {
          await closeAllEditors();
          await sim.clearRequests();
          const started = performance.now();
          const uri = await vscode.commands.executeCommand<vscode.Uri>(
            'zoomAdmin.openGroupSettings',
            row({ accountKey: key, type: 'group', id: g.id, name: g.name }),
            {},
          );
          const doc = await vscode.workspace.openTextDocument(uri);
          await waitFor('lock hints', async () => {
            const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
              'vscode.executeInlayHintProvider',
              doc.uri,
              new vscode.Range(0, 0, doc.lineCount, 0),
            );
            return hints.length > 0 || undefined;
          });
          times.push(performance.now() - started);
          requests = (await sim.requests()).filter((r) => r.path.startsWith('/v2/')).map((r) => r.path.replace(g.id, '{groupId}'));
        }
      } finally {
        await sim.latency(0);
        await closeAllEditors();
        await rememberSimSecrets();
        await signOutAll(api.accounts);
      }
      assert.equal(times.length, groups.length);
      times.sort((a, b) => a - b);
      console.log(
        `BENCH ${JSON.stringify({
          name: 'open group settings with locks',
          latencyMs: LATENCY_MS,
          runs: times.length,
          medianMs: Math.round(times[times.length >> 1]),
          bestMs: Math.round(times[0]),
          requests: requests.length,
          paths: requests.sort().join(' '),
        })}`,
      );
    });
  });
}
