// The Groups and Roles folders of a scope: one folder over either list, named by a table of the
// two; each subclass asks Zoom for its own page.
import * as vscode from 'vscode';
import { scopeId, type Scope } from '../../objectRef';
import type { DirNode } from './dirNode';
import { folderItem, PagedFolder } from './pagedFolder';

/** Each list's folder: icon and menu context, label, and what it lists ("Could not load groups", "No groups"). */
const LISTS = {
  groups: { icon: 'organization', contextValue: 'zoom.groupsFolder', label: () => vscode.l10n.t('Groups'), what: () => vscode.l10n.t('groups') },
  roles: { icon: 'key', contextValue: 'zoom.rolesFolder', label: () => vscode.l10n.t('Roles'), what: () => vscode.l10n.t('roles') },
};

export abstract class ScopeFolder<R extends DirNode> extends PagedFolder<R> {
  constructor(
    parent: DirNode,
    readonly scope: Scope,
    private readonly list: keyof typeof LISTS,
  ) {
    super(parent.env, parent, `${scopeId(scope)}/${list}`);
  }

  get what(): string {
    return LISTS[this.list].what();
  }

  protected baseItem(): vscode.TreeItem {
    const { label, icon, contextValue } = LISTS[this.list];
    return folderItem(label(), icon, contextValue);
  }
}
