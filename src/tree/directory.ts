// The directory tree as the commands and tests see it: the TreeDataProvider over account roots,
// the TreeView, and the operations the commands run (refresh, load more/all, reveal, search root).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { ZoomLog } from '../log';
import type { Scope } from '../objectRef';
import { TreeEnv, VIEW_ID } from './env';
import type { UserFilters } from './userFilters';
import { AccountNode, SubAccountNode } from './nodes/accounts';
import type { DirNode } from './nodes/dirNode';
import { ErrorRow, LoadMoreRow } from './nodes/messageRows';
import { PagedFolder } from './nodes/pagedFolder';
import { UserRow } from './nodes/userRow';
import { SearchResultsNode, type SearchHit } from './nodes/searchResults';
import { ScopeLists } from './scopeLists';
import { formatCount } from '../punctuation';

export class Directory implements vscode.TreeDataProvider<DirNode>, vscode.Disposable {
  readonly env: TreeEnv;
  readonly onDidChangeTreeData: vscode.Event<DirNode | undefined>;
  readonly view: vscode.TreeView<DirNode>;
  /** What commands ask about a scope's sub accounts, roles and groups. */
  readonly lists = new ScopeLists(this);
  private readonly accountNodes = new Map<string, AccountNode>();
  private readonly searchNode: SearchResultsNode;
  private searchShown = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly accounts: Accounts,
    readonly log: ZoomLog,
  ) {
    this.env = new TreeEnv(accounts, log);
    this.searchNode = new SearchResultsNode(this.env);
    this.onDidChangeTreeData = this.env.changes.event;
    this.syncAccounts();
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.view.onDidCollapseElement((e) => e.element.cancel()),
      accounts.onDidChange(() => {
        // Results of an account that was signed out must not stay on screen.
        if (this.syncAccounts()) this.clearSearch();
        this.env.changes.fire(undefined);
      }),
    );
  }

  // --- TreeDataProvider

  /** A row's id is its node's: unique in the view and stable across refreshes, so the view keeps expansion and selection. */
  getTreeItem(node: DirNode): vscode.TreeItem {
    const item = node.treeItem();
    item.id = node.id;
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: DirNode): vscode.TreeItem {
    if (node instanceof UserRow) item.tooltip = node.tooltip();
    return item;
  }

  getChildren(node?: DirNode): DirNode[] | Promise<DirNode[]> {
    return node ? node.children() : this.roots();
  }

  getParent(node: DirNode): DirNode | undefined {
    return node.parent;
  }

  // --- what commands and tests use

  roots(): DirNode[] {
    const accounts = [...this.accountNodes.values()];
    return this.searchShown ? [this.searchNode, ...accounts] : accounts;
  }

  accountNode(key: string): AccountNode | undefined {
    return this.accountNodes.get(key);
  }

  accountNodesList(): AccountNode[] {
    return [...this.accountNodes.values()];
  }

  /**
   * The rows a tree command acts on: the clicked row and, with multi-select, every selected row;
   * from the palette or a key binding, the view's selection.
   */
  targets(node?: unknown, nodes?: unknown): unknown[] {
    if (Array.isArray(nodes) && nodes.length > 0) return nodes;
    if (node !== undefined && node !== null) return [node];
    return [...this.view.selection];
  }

  /** The node with this id among those loaded (no request is made). */
  find(id: string): DirNode | undefined {
    let level: readonly DirNode[] = this.roots();
    for (;;) {
      const next = level.find((n) => id === n.id || id.startsWith(`${n.id}/`));
      if (!next || next.id === id) return next;
      level = next instanceof AccountNode ? [...next.loadedChildren(), next.subAccounts] : next.loadedChildren();
    }
  }

  /** Sub account node of a loaded sub accounts list. */
  subAccountNode(accountKey: string, subAccountId: string): SubAccountNode | undefined {
    return this.accountNodes.get(accountKey)?.subAccounts.pager.items.find((s) => s.sub.id === subAccountId);
  }

  /** Forgets what is loaded under `node` (all accounts when undefined); expansion state is kept. */
  refresh(node?: DirNode): void {
    if (!node) {
      this.clearSearch();
      this.syncAccounts();
      for (const account of this.accountNodes.values()) account.reset();
    } else {
      node.reset();
    }
    this.env.changes.fire(node);
  }

  /** The folder a "Load more" / error row / folder node stands for. */
  folderOf(node: unknown): PagedFolder<DirNode> | undefined {
    if (typeof node === 'string') node = this.find(node);
    if (node instanceof LoadMoreRow || node instanceof ErrorRow) node = node.folder;
    return node instanceof PagedFolder ? node : undefined;
  }

  async loadMore(node: unknown): Promise<void> {
    const folder = this.folderOf(node);
    if (!folder) return;
    await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => folder.loadMore());
  }

  /** Every remaining page of the folder a row or folder stands for. */
  async loadAll(node: unknown): Promise<void> {
    const folder = this.folderOf(node);
    if (folder && !folder.pager.done) await this.loadAllOf([folder], vscode.l10n.t('Loading all {0}', folder.what));
  }

  /**
   * Every remaining page of these folders, concurrently (the client caps requests in flight), with
   * a progress bar in the view and a notification whose Cancel stops them; rows loaded stay.
   */
  async loadAllOf(folders: readonly PagedFolder<DirNode>[], title: string): Promise<void> {
    const progressText = () => this.progressText(folders);
    await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, cancellable: true, title }, async (progress, token) => {
        const abort = new AbortController();
        const cancelled = token.onCancellationRequested(() => abort.abort());
        const report = setInterval(() => progress.report({ message: progressText() }), 500);
        try {
          await Promise.all(folders.map((f) => f.loadAll(abort.signal)));
        } finally {
          clearInterval(report);
          cancelled.dispose();
        }
      }),
    );
  }

  /** "N of M" over these folders' rows, for progress messages. */
  progressText(folders: readonly PagedFolder<DirNode>[]): string {
    const loaded = folders.reduce((n, f) => n + f.pager.items.length, 0);
    const total = folders.reduce((n, f) => n + (f.pager.totalRecords ?? f.pager.items.length), 0);
    return vscode.l10n.t('{0} of {1}', formatCount(loaded), formatCount(total));
  }

  /** Shows search results in the "Search" root (added above the accounts if not shown yet). */
  showSearch(query: string, hits: readonly SearchHit[], coverage?: { loaded: number; total: number }, matches?: number): SearchResultsNode {
    this.searchNode.update(query, hits, coverage, matches);
    const added = !this.searchShown;
    this.searchShown = true;
    void vscode.commands.executeCommand('setContext', 'zoomAdmin.searchActive', true);
    this.env.changes.fire(added ? undefined : this.searchNode);
    return this.searchNode;
  }

  clearSearch(): void {
    if (!this.searchShown) return;
    this.searchShown = false;
    this.searchNode.update('', []);
    this.view.message = undefined;
    void vscode.commands.executeCommand('setContext', 'zoomAdmin.searchActive', false);
    this.env.changes.fire(undefined);
  }

  get search(): SearchResultsNode | undefined {
    return this.searchShown ? this.searchNode : undefined;
  }

  /** Filters the Users lists of one scope (the account's own, or one sub account's); a key set to undefined clears that filter. */
  setUserFilters(scope: Scope, change: UserFilters): void {
    this.env.filters.set(scope, change);
    const users = this.scopeNode(scope)?.users;
    if (users) this.refresh(users);
  }

  /**
   * Clears the Users filters (all, or only the role filter) of one scope, or of every scope with
   * `scope` undefined.
   */
  clearUserFilters(scope: Scope | undefined, which: 'all' | 'role'): void {
    const cleared: UserFilters = which === 'all' ? { role: undefined, license: undefined } : { role: undefined };
    for (const filtered of this.env.filters.filteredScopes()) {
      if (which === 'role' && !this.env.filters.role(filtered)) continue;
      if (!scope || (filtered.accountKey === scope.accountKey && filtered.subAccountId === scope.subAccountId)) this.setUserFilters(filtered, cleared);
    }
  }

  /** "Account" or "Account › Sub account", as picks and messages name a scope. */
  scopeLabel(scope: Scope): string {
    const account = this.accountNodes.get(scope.accountKey)?.account.label ?? scope.accountKey;
    const sub = this.env.names.subAccountName(scope);
    return sub === undefined ? account : `${account} › ${sub}`;
  }

  /** The account or sub account node of a scope, if loaded. */
  scopeNode(scope: Scope): AccountNode | SubAccountNode | undefined {
    return scope.subAccountId ? this.subAccountNode(scope.accountKey, scope.subAccountId) : this.accountNodes.get(scope.accountKey);
  }

  /** Resolves once no load is in flight (tests and benchmarks). */
  settled(): Promise<void> {
    return this.env.loads.settled();
  }

  dispose(): void {
    for (const account of this.accountNodes.values()) account.cancel();
    for (const d of this.disposables) d.dispose();
  }

  /** Follows the signed-in accounts; true when one was removed. */
  private syncAccounts(): boolean {
    const current = new Map(this.accounts.list().map((a) => [a.key, a]));
    let removed = false;
    for (const [key, node] of this.accountNodes) {
      if (current.has(key)) continue;
      node.cancel();
      this.accountNodes.delete(key);
      this.env.forgetAccount(key);
      removed = true;
    }
    for (const [key, info] of current) {
      const existing = this.accountNodes.get(key);
      if (existing) existing.account = info;
      else this.accountNodes.set(key, new AccountNode(this.env, info));
    }
    return removed;
  }
}
