// What the Users lists of each scope are filtered by (an account and each of its sub accounts filter
// on their own), and the context keys the view's menus read (zoomAdmin.roleFilterActive, zoomAdmin.filterActive).
import * as vscode from 'vscode';
import type { ListUsersQuery } from '../zoom/api';
import { scopeId, type Scope } from '../objectRef';

export interface RoleFilter {
  id: string;
  name: string;
}

export type License = NonNullable<ListUsersQuery['license']>;

/** What the Users lists of one scope are filtered by; Zoom combines both (role_id and license). */
export interface UserFilters {
  role?: RoleFilter;
  license?: License;
}

export class UserFilterStore {
  private readonly filters = new Map<string, { scope: Scope; filters: UserFilters }>();

  of(scope: Scope): UserFilters {
    return this.filters.get(scopeId(scope))?.filters ?? {};
  }

  role(scope: Scope): RoleFilter | undefined {
    return this.of(scope).role;
  }

  /**
   * What every users list request of a scope asks besides its status (the tree's pages, Load all,
   * the CSV export): its filters, and the custom attributes (host keys only ever by the CSV export's
   * opt-in, which replaces include_fields). One place, so none of them can forget a filter.
   */
  usersQuery(scope: Scope): Omit<ListUsersQuery, 'status'> {
    const { role, license } = this.of(scope);
    return { ...(role ? { role_id: role.id } : {}), ...(license ? { license } : {}), include_fields: 'custom_attributes' };
  }

  /** The scopes that have a filter now. */
  filteredScopes(): Scope[] {
    return [...this.filters.values()].map((f) => f.scope);
  }

  /** Changes some filters of a scope; a key set to undefined clears that filter. */
  set(scope: Scope, change: UserFilters): void {
    const id = scopeId(scope);
    const own: Scope = scope.subAccountId ? { accountKey: scope.accountKey, subAccountId: scope.subAccountId } : { accountKey: scope.accountKey };
    const merged = { ...this.of(scope), ...change };
    const next: UserFilters = { ...(merged.role ? { role: merged.role } : {}), ...(merged.license ? { license: merged.license } : {}) };
    if (next.role || next.license) this.filters.set(id, { scope: own, filters: next });
    else this.filters.delete(id);
    this.changed();
  }

  /** Drops the filters of an account and of its sub accounts (signed out). */
  forget(accountKey: string): void {
    const before = this.filters.size;
    for (const { scope } of [...this.filters.values()]) if (scope.accountKey === accountKey) this.filters.delete(scopeId(scope));
    if (this.filters.size !== before) this.changed();
  }

  private changed(): void {
    const all = [...this.filters.values()];
    void vscode.commands.executeCommand(
      'setContext',
      'zoomAdmin.roleFilterActive',
      all.some((f) => f.filters.role),
    );
    void vscode.commands.executeCommand('setContext', 'zoomAdmin.filterActive', all.length > 0);
  }
}
