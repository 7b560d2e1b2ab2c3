// The "Search" root shown above the accounts after a search: the users found, and when only part
// of the directory was loaded, a row that loads the rest and searches again.
import * as vscode from 'vscode';
import { scopeId } from '../env';
import type { TreeEnv } from '../env';
import { DirNode } from './dirNode';
import { ActionRow } from './messageRows';
import { UserRow, userKey, type UserLike } from './userRow';
import type { Scope } from '../env';

export interface SearchHit {
  scope: Scope;
  user: UserLike;
  /** The row in the tree, when the user is loaded there. */
  original?: UserRow;
}

export class SearchResultsNode extends DirNode {
  readonly rows: UserRow[];
  private readonly extra: DirNode[] = [];

  constructor(
    env: TreeEnv,
    readonly query: string,
    hits: readonly SearchHit[],
    /** Users loaded and in total, for a search of what is loaded; undefined for a direct lookup. */
    readonly coverage?: { loaded: number; total: number },
  ) {
    super(env, undefined, 'search');
    this.rows = hits.map((hit) =>
      new UserRow(this, hit.scope, hit.user, 'searchResult', hit.original, `${this.id}/${scopeId(hit.scope)}/${userKey(hit.user)}`));
    if (coverage && coverage.loaded < coverage.total) {
      this.extra.push(new ActionRow(this, '~loadRest', () => {
        const item = new vscode.TreeItem(vscode.l10n.t('Load the other {0} users and search again', env.formatCount(coverage.total - coverage.loaded)));
        item.iconPath = new vscode.ThemeIcon('cloud-download');
        item.command = { command: 'zoomAdmin.searchUsers', title: vscode.l10n.t('Search Users'), arguments: [{ query, loadAll: true }] };
        return item;
      }));
    } else if (hits.length === 0) {
      this.extra.push(new ActionRow(this, '~empty', () => {
        const item = new vscode.TreeItem(vscode.l10n.t('No users found'));
        item.contextValue = 'zoom.placeholder';
        return item;
      }));
    }
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Search: {0}', this.query), vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('search');
    item.description = this.rows.length === 1 ? vscode.l10n.t('1 user') : vscode.l10n.t('{0} users', this.env.formatCount(this.rows.length));
    item.contextValue = 'zoom.searchResults';
    return item;
  }

  children(): DirNode[] {
    return [...this.rows, ...this.extra];
  }

  loadedChildren(): readonly DirNode[] {
    return this.rows;
  }
}
