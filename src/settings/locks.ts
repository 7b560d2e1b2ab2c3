// The locks of a group settings document, fetched with it (documents' `alongside`): the group's own
// (GET …/groups/{groupId}/lock_settings) and its account's (GET /accounts/{accountId|me}/lock_settings).
// A lock body that cannot be fetched (a missing scope, say) leaves its reason instead of hints.
import { errorText } from '../errorText';
import type { DocumentTarget } from '../documents/uri';
import type { ZoomApi } from '../zoom/api';
import { paths } from '../zoom/paths';
import { lockOptionFor, parseBody, type Json } from './tree';

export interface LockSide {
  body?: Json;
  /** Why the lock settings could not be read. */
  error?: string;
}

export interface GroupLocks {
  kind: 'groupLocks';
  group: LockSide;
  account: LockSide;
}

export function isGroupLocks(value: unknown): value is GroupLocks {
  return !!value && (value as GroupLocks).kind === 'groupLocks';
}

async function side(fetchText: () => Promise<string>, what: string): Promise<LockSide> {
  try {
    return { body: parseBody(await fetchText(), what) };
  } catch (error) {
    return { error: errorText(error) };
  }
}

export function fetchGroupLocks(target: DocumentTarget, client: ZoomApi): Promise<GroupLocks> | undefined {
  const view = target.kind === 'groupSettings' ? lockOptionFor(target.option) : undefined;
  if (!view) return undefined;
  const scope = target.subAccountId ? { subAccountId: target.subAccountId } : undefined;
  return Promise.all([
    side(() => client.getText(paths.groupLockSettings(target.id, scope), view), 'group lock settings'),
    side(() => client.getText(paths.accountLockSettings(scope), view), 'account lock settings'),
  ]).then(([group, account]) => ({ kind: 'groupLocks', group, account }));
}
