// Zoom: Open Account Settings / Open Account Lock Settings: the settings of a signed-in account or
// of a sub account the tree has listed (from its row, or a pick), in a view and with an optional
// field filter like group settings, unless given programmatically as (row, { option, fields }).
import * as vscode from 'vscode';
import { givenView, settingsTarget, showDocument } from '../documents/open';
import { pickSettingsView, type SettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { SETTINGS_FILES, type DocumentTarget } from '../documents/uri';
import type { DirectoryTree } from '../tree/register';
import { refOf, type Scope } from '../objectRef';
import { pickAccount } from '../auth/pickAccount';

type AccountKind = 'accountSettings' | 'accountLockSettings';

/** The account's (or sub account's) settings document in a view: its id is `me` or the sub account's. */
export function accountTarget(kind: AccountKind, scope: Scope & { label?: string }, view: SettingsView): DocumentTarget {
  return settingsTarget(kind, { ...scope, id: scope.subAccountId ?? 'me', name: scope.label }, view);
}

export function openAccountDocument(kind: AccountKind, documents: ZoomDocuments, tree: DirectoryTree) {
  const { options, fields } = SETTINGS_FILES[kind];
  return async (arg?: unknown, given?: unknown): Promise<vscode.Uri | undefined> => {
    const view = givenView(given, options, fields);
    const scope =
      accountOfRow(arg) ??
      (await pickAccount(tree.accounts, arg, {
        title: kind === 'accountSettings' ? vscode.l10n.t('Open Account Settings') : vscode.l10n.t('Open Account Lock Settings'),
        subAccounts: tree.lists,
      }));
    if (!scope) return undefined;
    const chosen = view ?? (await pickSettingsView(options, fields));
    if (!chosen) return undefined;
    return showDocument(documents, documents.uriFor(accountTarget(kind, scope, chosen)));
  };
}

/** The account or sub account an account or sub account row is (a sub account row need not be listed in the tree). */
function accountOfRow(arg: unknown): (Scope & { label?: string }) | undefined {
  const ref = refOf(arg);
  if (ref?.type === 'subAccount' && ref.id) return { accountKey: ref.accountKey, subAccountId: ref.id, ...(ref.name ? { label: ref.name } : {}) };
  if (ref?.type === 'account') return { accountKey: ref.accountKey, ...(ref.name ? { label: ref.name } : {}) };
  return undefined;
}
