// Search Users: an email or a user ID is asked of the API directly (every signed-in account at
// once); anything else is searched in the users already loaded, with an offer to load the rest.
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import { ZoomApiError } from '../zoom/errors';
import type { Directory } from './directory';
import type { Scope } from './env';
import type { StatusFolder } from './nodes/usersFolder';
import type { SearchHit } from './nodes/searchResults';
import { statusRowId, type UserRow } from './nodes/userRow';
import { looksLikeEmail, looksLikeUserId, searchKey, userMatches } from './userText';

/** More rows than this in the results root would only slow the view; the count still says how many. */
export const MAX_SEARCH_ROWS = 500;

export interface SearchOutcome {
  query: string;
  /** 'lookup': asked the API (email / ID); 'loaded': searched the loaded users. */
  mode: 'lookup' | 'loaded';
  /** Tree ids of the result rows (under the "Search" root). */
  resultIds: string[];
  matches: number;
  loaded?: number;
  total?: number;
  /** Friendly texts of accounts that could not be asked (lookup). */
  errors: string[];
}

export async function searchUsers(tree: Directory, query: string, options: { loadAll?: boolean } = {}): Promise<SearchOutcome> {
  const q = query.trim();
  if (looksLikeEmail(q) || looksLikeUserId(q)) {
    const outcome = await lookup(tree, q);
    // An ID-shaped word that is no user's ID may still be part of a name.
    if (outcome.matches > 0 || looksLikeEmail(q)) return outcome;
  }
  return searchLoaded(tree, q, options.loadAll ?? false);
}

async function lookup(tree: Directory, q: string): Promise<SearchOutcome> {
  const errors: string[] = [];
  const answers = await Promise.all(tree.accountNodesList().map(async (account): Promise<SearchHit | undefined> => {
    try {
      const user = await tree.env.track(tree.env.client(account.scope).getUser(q));
      return { scope: account.scope, user, original: loadedRow(tree, account.scope, user) };
    } catch (error) {
      if (!isNotFound(error)) errors.push(vscode.l10n.t('{0}: {1}', account.account.label, errorText(error)));
      return undefined;
    }
  }));
  const hits = answers.filter((hit): hit is SearchHit => hit !== undefined);
  const node = tree.showSearch(q, hits);
  tree.view.message = hits.length
    ? undefined
    : vscode.l10n.t('No user {0} in the signed-in accounts.', q);
  if (errors.length) void vscode.window.showWarningMessage(vscode.l10n.t('Some accounts could not be searched: {0}', errors.join(' ')));
  if (node.rows[0]) await tree.view.reveal(node.rows[0], { select: true, focus: true });
  return { query: q, mode: 'lookup', resultIds: node.rows.map((r) => r.id), matches: hits.length, errors };
}

async function searchLoaded(tree: Directory, q: string, loadAll: boolean): Promise<SearchOutcome> {
  // The first page of each status gives the totals ("N of M"); it is one request per list.
  const own = tree.accountNodesList().flatMap((a) => a.users.statuses);
  await Promise.all(own.map((folder) => tree.env.track(folder.pager.first())));
  const folders = [...own, ...loadedSubAccountStatuses(tree)];
  if (loadAll) await tree.loadAllOf(folders.filter((f) => !f.pager.done), vscode.l10n.t('Loading all users to search them'));

  const key = searchKey(q);
  const hits: SearchHit[] = [];
  let matches = 0;
  let loaded = 0;
  let total = 0;
  for (const folder of folders) {
    loaded += folder.pager.items.length;
    total += folder.pager.totalRecords ?? folder.pager.items.length;
    for (const row of folder.pager.items) {
      if (!userMatches(row.user, key)) continue;
      matches++;
      if (hits.length < MAX_SEARCH_ROWS) hits.push({ scope: row.scope, user: row.user, original: row });
    }
  }
  const node = tree.showSearch(q, hits, { loaded, total }, matches);
  tree.view.message = vscode.l10n.t('{0} users match "{1}" in {2} of {3} users loaded.',
    tree.env.formatCount(matches), q, tree.env.formatCount(loaded), tree.env.formatCount(total));
  if (loaded < total) {
    const loadRest = vscode.l10n.t('Load All and Search Again');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Only the {0} users loaded so far were searched; {1} are not loaded yet.', tree.env.formatCount(loaded), tree.env.formatCount(total - loaded)),
      loadRest,
    ).then((choice) => choice === loadRest && vscode.commands.executeCommand('zoomAdmin.searchUsers', { query: q, loadAll: true }));
  }
  if (node.rows[0]) await tree.view.reveal(node.rows[0], { select: true, focus: false });
  return { query: q, mode: 'loaded', resultIds: node.rows.map((r) => r.id), matches, loaded, total, errors: [] };
}

/** Status lists of sub accounts that have been opened (their users count as loaded). */
function loadedSubAccountStatuses(tree: Directory): StatusFolder[] {
  return tree.accountNodesList()
    .flatMap((a) => a.subAccounts.pager.items)
    .flatMap((sub) => sub.users.statuses)
    .filter((folder) => folder.pager.loaded);
}

/** The user's row in its status list, if that page is loaded. */
export function loadedRow(tree: Directory, scope: Scope, user: { id?: string; email: string; status?: string }): UserRow | undefined {
  const node = tree.find(statusRowId(scope, user.status ?? (user.id ? 'active' : 'pending'), user));
  return node as UserRow | undefined;
}

function isNotFound(error: unknown): boolean {
  return error instanceof ZoomApiError && (error.code === 1001 || error.httpStatus === 404);
}
