// The flows benchmark, run inside the extension host by `npm run bench -- flows` (bench/flows.bench.ts sets
// ZOOM_BENCH and greps for this suite). In ordinary test runs it registers nothing.
// For three everyday actions it counts the source files and functions of the extension that run: V8's precise
// coverage (call counts, reset by each take) is taken before and after the action, and every function of
// the bundle (dist/extension.mjs and its chunks, dist/*.mjs) called in between is traced to its file in src/
// through that file's source map.
// That is how many places a newcomer following the action must read. Prints one "BENCH {json}" line per flow.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import { fileURLToPath } from 'node:url';
import * as vscode from 'vscode';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { DirectoryTree } from '../../../src/tree/register';
import { sim } from '../sim';
import { answerQuickPicks } from '../quickPicks';
import { extensionApi, signInAs, simAccount } from '../auth/helpers';
import { childrenOf, footerRow, path } from '../tree/helpers';

type Coverage = { result: { url: string; functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[] }[] };

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** One file of the bundle: its source map and where its lines start. */
interface BundleFile {
  map: TraceMap;
  lineStarts: number[];
}

/** The bundle's file at a path of dist/ (*.mjs), read once; undefined for any other script. */
function bundleFile(files: Map<string, BundleFile>, dist: string, file: string): BundleFile | undefined {
  if (!file.startsWith(`${dist}/`) || !file.endsWith('.mjs')) return undefined;
  let known = files.get(file);
  if (!known) {
    const text = fs.readFileSync(file, 'utf8');
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    known = { map: new TraceMap(fs.readFileSync(`${file}.map`, 'utf8')), lineStarts };
    files.set(file, known);
  }
  return known;
}

/** The src/ files and functions of the bundle that ran since the previous take. */
function traced(coverage: Coverage, dist: string, bundleFiles: Map<string, BundleFile>): { files: string[]; functions: number } {
  const files = new Set<string>();
  const functions = new Set<string>();
  for (const script of coverage.result) {
    const bundle = script.url.startsWith('file:') ? bundleFile(bundleFiles, dist, fileURLToPath(script.url)) : undefined;
    if (!bundle) continue;
    const { map, lineStarts } = bundle;
    for (const fn of script.functions) {
      const { startOffset, count } = fn.ranges[0];
      if (count === 0) continue;
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= startOffset) line++;
      const column = startOffset - lineStarts[line];
      line += 1;
      const at = originalPositionFor(map, { line, column });
      const source = at.source?.replace(/^(\.\.\/)+/, '');
      if (!source?.startsWith('src/')) continue;
      files.add(source);
      functions.add(`${source}:${at.line}:${fn.functionName}`);
    }
  }
  return { files: [...files].sort(), functions: functions.size };
}

if (process.env.ZOOM_BENCH) {
  suite('flows bench', function () {
    this.timeout(5 * 60_000);
    const session = new inspector.Session();
    let tree: DirectoryTree;
    let dist: string;
    const bundleFiles = new Map<string, BundleFile>();

    async function measure(name: string, action: () => Promise<void>): Promise<void> {
      await post(session, 'Profiler.takePreciseCoverage');
      await action();
      await tree.settled();
      const { files, functions } = traced(await post<Coverage>(session, 'Profiler.takePreciseCoverage'), dist, bundleFiles);
      assert.ok(files.length > 0, `${name}: no function of ${dist}/*.mjs ran`);
      console.log(`BENCH ${JSON.stringify({ name, files: files.length, functions, list: files.join(' ') })}`);
    }

    suiteSetup(async () => {
      const api = await extensionApi();
      tree = api.tree;
      dist = fs.realpathSync(vscode.extensions.getExtension('zoom-admin-tools.zoom-admin-explorer')!.extensionPath + '/dist');
      for (const a of api.accounts.list()) await vscode.commands.executeCommand('zoomAdmin.signOut', a.key);
      await sim.reset();
      session.connect();
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    });

    suiteTeardown(async () => {
      await post(session, 'Profiler.stopPreciseCoverage');
      session.disconnect();
    });

    test('sign in, until the account shows in the tree', async () => {
      const account = (await sim.accounts())[0];
      await measure("sign in (Zoom: Sign In with an app's credentials, until the tree shows the account)", async () => {
        const key = await signInAs(await simAccount(account.accountId));
        await childrenOf(tree);
        assert.ok(tree.accountNode(key));
      });
    });

    test('Users › Active › Load more', async () => {
      const root = tree.accountNodesList()[0];
      await childrenOf(tree, root);
      await tree.settled();
      await measure('Users › Active › Load more (expand Users and Active, then Load more)', async () => {
        const active = await path(tree, root, 'Users', 'Active');
        await childrenOf(tree, active);
        await tree.settled();
        const more = await footerRow(tree, active);
        assert.ok(more, 'the first page of Active ends with a Load more row');
        await vscode.commands.executeCommand('zoomAdmin.loadMore', more);
      });
    });

    test('Open Group Settings from the palette', async () => {
      const first = (items: vscode.QuickPickItem[]) => items.find((i) => i.kind !== vscode.QuickPickItemKind.Separator);
      // The group, then the view ("All settings"), then an empty field filter (all fields).
      const picks = answerQuickPicks(first, first);
      const window = vscode.window as { showInputBox: unknown };
      const showInputBox = window.showInputBox;
      window.showInputBox = () => Promise.resolve('');
      try {
        await measure('Open Group Settings from the palette (pick a group, the document opens)', async () => {
          const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('zoomAdmin.openGroupSettings');
          assert.ok(uri, 'a group settings document opened');
          await vscode.workspace.openTextDocument(uri);
        });
        picks.assertAllUsed();
      } finally {
        window.showInputBox = showInputBox;
        picks.dispose();
      }
    });
  });
}
