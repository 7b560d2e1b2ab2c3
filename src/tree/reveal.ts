// Reveal in Tree: select a user's row in its status list, loading pages until it appears.
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import type { Directory } from './directory';
import type { DirNode } from './nodes/dirNode';
import { StatusFolder } from './nodes/usersFolder';
import { statusRowId, statusName, UserRow } from './nodes/userRow';

export async function revealUser(tree: Directory, row: UserRow): Promise<UserRow | undefined> {
  const target = row.original ?? (row.parent instanceof StatusFolder ? row : await findInStatusList(tree, row));
  if (!(target instanceof UserRow)) {
    const name = row.ref.name ?? row.user.email;
    void vscode.window.showWarningMessage(
      target?.error !== undefined
        ? vscode.l10n.t('Could not finish looking for {0}: {1}', name, errorText(target.error))
        : vscode.l10n.t('{0} was not found in the users list of this account.', name),
    );
    return undefined;
  }
  // The workbench expands only parents it has already seen: open the chain top-down first.
  const chain: DirNode[] = [];
  for (let n = target.parent; n; n = n.parent) chain.unshift(n);
  for (const ancestor of chain) await tree.view.reveal(ancestor, { select: false, focus: false, expand: true });
  await tree.view.reveal(target, { select: true, focus: true, expand: false });
  return target;
}

/**
 * Loads pages of the user's status list (with progress, cancellable) until the row is there. A page
 * that fails ends the search with that error: asking for it again at once would only fail again.
 */
async function findInStatusList(tree: Directory, row: UserRow): Promise<UserRow | { error: unknown } | undefined> {
  const { scope, user } = row;
  const scopeNode = scope.subAccountId ? tree.subAccountNode(scope.accountKey, scope.subAccountId) : tree.accountNode(scope.accountKey);
  if (!scopeNode) return undefined;
  const status = user.status ?? (user.id ? 'active' : 'pending');
  const folder = scopeNode.users.status(status);
  const id = statusRowId(scope, status, user);
  const present = () => folder.pager.items.find((r) => r.id === id);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      cancellable: true,
      title: vscode.l10n.t('Looking for {0} in {1} users', row.ref.name ?? user.email, statusName(status)),
    },
    async (progress, token) => {
      await tree.env.loads.track(folder.pager.first());
      // A page that failed before this search is asked for once more; one that fails now ends it.
      if (folder.pager.error !== undefined) await folder.loadMore();
      while (!present() && folder.pager.hasMore && folder.pager.error === undefined && !token.isCancellationRequested) {
        progress.report({ message: tree.progressText([folder]) });
        await folder.loadMore();
      }
      const error = folder.pager.error;
      return present() ?? (error !== undefined ? { error } : undefined);
    },
  );
}
