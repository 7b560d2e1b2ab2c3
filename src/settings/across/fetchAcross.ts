// One settings key (or section) read from the account and every group, one small request each
// (custom_query_fields), all queued at once on the account's shared scheduler, which paces them
// just under Zoom's per-second limit. A group that fails is a row with its error; only cancelling
// stops the whole run. Plain TypeScript (no vscode): the benchmark runs it in Node.
import type { ZoomApi } from '../../zoom/api';
import { isCancellation } from '../../zoom/errors';
import { paths } from '../../zoom/paths';
import type { AccountScope } from '../../zoom/types';
import { isLocked, parseBody, valueAt, type Json } from '../tree';
import { KEY_PATH, queryFieldOf } from './keys';

export interface AcrossScope extends AccountScope {
  /** What the document calls this account: its name, or "Account › Sub account". */
  label: string;
}

/** A value Zoom sent: found (value may be any JSON) or absent from the body. */
export type Found = { found: true; value: unknown } | { found: false };

export interface AccountRow {
  scope: AcrossScope;
  value?: Found;
  /** True when the account locks the key (no group or user can change it). */
  locked?: boolean;
  error?: unknown;
}

export interface GroupRow {
  scope: AcrossScope;
  /** '' for the row that stands for a group list that failed. */
  id: string;
  name: string;
  value?: Found;
  /** Read only when asked (group lock settings cannot be filtered: one full body per group). */
  locked?: boolean;
  error?: unknown;
}

export interface AcrossResult {
  path: string;
  accounts: AccountRow[];
  groups: GroupRow[];
  /** Requests made (not counting the token's). */
  requests: number;
}

export interface AcrossOptions {
  /** Also read each group's lock settings (one more, unfiltered, request per group). */
  groupLocks?: boolean;
  signal?: AbortSignal;
  /** Called after each request settles: done of total so far (total grows as groups are listed). */
  onProgress?: (done: number, total: number) => void;
}

export async function fetchAcross(client: ZoomApi, scopes: readonly AcrossScope[], path: string, options: AcrossOptions = {}): Promise<AcrossResult> {
  if (!KEY_PATH.test(path)) throw new Error(`not a settings key path: ${JSON.stringify(path.slice(0, 80))}`);
  const keyPath = path.split('.');
  const query = { custom_query_fields: queryFieldOf(path) };
  const { signal } = options;
  let done = 0;
  let total = 0;
  let requests = 0;
  const track = <T>(work: () => Promise<T>): Promise<T> => {
    total++;
    requests++;
    return work().finally(() => options.onProgress?.(++done, total));
  };
  const read = async (pathOf: string, what: string): Promise<Json> => parseBody(await track(() => client.getText(pathOf, query, { signal })), what);

  const accountRows = scopes.map(async (scope): Promise<AccountRow> => {
    const sub = scope.subAccountId ? { subAccountId: scope.subAccountId } : undefined;
    try {
      const [settings, locks] = await Promise.all([
        read(paths.accountSettings(sub), 'account settings'),
        read(paths.accountLockSettings(sub), 'account lock settings'),
      ]);
      return { scope, value: found(settings, keyPath), locked: isLocked(locks, keyPath) };
    } catch (error) {
      if (isCancellation(error) || signal?.aborted) throw error;
      return { scope, error };
    }
  });

  const groupRows = scopes.map(async (scope): Promise<GroupRow[]> => {
    const sub = scope.subAccountId ? { subAccountId: scope.subAccountId } : undefined;
    let groups;
    try {
      groups = await track(() => client.listGroups(sub).all(signal));
    } catch (error) {
      if (isCancellation(error) || signal?.aborted) throw error;
      return [{ scope, id: '', name: '', error }]; // the groups could not be listed: one row says why
    }
    return Promise.all(
      groups.map(async (g): Promise<GroupRow> => {
        const row = { scope, id: g.id, name: g.name ?? g.id };
        try {
          const [settings, locks] = await Promise.all([
            read(paths.groupSettings(g.id, sub), 'group settings'),
            options.groupLocks ? track(() => client.groupLockSettings(g.id, {}, { ...sub, signal })) : undefined,
          ]);
          return { ...row, value: found(settings, keyPath), ...(locks ? { locked: isLocked(locks, keyPath) } : {}) };
        } catch (error) {
          if (isCancellation(error) || signal?.aborted) throw error;
          return { ...row, error };
        }
      }),
    );
  });

  const [accounts, groups] = await Promise.all([Promise.all(accountRows), Promise.all(groupRows)]);
  return { path, accounts, groups: groups.flat(), requests };
}

function found(body: Json, path: readonly string[]): Found {
  const at = valueAt(body, path);
  return at.found ? { found: true, value: at.value } : { found: false };
}

/** A value as one short line: JSON for objects and arrays, strings as they are. */
export function valueText(value: Found | undefined): string {
  if (!value?.found) return '';
  return typeof value.value === 'string' ? value.value : JSON.stringify(value.value);
}

/** The key of a value for grouping: its exact JSON ("" for absent). */
export function valueKey(value: Found | undefined): string {
  return value?.found ? (JSON.stringify(value.value) ?? 'undefined') : '';
}
