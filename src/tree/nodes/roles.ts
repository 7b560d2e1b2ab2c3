// "Roles": each role opens to its members. Roles come in one page (GET /roles is not paged).
import * as vscode from 'vscode';
import type { Page, ZoomRole } from '../../zoom/types';
import { apiScope, type Scope, type ZoomObjectRef } from '../../objectRef';
import type { DirNode } from './dirNode';
import { idLine, namedTooltip } from './hover';
import { escapeMarkdown } from '../markdown';
import { PagedFolder, ScopeFolder } from './pagedFolder';
import { UserRow } from './userRow';
import { formatCount } from '../../punctuation';

export class RolesFolder extends ScopeFolder<RoleRow> {
  constructor(parent: DirNode, scope: Scope) {
    super(parent, scope, 'roles');
  }

  protected async fetchPage(_token: string | undefined, signal?: AbortSignal): Promise<Page<RoleRow>> {
    const page = await this.env.client(this.scope).listRoles({ ...apiScope(this.scope), signal });
    for (const role of page.items) this.env.names.remember(this.scope, 'role', role.id, role.name);
    return { items: page.items.map((role) => new RoleRow(this, role)), totalRecords: page.totalRecords ?? page.items.length };
  }
}

export class RoleRow extends PagedFolder<UserRow> {
  readonly ref: ZoomObjectRef;

  constructor(
    readonly folder: RolesFolder,
    readonly role: ZoomRole,
  ) {
    super(folder.env, folder, `${folder.id}/${role.id}`);
    this.ref = { accountKey: folder.scope.accountKey, type: 'role', id: role.id, name: role.name };
  }

  get what(): string {
    return vscode.l10n.t('members of role {0}', this.role.name);
  }
  get emptyText(): string {
    return vscode.l10n.t('No users have this role');
  }

  protected baseItem(): vscode.TreeItem {
    const { role } = this;
    const item = new vscode.TreeItem(role.name);
    item.iconPath = new vscode.ThemeIcon('key');
    if (role.total_members !== undefined) item.description = vscode.l10n.t('{0} members', formatCount(role.total_members));
    const description = role.description ? `${escapeMarkdown(role.description)}\n\n` : '';
    item.tooltip = namedTooltip(role.name, description, idLine(vscode.l10n.t('Role ID'), role.id));
    item.contextValue = 'zoom.role';
    return item;
  }

  /** Always exactly `zoom.role` (other menus match it); "Load all" stays on its "Load more" row. */
  treeItem(): vscode.TreeItem {
    const item = super.treeItem();
    item.contextValue = 'zoom.role';
    return item;
  }

  protected async fetchPage(token: string | undefined, signal?: AbortSignal): Promise<Page<UserRow>> {
    const { scope } = this.folder;
    const page = await this.env.client(scope).listRoleMembers(this.role.id, apiScope(scope)).page(token, signal);
    return { ...page, items: page.items.map((member) => new UserRow(this, scope, { role_id: this.role.id, ...member })) };
  }
}
