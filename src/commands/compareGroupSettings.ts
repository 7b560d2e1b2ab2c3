// Zoom: Compare Group Settings: two groups' settings (same view) side by side in the diff editor.
// Groups come from the row and the multi-selection, programmatically as (rowA, rowB, { option, fields }),
// or from picks (which offer the groups of sub accounts the tree has listed too).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { givenView, groupOf, prepareDocuments, settingsTarget, viewTitle } from '../documents/open';
import { pickGroup, pickSettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { SETTINGS_OPTIONS } from '../documents/uri';
import type { ZoomObjectRef } from '../objectRef';
import type { DirectoryTree } from '../tree/register';

export function compareGroupSettings(accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  return async (arg?: unknown, second?: unknown, given?: unknown): Promise<[vscode.Uri, vscode.Uri] | undefined> => {
    const view = givenView(given, SETTINGS_OPTIONS, true);
    const first = groupOf(arg) ?? (await pickGroup(accounts, tree.lists, vscode.l10n.t('Compare the settings of which group?')));
    if (!first) return undefined;
    const other =
      groupOf(second) ??
      otherSelected(first, second) ??
      (await pickGroup(accounts, tree.lists, vscode.l10n.t('Compare {0} with which group?', first.name ?? first.id ?? ''), first));
    if (!other) return undefined;
    const chosen = view ?? (await pickSettingsView(SETTINGS_OPTIONS, true));
    if (!chosen) return undefined;
    const left = documents.uriFor(settingsTarget('groupSettings', first, chosen));
    const right = documents.uriFor(settingsTarget('groupSettings', other, chosen));
    // Load both first, so a failing side is reported by name instead of as half a diff.
    await prepareDocuments(documents, [left, right]);
    const title = vscode.l10n.t('{0} ↔ {1} · {2}', first.name ?? first.id ?? '', other.name ?? other.id ?? '', viewTitle(chosen));
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: false });
    return [left, right];
  };
}

/** With two group rows selected, the context menu passes the clicked one and the selection. */
function otherSelected(first: ZoomObjectRef, selection: unknown): ZoomObjectRef | undefined {
  if (!Array.isArray(selection)) return undefined;
  const groups = selection.map(groupOf).filter((g): g is ZoomObjectRef => !!g);
  return groups.length === 2 ? groups.find((g) => g !== first && !(g.accountKey === first.accountKey && g.id === first.id)) : undefined;
}
