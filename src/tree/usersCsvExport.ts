// Streams every page of users of one scope to a CSV file: page by page to a file beside the target
// that replaces it only once complete (file: URIs), collected then written for other file systems.
// A failed or cancelled export leaves whatever was there before untouched.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { UserStatus } from '../zoom/types';
import { CSV_BOM, userCsvHeader, userCsvLine } from './csv';
import type { TreeEnv, Scope } from './env';

export interface ExportRequest {
  scope: Scope;
  statuses: readonly UserStatus[];
  uri: vscode.Uri;
  signal: AbortSignal;
  /** Called after each page with users written so far and the total Zoom reports. */
  onProgress(written: number, total: number | undefined): void;
}

export async function exportUsersCsv(env: TreeEnv, request: ExportRequest): Promise<number> {
  const sink = openSink(request.uri);
  let written = 0;
  try {
    await sink.write(CSV_BOM + userCsvHeader());
    const totals = new Map<UserStatus, number>();
    for (const status of request.statuses) {
      const list = env.client(request.scope).listUsers({ status, ...env.usersQuery(request.scope) }, env.apiScope(request.scope));
      for await (const page of list.pages(request.signal)) {
        if (page.totalRecords !== undefined) totals.set(status, page.totalRecords);
        await sink.write(page.items.map((user) => userCsvLine(user, status)).join(''));
        written += page.items.length;
        const known = request.statuses.every((s) => totals.has(s));
        request.onProgress(written, known ? [...totals.values()].reduce((a, b) => a + b, 0) : undefined);
      }
    }
    await sink.close();
    return written;
  } catch (error) {
    await sink.discard();
    throw error;
  }
}

interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  discard(): Promise<void>;
}

function openSink(uri: vscode.Uri): Sink {
  if (uri.scheme !== 'file') {
    const chunks: string[] = [];
    return {
      write: async (text) => void chunks.push(text),
      close: () => Promise.resolve(vscode.workspace.fs.writeFile(uri, Buffer.from(chunks.join(''), 'utf8'))),
      discard: async () => void (chunks.length = 0),
    };
  }
  // Same folder, so the rename is atomic; a dot name, so a file browser hides it while it grows.
  const target = uri.fsPath;
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  const stream = fs.createWriteStream(partial, { encoding: 'utf8', flags: 'wx' });
  const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  return {
    write: async (text) => {
      await opened;
      if (!stream.write(text)) await new Promise<void>((resolve, reject) => stream.once('drain', resolve).once('error', reject));
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      await fs.promises.rename(partial, target);
    },
    discard: async () => {
      stream.destroy();
      await fs.promises.rm(partial, { force: true });
    },
  };
}
