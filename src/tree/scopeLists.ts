// What the commands ask the directory about the objects of a scope, without reaching into its
// nodes: the sub accounts of an account (listed so far, or all), the roles of a scope, the groups of
// a scope. What the tree holds is reused; a request is made only for what it has not listed.
import * as vscode from 'vscode';
import type { SubAccountLists } from '../auth/pickAccount';
import { apiScope, type LabelledScope, type Scope } from '../objectRef';
import type { ZoomGroup, ZoomRole, ZoomSubAccount } from '../zoom/types';
import type { Directory } from './directory';
import { VIEW_ID } from './env';
import type { Pager } from './pager';

export class ScopeLists implements SubAccountLists {
  constructor(private readonly tree: Directory) {}

  /** The sub accounts of an account that the tree has listed, named "Account › Sub account" (none when not listed yet: no request is made). */
  subAccountsOf(accountKey: string): LabelledScope[] {
    return (this.tree.accountNode(accountKey)?.subAccounts.pager.items ?? []).map(({ sub }) => ({
      accountKey,
      subAccountId: sub.id,
      label: this.tree.scopeLabel({ accountKey, subAccountId: sub.id }),
    }));
  }

  /**
   * The roles of a scope: the account's from its Roles folder (loaded once, shown in the tree); a
   * sub account's (it has no Roles folder) from GET /accounts/{id}/roles each time. Rejects with
   * the load's error; the view shows its progress bar meanwhile.
   */
  async rolesOf(scope: Scope): Promise<readonly ZoomRole[]> {
    const { env } = this.tree;
    const inView = (task: Promise<unknown>) => vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => env.loads.track(task));
    const folder = scope.subAccountId ? undefined : this.tree.accountNode(scope.accountKey)?.roles;
    if (folder) {
      await inView(folder.pager.first());
      const { error } = folder.pager;
      if (error !== undefined) throw error instanceof Error ? error : new Error(JSON.stringify(error));
      return folder.pager.items.map((r) => r.role);
    }
    const load = env.client(scope).listRoles(apiScope(scope));
    await inView(load);
    const { items } = await load;
    for (const role of items) env.names.remember(scope, 'role', role.id, role.name);
    return items;
  }

  /** Every sub account of an account (a master account; another rejects with Zoom's answer), for a pick of them all. */
  allSubAccountsOf(accountKey: string): Promise<readonly ZoomSubAccount[]> {
    return listedOrFetched(
      this.tree.accountNode(accountKey)?.subAccounts.pager,
      (row) => row.sub,
      () => this.tree.env.client({ accountKey }).listSubAccounts().all(),
    );
  }

  /** The groups of a scope. */
  groupsOf(scope: Scope): Promise<readonly ZoomGroup[]> {
    return listedOrFetched(
      this.tree.scopeNode(scope)?.groups.pager,
      (row) => row.group,
      () => this.tree.env.client(scope).listGroups(apiScope(scope)).all(),
    );
  }
}

/** A whole list: a folder's rows once the tree has listed them all (no request), else every page from Zoom. */
async function listedOrFetched<R, T>(pager: Pager<R> | undefined, objectOf: (row: R) => T, fetchAll: () => Promise<readonly T[]>): Promise<readonly T[]> {
  return pager?.done ? pager.items.map(objectOf) : fetchAll();
}
