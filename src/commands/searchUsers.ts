// zoomAdmin.searchUsers: asks for an email, a user ID or part of a name (or takes it as the
// argument: a string, or { query, loadAll } from the "load the rest" row) and shows the results.
import * as vscode from 'vscode';
import { signedInAccounts } from '../auth/pickAccount';
import { VIEW_ID } from '../tree/env';
import type { DirectoryTree } from '../tree/register';
import { searchUsers as runSearch, type SearchOutcome } from '../tree/userSearch';

export function searchUsers(tree: DirectoryTree) {
  return async (arg?: string | { query?: string; loadAll?: boolean }): Promise<SearchOutcome | undefined> => {
    if (!signedInAccounts(tree.accounts)) return undefined;
    const given = typeof arg === 'string' ? arg : arg?.query;
    const query =
      given ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Zoom: Search Users'),
        prompt: vscode.l10n.t(
          'An email address or user ID finds the user in Zoom; other text searches the names, emails and custom attribute values of the users loaded in the view.',
        ),
        placeHolder: vscode.l10n.t('Email, user ID or part of a name'),
        value: tree.search?.query,
        validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Type something to search for.')),
      }));
    if (!query?.trim()) return undefined;
    const loadAll = typeof arg === 'object' && arg?.loadAll === true;
    return vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => runSearch(tree, query, { loadAll }));
  };
}
