// Which account a palette command acts on: the row's, the only one signed in, or a quick pick
// (sub accounts of master accounts are offered where the command can use them).
import * as vscode from 'vscode';
import type { Scope } from '../tree/env';
import { refOf } from '../objectRef';
import type { DirectoryTree } from '../tree/register';

export interface ScopeChoice extends Scope {
  label: string;
}

export async function pickScope(tree: DirectoryTree, arg: unknown, title: string, withSubAccounts: boolean): Promise<ScopeChoice | undefined> {
  // Rows of objects carry a ref; folders (Users, Active, …) carry their scope.
  const ref: Scope | undefined = refOf(arg) ?? (arg as { scope?: Scope } | undefined)?.scope;
  const choices: ScopeChoice[] = [];
  for (const account of tree.accountNodesList()) {
    choices.push({ accountKey: account.account.key, label: account.account.label });
    if (withSubAccounts) choices.push(...tree.lists.subAccountsOf(account.account.key));
  }
  if (ref) {
    const subAccountId = withSubAccounts ? ref.subAccountId : undefined;
    return choices.find((c) => c.accountKey === ref.accountKey && c.subAccountId === subAccountId);
  }
  if (choices.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sign in to a Zoom account first: Zoom: Sign In.'));
    return undefined;
  }
  if (choices.length === 1) return choices[0];
  const picked = await vscode.window.showQuickPick(
    choices.map((choice) => ({ label: choice.label, description: choice.subAccountId ? vscode.l10n.t('sub account') : undefined, choice })),
    { title, placeHolder: vscode.l10n.t('Which Zoom account?') },
  );
  return picked?.choice;
}

/**
 * The programmatic form of the filter commands: { accountKey, subAccountId?, <valueKey>: string }
 * ('' clears). Undefined for anything else (a row, nothing), which then goes through pickScope.
 */
export function givenFilter(arg: unknown, valueKey: string): { scope: Scope; value: string } | undefined {
  const given = arg as Record<string, unknown> | undefined;
  if (typeof given?.accountKey !== 'string' || typeof given[valueKey] !== 'string') return undefined;
  const sub = typeof given.subAccountId === 'string' && given.subAccountId ? { subAccountId: given.subAccountId } : {};
  return { scope: { accountKey: given.accountKey, ...sub }, value: given[valueKey] };
}
