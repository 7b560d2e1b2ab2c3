// Reading what a snapshot holds from Zoom: an object's settings and lock settings (full bodies),
// and the whole account (the account, then every group, all queued at once on the account's
// shared scheduler). Plain TypeScript (no vscode).
import type { ZoomApi } from '../../zoom/api';
import { isCancellation } from '../../zoom/errors';
import { paths } from '../../zoom/paths';
import { parseBody } from '../tree';
import type { SnapshotBody, SnapshotObject } from './files';

/** The object's live settings and lock settings, in the snapshot's shape. */
export async function liveBody(client: ZoomApi, object: SnapshotObject, signal?: AbortSignal): Promise<SnapshotBody> {
  const scope = object.subAccountId ? { subAccountId: object.subAccountId } : undefined;
  const [settingsPath, locksPath] =
    object.type === 'account'
      ? [paths.accountSettings(scope), paths.accountLockSettings(scope)]
      : [paths.groupSettings(object.id, scope), paths.groupLockSettings(object.id, scope)];
  const [settings, locks] = await Promise.all([
    client.getText(settingsPath, {}, { signal }).then((t) => parseBody(t, `${object.type} settings`)),
    client.getText(locksPath, {}, { signal }).then((t) => parseBody(t, `${object.type} lock settings`)),
  ]);
  return { object, settings, lock_settings: locks };
}

export interface Collected {
  account: SnapshotBody | { object: SnapshotObject; error: unknown };
  groups: (SnapshotBody | { object: SnapshotObject; error: unknown })[];
}

export interface CollectOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** The account and every group of one scope; a failing object is kept with its error. */
export async function collectAccount(
  client: ZoomApi,
  account: { key: string; name: string; subAccountId?: string },
  options: CollectOptions = {},
): Promise<Collected> {
  const { signal } = options;
  const scope = account.subAccountId ? { subAccountId: account.subAccountId } : {};
  let done = 0;
  let total = 1;
  const tick = () => options.onProgress?.(++done, total);
  const read = async (object: SnapshotObject) => {
    try {
      return await liveBody(client, object, signal);
    } catch (error) {
      if (isCancellation(error) || signal?.aborted) throw error;
      return { object, error };
    } finally {
      tick();
    }
  };
  const accountObject: SnapshotObject = { type: 'account', id: account.subAccountId ?? 'me', name: account.name, account: account.key, ...scope };
  const [accountBody, groups] = await Promise.all([
    read(accountObject),
    client
      .listGroups(account.subAccountId ? scope : undefined)
      .all(signal)
      .then((list) => {
        total += list.length;
        return Promise.all(list.map((g) => read({ type: 'group', id: g.id, name: g.name ?? g.id, account: account.key, ...scope })));
      }),
  ]);
  return { account: accountBody, groups };
}
