// zoomAdmin.signOut: removes one account and every secret it stored. From the palette it asks which
// account, from a tree row (or given an account key) it knows; then it always confirms, except that
// the tests (ExtensionMode.Test only) may pass a key to act at once: any extension or command link
// can run a command, and must not sign the admin out without asking.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { pickAccount } from '../auth/pickAccount';
import { testOnly } from '../testMode';

export function signOut(accounts: Accounts, testMode: boolean) {
  return async (arg?: unknown): Promise<boolean> => {
    const unconfirmed = testOnly(testMode, typeof arg === 'string' ? arg : undefined);
    if (unconfirmed !== undefined) return accounts.signOut(unconfirmed);
    const key =
      typeof arg === 'string'
        ? arg
        : (
            await pickAccount(accounts, arg, {
              title: vscode.l10n.t('Zoom: Sign Out'),
              placeHolder: vscode.l10n.t('Which account do you want to sign out of?'),
              evenIfOne: true,
              whenNone: vscode.l10n.t('No Zoom account is signed in.'),
            })
          )?.accountKey;
    const account = key ? accounts.get(key) : undefined;
    if (!account) return false;
    const confirm = vscode.l10n.t('Sign Out');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Sign out of Zoom account {0}?', account.label),
      { modal: true, detail: vscode.l10n.t("Its credentials and tokens are removed from this computer's secret storage.") },
      confirm,
    );
    return answer === confirm ? accounts.signOut(account.key) : false;
  };
}
