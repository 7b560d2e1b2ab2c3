// zoomAdmin.signOut: removes one account and every secret it stored. Given an account key it acts
// at once (automation); from the palette or a tree row it asks which account, then confirms.
import * as vscode from 'vscode';
import type { AccountManager } from '../auth/accountsApi';
import { refOf } from '../tree/objectRef';

export function signOut(accounts: AccountManager) {
  return async (arg?: unknown): Promise<boolean> => {
    if (typeof arg === 'string') return accounts.signOut(arg);
    const key = refOf(arg)?.accountKey ?? (await pickAccount(accounts));
    const account = key ? accounts.get(key) : undefined;
    if (!account) return false;
    const confirm = vscode.l10n.t('Sign Out');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Sign out of Zoom account {0}?', account.label),
      { modal: true, detail: vscode.l10n.t('Its credentials and tokens are removed from this computer\'s secret storage.') },
      confirm,
    );
    return answer === confirm ? accounts.signOut(account.key) : false;
  };
}

async function pickAccount(accounts: AccountManager): Promise<string | undefined> {
  const all = accounts.list();
  if (all.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No Zoom account is signed in.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    all.map((a) => ({ label: a.label, description: a.zoomAccountId, key: a.key })),
    { title: vscode.l10n.t('Zoom: Sign Out'), placeHolder: vscode.l10n.t('Which account do you want to sign out of?') },
  );
  return picked?.key;
}
