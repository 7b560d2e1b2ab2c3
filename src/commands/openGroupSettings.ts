// Zoom: Open Group Settings and Zoom: Open Group Lock Settings (the settings a group locks for its
// members): from a group row or a pick of groups (the signed-in accounts', then those of a sub
// account the tree has listed), then a view and an optional field filter (settings only), unless
// given programmatically as (row, { option, fields }).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { givenView, groupOf, settingsTarget, showDocument } from '../documents/open';
import { pickGroup, pickSettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { LOCK_SETTINGS_OPTIONS, SETTINGS_OPTIONS } from '../documents/uri';
import type { DirectoryTree } from '../tree/register';

export function openGroupDocument(kind: 'groupSettings' | 'groupLockSettings', accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  const options = kind === 'groupSettings' ? SETTINGS_OPTIONS : LOCK_SETTINGS_OPTIONS;
  const fieldsAllowed = kind === 'groupSettings';
  return async (arg?: unknown, given?: unknown): Promise<vscode.Uri | undefined> => {
    const view = givenView(given, options, fieldsAllowed);
    const group =
      groupOf(arg) ??
      (await pickGroup(
        accounts,
        tree.lists,
        kind === 'groupSettings' ? vscode.l10n.t('Open the settings of which group?') : vscode.l10n.t('Open the lock settings of which group?'),
      ));
    if (!group) return undefined;
    const chosen = view ?? (await pickSettingsView(options, fieldsAllowed));
    if (!chosen) return undefined;
    return showDocument(documents, documents.uriFor(settingsTarget(kind, group, chosen)));
  };
}
