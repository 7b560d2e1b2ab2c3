// What the commands ask the directory about the objects of a scope, without reaching into its
// nodes: the sub accounts an account has listed, the roles of a scope, the groups of a scope. What
// the tree holds is reused; a request is made only for what it has not listed.
import * as vscode from 'vscode';
import type { SubAccountLists } from '../auth/pickAccount';
import { apiScope, type LabelledScope, type Scope } from '../objectRef';
import type { ZoomGroup, ZoomRole } from '../zoom/types';
import type { Directory } from './directory';
import { VIEW_ID } from './env';

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

  /** The groups of a scope: the rows of its Groups folder once the tree has listed them all, else every page from Zoom. */
  async groupsOf(scope: Scope): Promise<readonly ZoomGroup[]> {
    const folder = this.tree.scopeNode(scope)?.groups;
    if (folder?.pager.done) return folder.pager.items.map((row) => row.group);
    return this.tree.env.client(scope).listGroups(apiScope(scope)).all();
  }
}
