// zoomAdmin.revealUser: from a search result (or a group/role member), select the user's row in
// its account's Active / Inactive / Pending list, loading pages until it is there.
import * as vscode from 'vscode';
import { UserRow } from '../tree/nodes/userRow';
import type { DirectoryTree } from '../tree/register';
import { revealUser as reveal } from '../tree/reveal';
import { treeTargets } from './treeTargets';

export function revealUser(tree: DirectoryTree) {
  return async (node?: unknown): Promise<string | undefined> => {
    const row = treeTargets(tree, node).find((n): n is UserRow => n instanceof UserRow);
    if (!row) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a user in the Zoom view, or use Zoom: Search Users.'));
      return undefined;
    }
    return (await reveal(tree, row))?.id;
  };
}
