// Zoom: Show Overrides: a read-only document with only the keys where a group's settings differ from
// its account's, each with both values (settings/overrides.ts makes it).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { givenView, groupOf, settingsTarget, showDocument } from '../documents/open';
import { pickGroup, pickSettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { SETTINGS_OPTIONS } from '../documents/uri';
import type { DirectoryTree } from '../tree/register';
import { knownSubAccounts } from './scopes';

export function showGroupOverrides(accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  return async (arg?: unknown, given?: unknown): Promise<vscode.Uri | undefined> => {
    const view = givenView(given, SETTINGS_OPTIONS, true);
    const group = groupOf(arg) ?? (await pickGroup(accounts, vscode.l10n.t('Show the overrides of which group?'), undefined, knownSubAccounts(tree)));
    if (!group) return undefined;
    const chosen = view ?? (await pickSettingsView(SETTINGS_OPTIONS, true));
    if (!chosen) return undefined;
    const uri = documents.uriFor({ ...settingsTarget('groupSettings', group, chosen), kind: 'groupOverrides' });
    return (await showDocument(documents, uri)) && uri;
  };
}
