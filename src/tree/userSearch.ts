// Search Users: an email or a user ID is asked of the API directly (every signed-in account at
// once, and the sub accounts of a master account that does not have it); anything else is
// searched in the users already loaded, with an offer to load the rest.
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import { isCancellation, isNotFound } from '../zoom/errors';
import type { Directory } from './directory';
import type { Scope } from '../objectRef';
import type { AccountNode, SubAccountNode } from './nodes/accounts';
import type { StatusFolder } from './nodes/usersFolder';
import type { SearchHit } from './nodes/searchResults';
import { statusRowId, type UserRow } from './nodes/userRow';
import { looksLikeEmail, looksLikeUserId, searchKey, userMatches } from './userText';
import { formatCount } from '../punctuation';

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
  let subAccountsAsked = false;
  const answers = await Promise.all(
    tree.accountNodesList().map(async (account): Promise<SearchHit[]> => {
      try {
        const user = await tree.env.loads.track(tree.env.client(account.scope).getUser(q));
        return [{ scope: account.scope, user, original: loadedRow(tree, account.scope, user) }];
      } catch (error) {
        if (!isNotFound(error)) {
          errors.push(vscode.l10n.t('{0}: {1}', account.account.label, errorText(error)));
          return [];
        }
      }
      // Not in the account itself: a master account's users may live in one of its sub accounts.
      const subs = await subAccountsOf(tree, account, errors);
      if (subs.length === 0) return [];
      subAccountsAsked = true;
      return lookupInSubAccounts(tree, account, subs, q, errors);
    }),
  );
  const hits = answers.flat();
  const node = tree.showSearch(q, hits);
  tree.view.message = hits.length
    ? undefined
    : subAccountsAsked
      ? vscode.l10n.t('No user {0} in the signed-in accounts or their sub accounts.', q)
      : vscode.l10n.t('No user {0} in the signed-in accounts.', q);
  if (errors.length) void vscode.window.showWarningMessage(vscode.l10n.t('Some accounts could not be searched: {0}', errors.join(' ')));
  if (node.rows[0]) await tree.view.reveal(node.rows[0], { select: true, focus: true });
  return { query: q, mode: 'lookup', resultIds: node.rows.map((r) => r.id), matches: hits.length, errors };
}

/**
 * The sub accounts of a master account, every page, through the tree's own list (so the tree
 * shows them afterwards at no further request). For an account not yet known to be a master,
 * that list's first page is the same probe the tree makes when the account opens; a plain
 * account answers it with an error, and is asked nothing more.
 */
async function subAccountsOf(tree: Directory, account: AccountNode, errors: string[]): Promise<SubAccountNode[]> {
  const folder = account.subAccounts;
  if (folder.isMaster() === undefined) {
    await tree.env.loads.track(folder.pager.first());
    // The account's row says "master account" and shows its Sub accounts folder once known.
    tree.env.changes.fire(account);
  }
  if (!folder.isMaster()) return [];
  if (!folder.pager.done) await folder.loadAll();
  if (folder.pager.error !== undefined) {
    errors.push(vscode.l10n.t('{0}: could not list its sub accounts: {1}', account.account.label, errorText(folder.pager.error)));
  }
  return [...folder.pager.items];
}

/**
 * GET /accounts/{subAccountId}/users/{q} of every sub account, all queued at once: the account's
 * client runs them through its scheduler (a few in flight, paced by the rate-limit headers). An
 * email or user ID belongs to one account only, so the first answer cancels the lookups still
 * queued. "User does not exist" (404/1001) is the expected answer of the others, not an error.
 */
async function lookupInSubAccounts(tree: Directory, account: AccountNode, subs: readonly SubAccountNode[], q: string, errors: string[]): Promise<SearchHit[]> {
  const client = tree.env.client(account.scope);
  const found = new AbortController();
  const answers = await Promise.all(
    subs.map(async (sub): Promise<SearchHit | undefined> => {
      try {
        const user = await tree.env.loads.track(client.getUser(q, { subAccountId: sub.sub.id, signal: found.signal }));
        found.abort();
        return { scope: sub.scope, user, original: loadedRow(tree, sub.scope, user) };
      } catch (error) {
        if (!isNotFound(error) && !isCancellation(error) && !found.signal.aborted) {
          errors.push(vscode.l10n.t('{0}: {1}', tree.scopeLabel(sub.scope), errorText(error)));
        }
        return undefined;
      }
    }),
  );
  return answers.filter((hit): hit is SearchHit => hit !== undefined);
}

async function searchLoaded(tree: Directory, q: string, loadAll: boolean): Promise<SearchOutcome> {
  // The first page of each status gives the totals ("N of M"); it is one request per list.
  const own = tree.accountNodesList().flatMap((a) => a.users.statuses);
  await Promise.all(own.map((folder) => tree.env.loads.track(folder.pager.first())));
  const folders = [...own, ...loadedSubAccountStatuses(tree)];
  if (loadAll)
    await tree.loadAllOf(
      folders.filter((f) => !f.pager.done),
      vscode.l10n.t('Loading all users to search them'),
    );

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
  tree.view.message = vscode.l10n.t('{0} users match "{1}" in {2} of {3} users loaded.', formatCount(matches), q, formatCount(loaded), formatCount(total));
  if (loaded < total) {
    const loadRest = vscode.l10n.t('Load All and Search Again');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('Only the {0} users loaded so far were searched; {1} are not loaded yet.', formatCount(loaded), formatCount(total - loaded)),
        loadRest,
      )
      .then((choice) => choice === loadRest && vscode.commands.executeCommand('zoomAdmin.searchUsers', { query: q, loadAll: true }));
  }
  if (node.rows[0]) await tree.view.reveal(node.rows[0], { select: true, focus: false });
  return { query: q, mode: 'loaded', resultIds: node.rows.map((r) => r.id), matches, loaded, total, errors: [] };
}

/** Status lists of sub accounts that have been opened (their users count as loaded). */
function loadedSubAccountStatuses(tree: Directory): StatusFolder[] {
  return tree
    .accountNodesList()
    .flatMap((a) => a.subAccounts.pager.items)
    .flatMap((sub) => sub.users.statuses)
    .filter((folder) => folder.pager.loaded);
}

/** The user's row in its status list, if that page is loaded. */
export function loadedRow(tree: Directory, scope: Scope, user: { id?: string; email: string; status?: string }): UserRow | undefined {
  const node = tree.find(statusRowId(scope, user.status ?? (user.id ? 'active' : 'pending'), user));
  return node as UserRow | undefined;
}
