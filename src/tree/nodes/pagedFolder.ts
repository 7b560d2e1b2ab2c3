// A folder whose children are a paged Zoom list: the first page loads on expand, "Load more"
// and "Load all" append, a failed page becomes an error row under the rows already shown. Below it,
// ScopeFolder: the Groups and Roles folders of a scope, one folder over either list.
import * as vscode from 'vscode';
import type { Page } from '../../zoom/types';
import { VIEW_ID } from '../env';
import { Pager } from '../pager';
import { DirNode } from './dirNode';
import { ErrorRow, LoadMoreRow, PlaceholderRow } from './messageRows';
import { formatCount } from '../../punctuation';
import { messageOf } from '../../failure';
import { scopeId, type Scope } from '../../objectRef';

/** How often the view is told about new rows while "Load all" runs (each update re-sends the list). */
const LOAD_ALL_REFRESH_MS = 1000;

/** A folder's own item: its label, icon and base contextValue (PagedFolder adds id, state and count). */
export function folderItem(label: string, icon: string, contextValue: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = contextValue;
  return item;
}

export abstract class PagedFolder<R extends DirNode> extends DirNode {
  readonly pager: Pager<R>;
  private readonly moreRow = new LoadMoreRow(this, '~more');
  private readonly errorRow = new ErrorRow(this, '~error');
  private readonly emptyRow = new PlaceholderRow(this, '~empty');
  private batching = 0;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private loggedError: unknown;

  constructor(...args: ConstructorParameters<typeof DirNode>) {
    super(...args);
    this.pager = new Pager<R>({
      name: () => this.what,
      fetch: (token, signal) => this.fetchPage(token, signal),
      onChange: () => this.notify(),
    });
  }

  /** One page of rows (the folder maps API objects to row nodes). */
  protected abstract fetchPage(token: string | undefined, signal?: AbortSignal): Promise<Page<R>>;
  /** What the list holds, for messages: "active users", "members of Sales". */
  abstract readonly what: string;
  /** The row shown when the list is empty: "No groups" (a folder whose words are not "No" and what it lists says its own). */
  get emptyText(): string {
    return vscode.l10n.t('No {0}', this.what);
  }
  /** Label, icon, tooltip and base contextValue; id, state and count are added here. */
  protected abstract baseItem(): vscode.TreeItem;

  treeItem(): vscode.TreeItem {
    const item = this.baseItem();
    item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
    const total = this.pager.totalRecords;
    item.description =
      total !== undefined ? formatCount(total) : this.pager.loading ? '…' : this.pager.error !== undefined ? vscode.l10n.t('could not load') : item.description;
    if (this.pager.hasMore) item.contextValue = `${item.contextValue}.more`;
    return item;
  }

  /**
   * The rows loaded so far; starts the first page, and the view is told when it arrives. Never waits
   * for the network: the workbench registers the answer of every getChildren, and one that waited can
   * land after a newer one for the same folder ("Element with id … is already registered").
   */
  children(): DirNode[] {
    void this.firstPage();
    return [...this.pager.items, ...this.footer()];
  }

  loadedChildren(): readonly DirNode[] {
    return this.pager.items;
  }

  cancel(): void {
    this.pager.cancel();
    super.cancel();
  }

  reset(): void {
    super.reset();
    this.pager.reset();
    this.loggedError = undefined;
  }

  /** Starts the first page without waiting (counts shown before the folder is opened). */
  prefetch(): void {
    void this.firstPage();
  }

  /** The first page, started if needed (with the view's progress bar while it loads). */
  firstPage(): Promise<void> {
    const starts = !this.pager.loaded && !this.pager.loading && this.pager.error === undefined;
    const first = this.env.loads.track(this.pager.first());
    if (starts) void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => first);
    return first;
  }

  loadMore(): Promise<void> {
    return this.env.loads.track(this.pager.more());
  }

  /** Every remaining page; the view is updated about once a second rather than per page. */
  async loadAll(signal?: AbortSignal): Promise<void> {
    this.batching++;
    try {
      await this.env.loads.track(this.pager.all(signal));
    } finally {
      this.batching--;
      if (this.flushTimer) clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      this.env.changes.fire(this);
    }
  }

  private footer(): DirNode[] {
    if (this.pager.error !== undefined) return [this.errorRow];
    if (this.pager.hasMore || !this.pager.loaded) return [this.moreRow];
    if (this.pager.done && this.pager.items.length === 0) return [this.emptyRow];
    return [];
  }

  protected logFailure(error: unknown): void {
    this.env.log.warn(`Loading ${this.id} failed: ${messageOf(error)}`);
  }

  /** Called on every change of the pager's state, before the view is told (see StatusFolder). */
  protected pagerChanged(): void {}

  private notify(): void {
    this.pagerChanged();
    const error = this.pager.error;
    if (error !== undefined && error !== this.loggedError) {
      this.loggedError = error;
      this.logFailure(error);
    }
    if (this.batching === 0) return this.env.changes.fire(this);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      this.env.changes.fire(this);
    }, LOAD_ALL_REFRESH_MS);
  }
}

/** Each list's folder: icon and menu context, label, and what it lists ("Could not load groups", "No groups"). */
const SCOPE_LISTS = {
  groups: { icon: 'organization', contextValue: 'zoom.groupsFolder', label: () => vscode.l10n.t('Groups'), what: () => vscode.l10n.t('groups') },
  roles: { icon: 'key', contextValue: 'zoom.rolesFolder', label: () => vscode.l10n.t('Roles'), what: () => vscode.l10n.t('roles') },
};

/** Groups or Roles of a scope; each subclass asks Zoom for its own page. */
export abstract class ScopeFolder<R extends DirNode> extends PagedFolder<R> {
  constructor(
    parent: DirNode,
    readonly scope: Scope,
    private readonly list: keyof typeof SCOPE_LISTS,
  ) {
    super(parent.env, parent, `${scopeId(scope)}/${list}`);
  }

  get what(): string {
    return SCOPE_LISTS[this.list].what();
  }

  protected baseItem(): vscode.TreeItem {
    const { label, icon, contextValue } = SCOPE_LISTS[this.list];
    return folderItem(label(), icon, contextValue);
  }
}
