// Writing a snapshot into a folder: each file written beside its target and renamed over it (a
// reader, or a crash, never sees half a file), files whose text did not change left untouched (so
// their mtime and `git status` stay quiet), and files of groups that no longer exist removed.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { errorText } from '../../errorText';
import type { Collected } from './collect';
import { ACCOUNT_FILE, groupFile, INDEX_FILE, parseIndex, snapshotText, SNAPSHOT_FORMAT, type SnapshotIndex } from './files';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
  errors: SnapshotIndex['errors'];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Writes `text` to folder/relative unless it already holds exactly that; true when written. */
export async function writeIfChanged(folder: vscode.Uri, relative: string, text: string): Promise<boolean> {
  const target = vscode.Uri.joinPath(folder, ...relative.split('/'));
  if ((await readText(target)) === text) return false;
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  const beside = target.with({ path: `${target.path}.${randomBytes(4).toString('hex')}.tmp` });
  await vscode.workspace.fs.writeFile(beside, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(beside, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(beside).then(undefined, () => undefined);
    throw error;
  }
  return true;
}

export async function writeSnapshot(folder: vscode.Uri, account: SnapshotIndex['account'], collected: Collected, now = new Date()): Promise<WriteResult> {
  const previous = parseIndex((await readText(vscode.Uri.joinPath(folder, INDEX_FILE))) ?? '');
  const result: WriteResult = { written: [], unchanged: [], removed: [], errors: [] };
  const files: SnapshotIndex['files'] = [];
  const entries = [{ file: ACCOUNT_FILE, item: collected.account }, ...collected.groups.map((g) => ({ file: groupFile(g.object.name, g.object.id), item: g }))];
  for (const { file, item } of entries) {
    if ('error' in item) {
      result.errors.push({ id: item.object.id, name: item.object.name, error: errorText(item.error) });
      const kept = previous?.files.find((f) => f.id === item.object.id && f.type === item.object.type);
      if (kept) files.push(kept);
      continue;
    }
    files.push({ file, type: item.object.type, id: item.object.id, name: item.object.name });
    ((await writeIfChanged(folder, file, snapshotText(item))) ? result.written : result.unchanged).push(file);
  }
  const current = new Set(files.map((f) => f.file));
  for (const old of previous?.files ?? []) {
    if (current.has(old.file) || !/^groups\/[^/\\]+\.json$/.test(old.file)) continue;
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, ...old.file.split('/'))).then(
      () => result.removed.push(old.file),
      () => undefined,
    );
  }
  const index: SnapshotIndex = { format: SNAPSHOT_FORMAT, time: now.toISOString(), account, files, errors: result.errors };
  await writeIfChanged(folder, INDEX_FILE, snapshotText(index));
  return result;
}
