// The "Search" root shown above the accounts after a search: the users found, and when only part
// of the directory was loaded, a row that loads the rest and searches again. One node object for
// the view's life, and rows kept across searches by id: the view (and a reveal under way) must
// never see two different objects for the same id.
import * as vscode from 'vscode';
import { scopeId, type Scope } from '../../objectRef';
import type { TreeEnv } from '../env';
import { DirNode } from './dirNode';
import { ActionRow } from './messageRows';
import { UserRow, userKey, type UserLike } from './userRow';
import { formatCount } from '../../punctuation';

export interface SearchHit {
  scope: Scope;
  user: UserLike;
  /** The row in the tree, when the user is loaded there. */
  original?: UserRow;
}

export class SearchResultsNode extends DirNode {
  query = '';
  rows: UserRow[] = [];
  /** Users that matched; more than the rows when the results were capped. */
  matches = 0;
  private extra: DirNode[] = [];

  constructor(env: TreeEnv) {
    super(env, undefined, 'search');
  }

  /**
   * Shows new results. `coverage` (users loaded / in total) is given for a search of the loaded
   * users, and adds the "load the rest" row when they are not all loaded.
   */
  update(query: string, hits: readonly SearchHit[], coverage?: { loaded: number; total: number }, matches = hits.length): void {
    const previous = new Map(this.rows.map((row) => [row.id, row]));
    this.query = query;
    this.matches = matches;
    this.rows = hits.map((hit) => {
      const id = `${this.id}/${scopeId(hit.scope)}/${userKey(hit.user)}`;
      const kept = previous.get(id);
      return kept && kept.original === hit.original ? kept : new UserRow(this, hit.scope, hit.user, 'searchResult', hit.original, id);
    });
    this.extra = [];
    if (coverage && coverage.loaded < coverage.total) {
      this.extra.push(
        new ActionRow(this, '~loadRest', () => {
          const item = new vscode.TreeItem(vscode.l10n.t('Load the other {0} users and search again', formatCount(coverage.total - coverage.loaded)));
          item.iconPath = new vscode.ThemeIcon('cloud-download');
          item.command = { command: 'zoomAdmin.searchUsers', title: vscode.l10n.t('Search Users'), arguments: [{ query, loadAll: true }] };
          return item;
        }),
      );
    } else if (hits.length === 0) {
      this.extra.push(
        new ActionRow(this, '~empty', () => {
          const item = new vscode.TreeItem(vscode.l10n.t('No users found'));
          item.contextValue = 'zoom.placeholder';
          return item;
        }),
      );
    }
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Search: {0}', this.query), vscode.TreeItemCollapsibleState.Expanded);
    item.iconPath = new vscode.ThemeIcon('search');
    item.description =
      this.matches > this.rows.length
        ? vscode.l10n.t('first {0} of {1} users', formatCount(this.rows.length), formatCount(this.matches))
        : this.rows.length === 1
          ? vscode.l10n.t('1 user')
          : vscode.l10n.t('{0} users', formatCount(this.rows.length));
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
