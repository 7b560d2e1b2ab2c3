// The root of each signed-in account, its sub accounts, and the folders an account scope shows.
import * as vscode from 'vscode';
import type { ZoomAccountInfo } from '../../auth/accounts';
import { ZoomApiError } from '../../zoom/errors';
import type { Page, ZoomSubAccount } from '../../zoom/types';
import type { ZoomObjectRef, Scope } from '../../objectRef';
import type { TreeEnv } from '../env';
import { DirNode } from './dirNode';
import { GroupsFolder } from './groups';
import { idLine, namedTooltip } from './hover';
import { escapeMarkdown } from '../markdown';
import { folderItem, PagedFolder } from './pagedFolder';
import { RolesFolder } from './roles';
import { UsersFolder } from './usersFolder';
import { formatCount, labelled } from '../../punctuation';

export class AccountNode extends DirNode {
  readonly scope: Scope;
  readonly users: UsersFolder;
  readonly groups: GroupsFolder;
  readonly roles: RolesFolder;
  readonly subAccounts: SubAccountsFolder;

  constructor(
    env: TreeEnv,
    public account: ZoomAccountInfo,
  ) {
    super(env, undefined, account.key);
    this.scope = { accountKey: account.key };
    this.users = new UsersFolder(this, this.scope);
    this.groups = new GroupsFolder(this, this.scope);
    this.roles = new RolesFolder(this, this.scope);
    this.subAccounts = new SubAccountsFolder(this);
  }

  get ref(): ZoomObjectRef {
    return {
      accountKey: this.account.key,
      type: 'account',
      ...(this.account.zoomAccountId ? { id: this.account.zoomAccountId } : {}),
      name: this.account.label,
    };
  }

  treeItem(): vscode.TreeItem {
    const { account } = this;
    const item = new vscode.TreeItem(account.label, vscode.TreeItemCollapsibleState.Expanded);
    item.iconPath = new vscode.ThemeIcon('briefcase');
    item.description = this.subAccounts.pager.loaded ? vscode.l10n.t('master account') : undefined;
    item.tooltip = namedTooltip(account.label, account.zoomAccountId ? idLine(vscode.l10n.t('Account ID'), account.zoomAccountId) : '');
    item.contextValue = 'zoom.account';
    return item;
  }

  /** Groups, roles and "is it a master account?" start loading at once; users when opened. */
  children(): DirNode[] {
    this.groups.prefetch();
    this.roles.prefetch();
    if (this.subAccounts.isMaster() === undefined && !this.subAccounts.pager.loading) {
      void this.env.loads.track(this.subAccounts.pager.first().then(() => this.env.changes.fire(this)));
    }
    return [...this.loadedChildren()];
  }

  loadedChildren(): readonly DirNode[] {
    const folders: DirNode[] = [this.users, this.groups, this.roles];
    if (this.subAccounts.isMaster()) folders.push(this.subAccounts);
    return folders;
  }

  cancel(): void {
    super.cancel();
    this.subAccounts.cancel();
  }

  reset(): void {
    super.reset();
    this.subAccounts.reset();
  }
}

/**
 * Sub accounts of a master account. Its first page doubles as the test "is this a master
 * account?": a client error (4711 missing master scopes, 403, …) means it is not, and the folder
 * stays hidden; any other failure shows the folder with its error row.
 */
export class SubAccountsFolder extends PagedFolder<SubAccountNode> {
  constructor(readonly account: AccountNode) {
    super(account.env, account, `${account.id}/sub`);
  }

  get what(): string {
    return vscode.l10n.t('sub accounts');
  }

  /** undefined while not known yet. */
  isMaster(): boolean | undefined {
    if (this.pager.loaded) return true;
    const error = this.pager.error;
    if (error === undefined) return undefined;
    return !notMasterAnswer(error);
  }

  protected baseItem(): vscode.TreeItem {
    return folderItem(vscode.l10n.t('Sub accounts'), 'type-hierarchy', 'zoom.subAccountsFolder');
  }

  protected async fetchPage(token: string | undefined, signal?: AbortSignal): Promise<Page<SubAccountNode>> {
    const page = await this.env.client(this.account.scope).listSubAccounts().page(token, signal);
    for (const sub of page.items) this.env.names.remember(this.account.scope, 'subAccount', sub.id, sub.account_name);
    return { ...page, items: page.items.map((sub) => new SubAccountNode(this, sub)) };
  }

  protected logFailure(error: unknown): void {
    if (notMasterAnswer(error)) this.env.log.debug(`${this.account.id} is not a master account (${(error as Error).message})`);
    else super.logFailure(error);
  }
}

function notMasterAnswer(error: unknown): boolean {
  return error instanceof ZoomApiError && error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus !== 429;
}

export class SubAccountNode extends DirNode {
  readonly scope: Scope;
  readonly ref: ZoomObjectRef;
  readonly users: UsersFolder;
  readonly groups: GroupsFolder;

  constructor(
    folder: SubAccountsFolder,
    readonly sub: ZoomSubAccount,
  ) {
    super(folder.env, folder, `${folder.id}/${sub.id}`);
    this.scope = { accountKey: folder.account.scope.accountKey, subAccountId: sub.id };
    this.ref = { accountKey: this.scope.accountKey, subAccountId: sub.id, type: 'subAccount', id: sub.id, name: sub.account_name };
    this.users = new UsersFolder(this, this.scope);
    this.groups = new GroupsFolder(this, this.scope);
  }

  treeItem(): vscode.TreeItem {
    const { sub } = this;
    const item = new vscode.TreeItem(sub.account_name, vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('briefcase');
    if (sub.account_number !== undefined) item.description = String(sub.account_number);
    const tooltip = namedTooltip(sub.account_name, `${idLine(vscode.l10n.t('Sub account ID'), sub.id)}  \n`);
    if (sub.owner_email) tooltip.appendMarkdown(`${labelled(escapeMarkdown(vscode.l10n.t('Owner')), escapeMarkdown(sub.owner_email))}  \n`);
    if (sub.seats !== undefined) {
      const seats = typeof sub.seats === 'number' ? formatCount(sub.seats) : sub.seats;
      tooltip.appendMarkdown(labelled(escapeMarkdown(vscode.l10n.t('Seats')), escapeMarkdown(seats)));
    }
    item.tooltip = tooltip;
    item.contextValue = 'zoom.subAccount';
    return item;
  }

  children(): DirNode[] {
    this.groups.prefetch();
    return [this.users, this.groups];
  }

  loadedChildren(): readonly DirNode[] {
    return [this.users, this.groups];
  }
}
