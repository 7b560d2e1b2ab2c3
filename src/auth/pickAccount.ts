// The one question "which Zoom account?": the row's account, the only one signed in, or a quick
// pick (with the sub accounts the command can act on). With nobody signed in it says so, offers
// Sign In and answers undefined without waiting for the toast. Every command that needs an account
// (and every pick over the objects of the signed-in accounts) asks it here.
import * as vscode from 'vscode';
import { scopeOfRow, type LabelledScope } from '../objectRef';
import type { Accounts, ZoomAccountInfo } from './accounts';

/** Where the sub accounts a command can act on come from: the directory's (those the tree has listed; no request is made). */
export interface SubAccountLists {
  subAccountsOf(accountKey: string): readonly LabelledScope[];
}

export interface AccountQuestion {
  /** The quick pick's title: the command's name. */
  title?: string;
  /** Default: "Which Zoom account?". */
  placeHolder?: string;
  /** Offered after each account, and a row's sub account is its answer; absent: accounts only. */
  subAccounts?: SubAccountLists;
  /** Ask even when one account is signed in (Sign Out shows which account it will remove). */
  evenIfOne?: boolean;
  /** Said instead of "sign in first" when nobody is signed in (Sign Out has nothing to do then). */
  whenNone?: string;
}

/**
 * Which account (or sub account) a command acts on. A row (an object's ref, or a folder's scope)
 * answers for itself when its account (or listed sub account) is signed in, and undefined when not;
 * undefined also after Escape or when nobody is signed in.
 */
export async function pickAccount(accounts: Accounts, arg: unknown, question: AccountQuestion = {}): Promise<LabelledScope | undefined> {
  const row = scopeOfRow(arg);
  const { subAccounts } = question;
  const signedIn = row ? accounts.list() : signedInAccounts(accounts, question.whenNone);
  if (!signedIn) return undefined;
  const choices = signedIn.flatMap((account): LabelledScope[] => [
    { accountKey: account.key, label: account.label },
    ...(subAccounts?.subAccountsOf(account.key) ?? []),
  ]);
  if (row) {
    const subAccountId = subAccounts ? row.subAccountId : undefined;
    return choices.find((c) => c.accountKey === row.accountKey && c.subAccountId === subAccountId);
  }
  if (choices.length === 1 && !question.evenIfOne) return choices[0];
  const picked = await vscode.window.showQuickPick(
    choices.map((choice) => ({
      label: choice.label,
      description: choice.subAccountId ? vscode.l10n.t('sub account') : undefined,
      choice,
    })),
    { title: question.title, placeHolder: question.placeHolder ?? vscode.l10n.t('Which Zoom account?') },
  );
  return picked?.choice;
}

/** The signed-in accounts; none: undefined, after saying so (with a Sign In button unless `whenNone` says something else). */
export function signedInAccounts(accounts: Accounts, whenNone?: string): readonly ZoomAccountInfo[] | undefined {
  const list = accounts.list();
  if (list.length) return list;
  if (whenNone) {
    void vscode.window.showInformationMessage(whenNone);
    return undefined;
  }
  const signIn = vscode.l10n.t('Sign In');
  void vscode.window.showInformationMessage(vscode.l10n.t('Sign in to a Zoom account first: Zoom: Sign In.'), signIn).then(async (answer) => {
    if (answer === signIn) await vscode.commands.executeCommand('zoomAdmin.signIn');
  });
  return undefined;
}
