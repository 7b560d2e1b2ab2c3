// Zoom: Compare with Account Settings: the account's settings (left) against a group's (right), same
// view, in the diff editor. The group comes from its row, programmatically as (row, { option, fields }),
// or from a pick.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { givenView, groupOf, prepareDocuments, settingsTarget, viewTitle } from '../documents/open';
import { pickGroup, pickSettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { SETTINGS_OPTIONS } from '../documents/uri';
import type { DirectoryTree } from '../tree/register';
import { accountTarget } from './openAccountSettings';

export function compareWithAccountSettings(accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  return async (arg?: unknown, given?: unknown): Promise<[vscode.Uri, vscode.Uri] | undefined> => {
    const view = givenView(given, SETTINGS_OPTIONS, true);
    const group = groupOf(arg) ?? (await pickGroup(accounts, tree.lists, vscode.l10n.t('Compare the settings of which group with its account?')));
    if (!group) return undefined;
    const chosen = view ?? (await pickSettingsView(SETTINGS_OPTIONS, true));
    if (!chosen) return undefined;
    const scope = { accountKey: group.accountKey, subAccountId: group.subAccountId };
    const left = documents.uriFor(accountTarget('accountSettings', scope, chosen));
    const right = documents.uriFor(settingsTarget('groupSettings', group, chosen));
    // Load both first, so a failing side is reported by name instead of as half a diff.
    await prepareDocuments(documents, [left, right]);
    const title = vscode.l10n.t('Account ↔ {0} · {1}', group.name ?? group.id ?? '', viewTitle(chosen));
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: false });
    return [left, right];
  };
}
