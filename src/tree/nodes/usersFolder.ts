// "Users" and its Active / Inactive / Pending lists. Opening "Users" loads the first page of the
// three statuses at once, so their counts show and opening one of them costs no request. Once the
// three totals are known, "Users" shows their sum, followed by the account's counts from
// /users/summary (one request per expansion after a refresh; see userSummary.ts).
import * as vscode from 'vscode';
import type { Page, UserStatus } from '../../zoom/types';
import { apiScope, scopeId, type Scope } from '../../objectRef';
import { DirNode } from './dirNode';
import { folderItem, PagedFolder } from './pagedFolder';
import { licenseName } from '../licenses';
import { UserRow, statusName } from './userRow';
import { UserSummary } from './userSummary';
import { formatCount } from '../../punctuation';

export const USER_STATUSES: readonly UserStatus[] = ['active', 'inactive', 'pending'];

/** What each status list holds, in messages: "Could not load active users", "No active users with this role". */
const STATUS_LISTS: Record<UserStatus, () => string> = {
  active: () => vscode.l10n.t('active users'),
  inactive: () => vscode.l10n.t('inactive users'),
  pending: () => vscode.l10n.t('pending users'),
};

export class UsersFolder extends DirNode {
  readonly statuses: readonly StatusFolder[];
  /** The sum the view was last told about (undefined: no count shown). */
  private notifiedTotal: number | undefined;

  readonly summary: UserSummary;

  constructor(
    parent: DirNode,
    readonly scope: Scope,
  ) {
    super(parent.env, parent, `${scopeId(scope)}/users`);
    this.statuses = USER_STATUSES.map((status) => new StatusFolder(this, status));
    this.summary = new UserSummary(this.env, scope, () => this.env.changes.fire(this));
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Users'), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('person');
    const { role, license } = this.env.filters.of(this.scope);
    const total = this.total;
    const count = total !== undefined ? formatCount(total) : undefined;
    const filters = [role && vscode.l10n.t('role: {0}', role.name), license && vscode.l10n.t('license: {0}', licenseName(license))];
    item.description = [count, this.summary.description(), ...filters].filter(Boolean).join(' · ') || undefined;
    item.tooltip = this.summary.tooltip();
    // ".filtered" marks a role filter (Clear Role Filter), ".license" a license filter (Clear Filters).
    item.contextValue = `zoom.usersFolder${this.scope.subAccountId ? '.sub' : ''}${role ? '.filtered' : ''}${license ? '.license' : ''}`;
    return item;
  }

  children(): DirNode[] {
    for (const status of this.statuses) status.prefetch();
    this.summary.load();
    return [...this.statuses];
  }

  reset(): void {
    super.reset();
    this.summary.reset();
  }

  loadedChildren(): readonly DirNode[] {
    return this.statuses;
  }

  status(status: UserStatus): StatusFolder {
    return this.statuses.find((s) => s.status === status)!;
  }

  /** total_records of Active + Inactive + Pending, once the first page of each has said it. */
  get total(): number | undefined {
    let sum = 0;
    for (const s of this.statuses) {
      const t = s.pager.totalRecords;
      if (t === undefined) return undefined;
      sum += t;
    }
    return sum;
  }

  /**
   * A status list changed (a page arrived, or it was reset): the view asks for this row's item
   * again only when the sum it shows changes, so "Load all" does not re-render the lists per page.
   */
  statusChanged(): void {
    const total = this.total;
    if (total === this.notifiedTotal) return;
    this.notifiedTotal = total;
    this.env.changes.fire(this);
  }
}

export class StatusFolder extends PagedFolder<UserRow> {
  constructor(
    readonly users: UsersFolder,
    readonly status: UserStatus,
  ) {
    super(users.env, users, `${users.id}/${status}`);
  }

  get scope(): Scope {
    return this.users.scope;
  }

  reset(): void {
    super.reset();
    this.users.statusChanged();
  }

  protected pagerChanged(): void {
    this.users.statusChanged();
  }

  get what(): string {
    return STATUS_LISTS[this.status]();
  }

  get emptyText(): string {
    const { role, license } = this.env.filters.of(this.scope);
    if (license) return vscode.l10n.t('No {0} match the filters', this.what);
    return role ? vscode.l10n.t('No {0} with this role', this.what) : super.emptyText;
  }

  protected baseItem(): vscode.TreeItem {
    return folderItem(statusName(this.status), this.status === 'active' ? 'pass' : this.status === 'inactive' ? 'circle-slash' : 'mail', 'zoom.userStatus');
  }

  protected async fetchPage(token: string | undefined, signal?: AbortSignal): Promise<Page<UserRow>> {
    const list = this.env.client(this.scope).listUsers({ status: this.status, ...this.env.filters.usersQuery(this.scope) }, apiScope(this.scope));
    const page = await list.page(token, signal);
    // The list does not always say the status it was asked for; the row's icon and tooltip need it.
    return { ...page, items: page.items.map((user) => new UserRow(this, this.scope, Object.assign(user, { status: user.status ?? this.status }))) };
  }
}
