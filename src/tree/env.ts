// What every node of the directory tree shares: the accounts, the log, the change event, the
// loads in flight (for tests and benchmarks), names looked up for tooltips, and the Users filters.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { ZoomLog } from '../log';
import type { ListUsersQuery, ZoomApi } from '../zoom/api';
import type { AccountScope } from '../zoom/types';
import type { Scope } from '../objectRef';
import type { DirNode } from './nodes/dirNode';

export const VIEW_ID = 'zoomAdmin.directory';

/** Objects whose names are remembered per scope (sub accounts: in the master account's scope). */
export type NamedKind = 'group' | 'role' | 'subAccount';

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

export class TreeEnv {
  private readonly changes = new vscode.EventEmitter<DirNode | undefined>();
  readonly onDidChange = this.changes.event;
  private readonly pending = new Set<Promise<unknown>>();
  /** Group, role and sub account names by scope id, filled as their lists load; used by user rows. */
  private readonly names = new Map<string, Map<string, string>>();
  /** Users filters by scope id (an account and each of its sub accounts filter on their own). */
  private readonly filters = new Map<string, { scope: Scope; filters: UserFilters }>();
  /** Made on first use: the first Intl object of the host costs ~25 ms (ICU data), too much for activation. */
  private numbers: Intl.NumberFormat | undefined;

  constructor(
    readonly accounts: Accounts,
    readonly log: ZoomLog,
  ) {}

  changed(node?: DirNode): void {
    this.changes.fire(node);
  }

  client(scope: Scope): ZoomApi {
    return this.accounts.client(scope.accountKey);
  }

  apiScope(scope: Scope): AccountScope {
    return scope.subAccountId ? { subAccountId: scope.subAccountId } : {};
  }

  /** Keeps count of a load so settled() can wait for it; returns the same promise. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const done = () => this.pending.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Resolves once nothing is loading (loads started meanwhile are waited for too). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  rememberName(scope: Scope, kind: NamedKind, id: string, name: string): void {
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

  userFilters(scope: Scope): UserFilters {
    return this.filters.get(scopeId(scope))?.filters ?? {};
  }

  roleFilter(scope: Scope): RoleFilter | undefined {
    return this.userFilters(scope).role;
  }

  /**
   * What every users list request of a scope asks besides its status (the tree's pages, Load all,
   * the CSV export): its filters, and the custom attributes (host keys only ever by the CSV export's
   * opt-in, which replaces include_fields). One place, so none of them can forget a filter.
   */
  usersQuery(scope: Scope): Omit<ListUsersQuery, 'status'> {
    const { role, license } = this.userFilters(scope);
    return { ...(role ? { role_id: role.id } : {}), ...(license ? { license } : {}), include_fields: 'custom_attributes' };
  }

  /** The scopes that have a filter now. */
  filteredScopes(): Scope[] {
    return [...this.filters.values()].map((f) => f.scope);
  }

  /** Changes some filters of a scope; a key set to undefined clears that filter. */
  setUserFilters(scope: Scope, change: UserFilters): void {
    const id = scopeId(scope);
    const own: Scope = scope.subAccountId ? { accountKey: scope.accountKey, subAccountId: scope.subAccountId } : { accountKey: scope.accountKey };
    const merged = { ...this.userFilters(scope), ...change };
    const next: UserFilters = { ...(merged.role ? { role: merged.role } : {}), ...(merged.license ? { license: merged.license } : {}) };
    if (next.role || next.license) this.filters.set(id, { scope: own, filters: next });
    else this.filters.delete(id);
    this.filtersChanged();
  }

  formatCount(n: number): string {
    this.numbers ??= new Intl.NumberFormat(vscode.env.language);
    return this.numbers.format(n);
  }

  forgetAccount(accountKey: string): void {
    for (const key of [...this.names.keys()]) if (key.startsWith(`${accountKey}|`) || key.startsWith(`${accountKey}/`)) this.names.delete(key);
    const before = this.filters.size;
    for (const { scope } of [...this.filters.values()]) if (scope.accountKey === accountKey) this.filters.delete(scopeId(scope));
    if (this.filters.size !== before) this.filtersChanged();
  }

  private filtersChanged(): void {
    const all = [...this.filters.values()];
    void vscode.commands.executeCommand(
      'setContext',
      'zoomAdmin.roleFilterActive',
      all.some((f) => f.filters.role),
    );
    void vscode.commands.executeCommand('setContext', 'zoomAdmin.filterActive', all.length > 0);
  }
}

/** The id prefix of a scope's nodes: `<accountKey>` or `<accountKey>/sub/<subAccountId>`. */
export function scopeId(scope: Scope): string {
  return scope.subAccountId ? `${scope.accountKey}/sub/${scope.subAccountId}` : scope.accountKey;
}
