// How the tree addresses a scope (a signed-in account, or one of its sub accounts): node ids, and
// the client's form.
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
