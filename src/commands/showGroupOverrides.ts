// Zoom: Show Overrides: a read-only document with only the keys where a group's settings differ from
// its account's, each with both values (settings/overrides.ts makes it).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { givenView, groupOf, settingsTarget, showDocument } from '../documents/open';
import { pickGroup, pickSettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { SETTINGS_OPTIONS } from '../documents/uri';
import type { DirectoryTree } from '../tree/register';

export function showGroupOverrides(accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  return async (arg?: unknown, given?: unknown): Promise<vscode.Uri | undefined> => {
    const view = givenView(given, SETTINGS_OPTIONS, true);
    const group = groupOf(arg) ?? (await pickGroup(accounts, tree.lists, vscode.l10n.t('Show the overrides of which group?')));
    if (!group) return undefined;
    const chosen = view ?? (await pickSettingsView(SETTINGS_OPTIONS, true));
    if (!chosen) return undefined;
    return showDocument(documents, documents.uriFor({ ...settingsTarget('groupSettings', group, chosen), kind: 'groupOverrides' }));
  };
}
