// zoomAdmin.filterUsersByLicense: the Users lists of an account, or of one of its sub accounts, then
// show only the holders of one license (GET /users?license=…, combined with a role filter if any).
// Each scope keeps its own filter. Programmatic form: { accountKey, subAccountId?, license } ('' clears).
import * as vscode from 'vscode';
import type { License } from '../tree/userFilters';
import { LICENSES, licenseName } from '../tree/licenses';
import type { DirectoryTree } from '../tree/register';
import { pickAccount } from '../auth/pickAccount';
import { givenFilter } from './givenFilter';
import { listText } from '../punctuation';

export function filterUsersByLicense(tree: DirectoryTree) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const title = vscode.l10n.t('Zoom: Filter Users by License');
    const given = givenFilter(arg, 'license');
    const scope = given?.scope ?? (await pickAccount(tree.accounts, arg, { title, subAccounts: tree.lists }));
    if (!scope || !tree.accountNode(scope.accountKey)) return undefined;
    let license = given?.value;
    if (license === undefined) {
      const current = tree.env.filters.of(scope).license;
      const picked = await vscode.window.showQuickPick(
        [
          { label: `$(clear-all) ${vscode.l10n.t('All users (clear the license filter)')}`, license: '' },
          ...LICENSES.map((l) => ({ label: licenseName(l), description: l === current ? vscode.l10n.t('current filter') : l, license: l })),
        ],
        { title, placeHolder: vscode.l10n.t('Show only the users of {0} who hold this license', tree.scopeLabel(scope)) },
      );
      if (!picked) return undefined;
      license = picked.license;
    }
    if (license && !LICENSES.includes(license as License)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Unknown license "{0}": use one of {1}.', license, listText(LICENSES)));
      return undefined;
    }
    tree.setUserFilters(scope, { license: (license || undefined) as License | undefined });
    return license;
  };
}
