// "Groups": each group opens to its Members and Admins (both first pages load when it opens).
import * as vscode from 'vscode';
import type { Page, ZoomGroup } from '../../zoom/types';
import { apiScope, type Scope, type ZoomObjectRef } from '../../objectRef';
import { DirNode } from './dirNode';
import { idLine, namedTooltip } from './hover';
import { folderItem, PagedFolder, ScopeFolder } from './pagedFolder';
import { UserRow } from './userRow';
import { formatCount } from '../../punctuation';

export class GroupsFolder extends ScopeFolder<GroupRow> {
  constructor(parent: DirNode, scope: Scope) {
    super(parent, scope, 'groups');
  }

  protected async fetchPage(token: string | undefined, signal?: AbortSignal): Promise<Page<GroupRow>> {
    const page = await this.env.client(this.scope).listGroups(apiScope(this.scope)).page(token, signal);
    for (const group of page.items) this.env.names.remember(this.scope, 'group', group.id, group.name);
    return { ...page, items: page.items.map((group) => new GroupRow(this, group)) };
  }
}

export class GroupRow extends DirNode {
  readonly ref: ZoomObjectRef;
  readonly members: GroupUsersFolder;
  readonly admins: GroupUsersFolder;

  constructor(
    readonly folder: GroupsFolder,
    readonly group: ZoomGroup,
  ) {
    super(folder.env, folder, `${folder.id}/${group.id}`);
    const { scope } = folder;
    this.ref = {
      accountKey: scope.accountKey,
      ...(scope.subAccountId ? { subAccountId: scope.subAccountId } : {}),
      type: 'group',
      id: group.id,
      name: group.name,
    };
    this.members = new GroupUsersFolder(this, 'members');
    this.admins = new GroupUsersFolder(this, 'admins');
  }

  get scope(): Scope {
    return this.folder.scope;
  }

  treeItem(): vscode.TreeItem {
    const { group } = this;
    const item = new vscode.TreeItem(group.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('people');
    if (group.total_members !== undefined) item.description = vscode.l10n.t('{0} members', formatCount(group.total_members));
    item.tooltip = namedTooltip(group.name, idLine(vscode.l10n.t('Group ID'), group.id));
    item.contextValue = 'zoom.group';
    return item;
  }

  children(): DirNode[] {
    this.members.prefetch();
    this.admins.prefetch();
    return [this.members, this.admins];
  }

  loadedChildren(): readonly DirNode[] {
    return [this.members, this.admins];
  }
}

/** Members or Admins of a group: the same folder over either of the group's two user lists. */
export class GroupUsersFolder extends PagedFolder<UserRow> {
  constructor(
    readonly group: GroupRow,
    readonly list: 'members' | 'admins',
  ) {
    super(group.env, group, `${group.id}/${list}`);
  }

  get what(): string {
    const { name } = this.group.group;
    return this.list === 'admins' ? vscode.l10n.t('admins of {0}', name) : vscode.l10n.t('members of {0}', name);
  }
  get emptyText(): string {
    return this.list === 'admins' ? vscode.l10n.t('No admins') : vscode.l10n.t('No members');
  }

  protected baseItem(): vscode.TreeItem {
    return this.list === 'admins'
      ? folderItem(vscode.l10n.t('Admins'), 'shield', 'zoom.groupAdmins')
      : folderItem(vscode.l10n.t('Members'), 'person', 'zoom.groupMembers');
  }

  protected async fetchPage(token: string | undefined, signal?: AbortSignal): Promise<Page<UserRow>> {
    const { scope, group } = this.group;
    const client = this.env.client(scope);
    const list = this.list === 'admins' ? client.listGroupAdmins(group.id, apiScope(scope)) : client.listGroupMembers(group.id, apiScope(scope));
    const page = await list.page(token, signal);
    return { ...page, items: page.items.map((user) => new UserRow(this, scope, user, this.list === 'admins' ? 'groupAdmin' : 'user')) };
  }
}
