// Names of groups, roles and sub accounts by id, per scope, filled as their lists load: user rows
// name a user's role, groups and sub account with them instead of bare ids.
import { scopeId, type Scope } from '../objectRef';

/** Objects whose names are remembered per scope (sub accounts: in the master account's scope). */
export type NamedKind = 'group' | 'role' | 'subAccount';

export class NameCache {
  private readonly names = new Map<string, Map<string, string>>();

  remember(scope: Scope, kind: NamedKind, id: string, name: string): void {
    const key = `${scopeId(scope)}|${kind}`;
    let map = this.names.get(key);
    if (!map) this.names.set(key, (map = new Map<string, string>()));
    map.set(id, name);
  }

  nameOf(scope: Scope, kind: NamedKind, id: string): string | undefined {
    return this.names.get(`${scopeId(scope)}|${kind}`)?.get(id);
  }

  /** A sub account's name once its master's list has loaded, else its id; undefined for an account's own scope. */
  subAccountName(scope: Scope): string | undefined {
    const { accountKey, subAccountId } = scope;
    return subAccountId && (this.nameOf({ accountKey }, 'subAccount', subAccountId) ?? subAccountId);
  }

  /** Drops every name of an account and of its sub accounts (signed out). */
  forget(accountKey: string): void {
    for (const key of [...this.names.keys()]) if (key.startsWith(`${accountKey}|`) || key.startsWith(`${accountKey}/`)) this.names.delete(key);
  }
}
