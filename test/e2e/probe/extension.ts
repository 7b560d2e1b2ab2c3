// A hostile neighbour for the end-to-end suite (issue 17 item 1). Installed beside the packaged
// .vsix, it does what any extension may: activates the Zoom Admin Explorer and walks everything
// reachable from its exports (own and inherited properties, getters, Map and Set entries), then
// writes what it found to <workspace>/.zoom-admin-probe.json for test/e2e/scenario.ts to judge.
// Its command, not start-up, runs it: it must not change what activates the extension under test.
import * as vscode from 'vscode';
import { PROBE_REPORT_FILE, type ProbeReport } from './report';

const TARGET = 'zoom-admin-tools.zoom-admin-explorer';
const MAX_NODES = 50_000;

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('zoomAdminProbe.walkExports', async () => {
      const extension = vscode.extensions.getExtension(TARGET);
      let exportsValue: unknown;
      if (extension) exportsValue = await extension.activate();
      const report: ProbeReport = { found: !!extension, active: !!extension?.isActive, exportsType: typeof exportsValue, ...walk(exportsValue) };
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) throw new Error('the probe needs an open folder to write its report');
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, PROBE_REPORT_FILE), new TextEncoder().encode(JSON.stringify(report)));
    }),
  );
}

function walk(root: unknown): Pick<ProbeReport, 'objects' | 'functions' | 'kinds' | 'strings'> {
  const seen = new Set<object>();
  const functions: string[] = [];
  const kinds = new Set<string>();
  const strings: string[] = [];
  const queue: [unknown, string][] = [[root, 'exports']];
  for (let next = queue.shift(); next && seen.size < MAX_NODES; next = queue.shift()) {
    const [value, path] = next;
    if (typeof value === 'string') strings.push(value);
    if (typeof value === 'function') functions.push(path);
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const kind = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    if (kind) kinds.add(kind);
    const keys = new Set<PropertyKey>();
    for (let o: object | null = value; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
      for (const key of Reflect.ownKeys(o)) if (key !== 'constructor') keys.add(key);
    }
    for (const key of keys) {
      try {
        queue.push([Reflect.get(value, key), `${path}.${String(key)}`]);
      } catch {
        // a getter that throws hands out nothing
      }
    }
    if (value instanceof Map) for (const [k, v] of value) queue.push([k, `${path}<key>`], [v, `${path}<value>`]);
    if (value instanceof Set) for (const v of value) queue.push([v, `${path}<entry>`]);
  }
  return { objects: seen.size, functions, kinds: [...kinds], strings };
}
