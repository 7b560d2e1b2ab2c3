// zoomAdmin.filterUsersByRole: the account's Users lists then show only users with one role
// (GET /users?role_id=…). Programmatic form: { accountKey, roleId } (roleId '' clears).
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import type { DirectoryTree } from '../tree/register';
import { pickScope } from './pickScope';

export function filterUsersByRole(tree: DirectoryTree) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const given = arg as { accountKey?: string; roleId?: string } | undefined;
    const scope = typeof given?.accountKey === 'string' && typeof given.roleId === 'string'
      ? { accountKey: given.accountKey }
      : await pickScope(tree, arg, vscode.l10n.t('Zoom: Filter Users by Role'), false);
    const account = scope && tree.accountNode(scope.accountKey);
    if (!account) return undefined;
    const roles = account.roles;
    await vscode.window.withProgress({ location: { viewId: 'zoomAdmin.directory' } }, () => tree.env.track(roles.pager.first()));
    if (roles.pager.error !== undefined) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not load the roles of {0}: {1}', account.account.label, errorText(roles.pager.error)));
      return undefined;
    }
    let roleId = typeof given?.roleId === 'string' ? given.roleId : undefined;
    if (roleId === undefined) {
      const current = tree.env.roleFilter(account.scope);
      const clear = { label: `$(clear-all) ${vscode.l10n.t('All roles (clear the filter)')}`, id: '' };
      const picked = await vscode.window.showQuickPick(
        [clear, ...roles.pager.items.map((r) => ({
          label: r.role.name,
          description: r.role.id === current?.id ? vscode.l10n.t('current filter') : r.role.total_members !== undefined ? vscode.l10n.t('{0} members', r.role.total_members) : undefined,
          detail: r.role.description,
          id: r.role.id,
        }))],
        { title: vscode.l10n.t('Zoom: Filter Users by Role'), placeHolder: vscode.l10n.t('Show only the users of {0} who have this role', account.account.label) },
      );
      if (!picked) return undefined;
      roleId = picked.id;
    }
    const role = roles.pager.items.find((r) => r.role.id === roleId)?.role;
    if (roleId && !role) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Role {0} does not exist in {1}.', roleId, account.account.label));
      return undefined;
    }
    tree.setRoleFilter(account.account.key, role ? { id: role.id, name: role.name } : undefined);
    return roleId;
  };
}
