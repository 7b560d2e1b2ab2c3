// Streams every page of users of one scope to a CSV file. Rows go to a scratch file beside the
// target as they arrive (custom attribute columns are known only once every user has been seen, so
// the header comes last), then the CSV is written beside the target and replaces it only once
// complete (file: URIs; other file systems get it in one write). A failed or cancelled export leaves
// whatever was there before untouched.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as vscode from 'vscode';
import type { UserStatus } from '../zoom/types';
import { CSV_BOM, userCsvHeader, userCsvLine, userCsvRow, type UserCsvContext, type UserCsvRow } from './csv';
import { apiScope, type Scope } from '../objectRef';
import type { TreeEnv } from './env';
import { typeName } from './nodes/userRow';
import { messageOf } from '../failure';

export interface ExportRequest {
  scope: Scope;
  statuses: readonly UserStatus[];
  uri: vscode.Uri;
  /** Adds the host_key column: one more walk of the lists, with include_fields=host_key. */
  hostKeys: boolean;
  signal: AbortSignal;
  /** Called after each page with users written so far and the total Zoom reports. */
  onProgress(written: number, total: number | undefined): void;
}

export async function exportUsersCsv(env: TreeEnv, request: ExportRequest): Promise<number> {
  const { scope, statuses, signal } = request;
  const rows = openRows(request.uri);
  try {
    const context = await csvContext(env, request);
    const hostKeys = request.hostKeys ? await readHostKeys(env, request) : undefined;
    const attributeNames = new Set<string>();
    const totals = new Map<UserStatus, number>();
    let written = 0;
    for (const status of statuses) {
      const list = env.client(scope).listUsers({ status, ...env.filters.usersQuery(scope) }, apiScope(scope));
      for await (const page of list.pages(signal)) {
        if (page.totalRecords !== undefined) totals.set(status, page.totalRecords);
        for (const user of page.items) {
          const row = userCsvRow(hostKeys && user.id ? { ...user, host_key: hostKeys.get(user.id) } : user, context, status);
          for (const name of Object.keys(row.attributes ?? {})) attributeNames.add(name);
          await rows.add(row);
        }
        written += page.items.length;
        const known = statuses.every((s) => totals.has(s));
        request.onProgress(written, known ? [...totals.values()].reduce((a, b) => a + b, 0) : undefined);
      }
    }
    const names = [...attributeNames].sort((a, b) => a.localeCompare(b));
    await rows.finish(CSV_BOM + userCsvHeader(context, names), (row) => userCsvLine(row, names));
    return written;
  } catch (error) {
    await rows.discard();
    throw error;
  }
}

/**
 * Role and group names by id, read once per export. A list the app may not read (a missing scope)
 * leaves its name column empty and says so in the log, rather than failing the export.
 */
async function csvContext(env: TreeEnv, request: ExportRequest): Promise<UserCsvContext> {
  const client = env.client(request.scope);
  const scope = apiScope(request.scope);
  const names = async (what: string, read: () => Promise<{ id: string; name: string }[]>) => {
    try {
      return new Map((await read()).map((o) => [o.id, o.name]));
    } catch (error) {
      if (request.signal.aborted) throw error;
      env.log.warn(`CSV export: no ${what} names (${messageOf(error)})`);
      return new Map<string, string>();
    }
  };
  const [roles, groups] = await Promise.all([
    names('role', async () => (await client.listRoles({ ...scope, signal: request.signal })).items),
    names('group', () => client.listGroups(scope).all(request.signal)),
  ]);
  return { typeName, roleName: (id) => roles.get(id), groupName: (id) => groups.get(id), hostKeys: request.hostKeys };
}

/** Zoom's include_fields takes one value, and the lists carry custom attributes: host keys are a walk of their own. */
async function readHostKeys(env: TreeEnv, request: ExportRequest): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const status of request.statuses) {
    const list = env.client(request.scope).listUsers({ status, ...env.filters.usersQuery(request.scope), include_fields: 'host_key' }, apiScope(request.scope));
    for await (const page of list.pages(request.signal)) {
      for (const user of page.items) if (user.id && typeof user.host_key === 'string') keys.set(user.id, user.host_key);
    }
  }
  return keys;
}

interface Rows {
  add(row: UserCsvRow): Promise<void>;
  /** Writes the CSV: the header, then every row as `line` turns it into text. */
  finish(header: string, line: (row: UserCsvRow) => string): Promise<void>;
  discard(): Promise<void>;
}

function openRows(uri: vscode.Uri): Rows {
  if (uri.scheme !== 'file') {
    const rows: UserCsvRow[] = [];
    return {
      add: async (row) => void rows.push(row),
      finish: (header, line) => Promise.resolve(vscode.workspace.fs.writeFile(uri, Buffer.from(header + rows.map(line).join(''), 'utf8'))),
      discard: async () => void (rows.length = 0),
    };
  }
  // Same folder, so the rename is atomic; dot names, so a file browser hides them while they grow.
  const target = uri.fsPath;
  const beside = (suffix: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.${suffix}`);
  const scratch = beside('rows');
  const partial = beside('partial');
  const rows = fileWriter(scratch);
  let csv: ReturnType<typeof fileWriter> | undefined;
  return {
    // One JSON text a line: no line breaks inside, so the rows read back line by line.
    add: (row) => rows.write(JSON.stringify(row) + '\n'),
    finish: async (header, line) => {
      await rows.end();
      csv = fileWriter(partial);
      await csv.write(header);
      const lines = readline.createInterface({ input: fs.createReadStream(scratch, 'utf8'), crlfDelay: Infinity });
      for await (const text of lines) await csv.write(line(JSON.parse(text) as UserCsvRow));
      await csv.end();
      await fs.promises.rename(partial, target);
      await fs.promises.rm(scratch, { force: true });
    },
    discard: async () => {
      rows.destroy();
      csv?.destroy();
      await Promise.all([scratch, partial].map((file) => fs.promises.rm(file, { force: true })));
    },
  };
}

/** A new file (never an existing one) written in order, waiting when the disk is slower than Zoom. */
function fileWriter(file: string) {
  const stream = fs.createWriteStream(file, { encoding: 'utf8', flags: 'wx' });
  const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  return {
    write: async (text: string) => {
      await opened;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    end: async () => {
      await opened;
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    },
    destroy: () => void stream.destroy(),
  };
}
