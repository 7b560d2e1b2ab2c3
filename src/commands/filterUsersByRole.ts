// zoomAdmin.filterUsersByRole: the Users lists of an account, or of one of its sub accounts, then
// show only users with one role (GET /users?role_id=…, or /accounts/{id}/users?role_id=… with the
// sub account's roles from /accounts/{id}/roles). Each scope keeps its own filter.
// Programmatic form: { accountKey, subAccountId?, roleId } (roleId '' clears).
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import type { Scope } from '../objectRef';
import type { DirectoryTree } from '../tree/register';
import { failWith } from '../failure';
import { pickAccount } from '../auth/pickAccount';
import { givenFilter } from './givenFilter';

export function filterUsersByRole(tree: DirectoryTree) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const given = givenFilter(arg, 'roleId');
    const scope: Scope | undefined =
      given?.scope ?? (await pickAccount(tree.accounts, arg, { title: vscode.l10n.t('Zoom: Filter Users by Role'), subAccounts: tree.lists }));
    const account = scope && tree.accountNode(scope.accountKey);
    if (!scope || !account) return undefined;
    const label = tree.scopeLabel(scope);
    const roles = await failWith(tree.lists.rolesOf(scope), (error) => vscode.l10n.t('Could not load the roles of {0}: {1}', label, errorText(error)));
    let roleId = given?.value;
    if (roleId === undefined) {
      const current = tree.env.filters.role(scope);
      const clear = { label: `$(clear-all) ${vscode.l10n.t('All roles (clear the filter)')}`, id: '' };
      const picked = await vscode.window.showQuickPick(
        [
          clear,
          ...roles.map((role) => ({
            label: role.name,
            description:
              role.id === current?.id
                ? vscode.l10n.t('current filter')
                : role.total_members !== undefined
                  ? vscode.l10n.t('{0} members', role.total_members)
                  : undefined,
            detail: role.description,
            id: role.id,
          })),
        ],
        { title: vscode.l10n.t('Zoom: Filter Users by Role'), placeHolder: vscode.l10n.t('Show only the users of {0} who have this role', label) },
      );
      if (!picked) return undefined;
      roleId = picked.id;
    }
    const role = roles.find((r) => r.id === roleId);
    if (roleId && !role) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Role {0} does not exist in {1}.', roleId, label));
      return undefined;
    }
    tree.setUserFilters(scope, { role: role ? { id: role.id, name: role.name } : undefined });
    return roleId;
  };
}
