// How a settings snapshot lies on disk, so `git diff` shows exactly what changed in Zoom: one
// file per object (the account, each group) holding its settings and lock settings, keys sorted
// at every level, two-space JSON with a final newline; readable, safe file names
// (groups/Engineering-<id>.json); an index with the time and the account. Plain TypeScript.
import { isObject, leafPaths, valueAt, type Json } from '../tree';

export const INDEX_FILE = 'index.json';
export const ACCOUNT_FILE = 'account.json';
export const GROUPS_FOLDER = 'groups';
export const SNAPSHOT_FORMAT = 1;

/** What a snapshot file is of, written into it so the file alone can be compared with Zoom. */
export interface SnapshotObject {
  type: 'account' | 'group';
  /** The group's id; for the account, "me" or the sub account's id. */
  id: string;
  name: string;
  /** The signed-in account (its local key) the object was read through. */
  account: string;
  subAccountId?: string;
}

export interface SnapshotBody {
  object: SnapshotObject;
  settings: Json;
  lock_settings: Json;
}

export interface SnapshotIndex {
  format: number;
  time: string;
  account: { key: string; name: string; subAccountId?: string };
  files: { file: string; type: SnapshotObject['type']; id: string; name: string }[];
  /** Objects that could not be read this time (their previous file, if any, is kept). */
  errors: { id: string; name: string; error: string }[];
}

/** Sorted keys at every level; arrays keep their order (it is Zoom's data). */
export function sortKeys(value: unknown, depth = 0): unknown {
  if (depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, depth + 1));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k], depth + 1)]),
  );
}

export function snapshotText(body: SnapshotBody | SnapshotIndex): string {
  const { object, ...rest } = body as SnapshotBody;
  // The object's description first, as written; the data sorted.
  const ordered = object ? { object, ...(sortKeys(rest) as Json) } : sortKeys(body);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A name made safe as part of a file name on every OS: no separators, reserved or control characters, bounded. */
export function safeFileName(name: string, max = 60): string {
  const safe = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = [...safe].slice(0, max).join('');
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cut) || !cut ? `_${cut}` : cut;
}

/** groups/Engineering-<id>.json */
export function groupFile(name: string, id: string): string {
  return `${GROUPS_FOLDER}/${safeFileName(name)}-${safeFileName(id, 80)}.json`;
}

/** A snapshot file's text as a body, or undefined when it is not one of ours. */
export function parseSnapshot(text: string): SnapshotBody | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || !isObject(value.object) || !isObject(value.settings) || !isObject(value.lock_settings)) return undefined;
  const o = value.object;
  if ((o.type !== 'account' && o.type !== 'group') || typeof o.id !== 'string' || typeof o.account !== 'string') return undefined;
  if (o.subAccountId !== undefined && typeof o.subAccountId !== 'string') return undefined;
  return value as unknown as SnapshotBody;
}

export function parseIndex(text: string): SnapshotIndex | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return isObject(value) && isObject(value.account) && Array.isArray(value.files) ? (value as unknown as SnapshotIndex) : undefined;
  } catch {
    return undefined;
  }
}

/** The dotted paths (settings.… and lock_settings.…) whose values differ between two bodies. */
export function changedKeys(a: SnapshotBody, b: SnapshotBody): string[] {
  const out = new Set<string>();
  for (const part of ['settings', 'lock_settings'] as const) {
    // Compared as written: keys sorted inside array items too.
    const left = sortKeys(a[part]) as Json;
    const right = sortKeys(b[part]) as Json;
    for (const p of [...leafPaths(left), ...leafPaths(right)]) {
      const x = valueAt(left, p);
      const y = valueAt(right, p);
      if (x.found !== y.found || JSON.stringify(x.value) !== JSON.stringify(y.value)) out.add([part, ...p].join('.'));
    }
  }
  return [...out].sort();
}
