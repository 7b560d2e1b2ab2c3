// The base of every row in the directory tree. A node knows its parent (for reveal), builds its
// TreeItem, and returns only children it already has (plus, on expand, the first page of a list).
import type * as vscode from 'vscode';
import type { TreeEnv } from '../env';

export abstract class DirNode {
  constructor(
    readonly env: TreeEnv,
    readonly parent: DirNode | undefined,
    /** Unique in the view and stable across refreshes: it includes the parent's id. */
    readonly id: string,
  ) {}

  /** The row as the view shows it; the view gives it this node's id (Directory.getTreeItem). */
  abstract treeItem(): vscode.TreeItem;

  children(): DirNode[] | Promise<DirNode[]> {
    return [];
  }

  /** Children that exist without loading anything (for cancel, reset and find). */
  loadedChildren(): readonly DirNode[] {
    return [];
  }

  /** Collapse: stop loads in flight below this node; what is shown stays. */
  cancel(): void {
    for (const child of this.loadedChildren()) child.cancel();
  }

  /** Refresh: forget what was loaded below this node; the next expand loads again. */
  reset(): void {
    for (const child of this.loadedChildren()) child.reset();
  }
}
