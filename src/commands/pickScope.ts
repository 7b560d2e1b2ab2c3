// Which account a palette command acts on: the row's, the only one signed in, or a quick pick
// (sub accounts of master accounts are offered where the command can use them).
import * as vscode from 'vscode';
import { refOf, type LabelledScope, type Scope } from '../objectRef';
import type { DirectoryTree } from '../tree/register';

export async function pickScope(tree: DirectoryTree, arg: unknown, title: string, withSubAccounts: boolean): Promise<LabelledScope | undefined> {
  // Rows of objects carry a ref; folders (Users, Active, …) carry their scope.
  const ref: Scope | undefined = refOf(arg) ?? (arg as { scope?: Scope } | undefined)?.scope;
  const choices: LabelledScope[] = [];
  for (const account of tree.accountNodesList()) {
    choices.push({ accountKey: account.account.key, label: account.account.label });
    if (withSubAccounts) choices.push(...knownSubAccounts(tree, account.account.key));
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

/** The sub accounts of an account that the tree has listed (none when not listed yet: no request is made). */
export function knownSubAccounts(tree: DirectoryTree, accountKey: string): LabelledScope[] {
  return (tree.accountNode(accountKey)?.subAccounts.pager.items ?? []).map(({ scope }) => ({ ...scope, label: tree.scopeLabel(scope) }));
}

/** Every sub account the tree has listed, for the group picks of the document commands. */
export function knownGroupScopes(tree: DirectoryTree): LabelledScope[] {
  return tree.accountNodesList().flatMap((account) => knownSubAccounts(tree, account.account.key));
}
