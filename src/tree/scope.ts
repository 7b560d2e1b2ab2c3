// What the tree derives from a Scope (src/objectRef.ts: a signed-in account, or one of its sub
// accounts): the id prefix of its nodes and the client's form of it.
import type { Scope } from '../objectRef';
import type { AccountScope } from '../zoom/types';

/** The id prefix of a scope's nodes: `<accountKey>` or `<accountKey>/sub/<subAccountId>`. */
export function scopeId(scope: Scope): string {
  return scope.subAccountId ? `${scope.accountKey}/sub/${scope.subAccountId}` : scope.accountKey;
}

/** The client's form of a scope: a sub account's requests go to /accounts/{id}/…. */
export function apiScope(scope: Scope): AccountScope {
  return scope.subAccountId ? { subAccountId: scope.subAccountId } : {};
}
