// Zoom: Open User Settings: a user's settings (GET /users/{userId}/settings) from their row, or a user
// looked up by ID or email, in a view and with an optional field filter like group settings.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { givenView, showDocument } from '../documents/open';
import { pickSettingsView } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import { SETTINGS_OPTIONS } from '../documents/uri';
import { refOf } from '../objectRef';
import { askUser } from './openAsJson';

export function openUserSettings(accounts: Accounts, documents: ZoomDocuments) {
  return async (arg?: unknown, given?: unknown): Promise<vscode.Uri | undefined> => {
    const view = givenView(given, SETTINGS_OPTIONS, true);
    const row = refOf(arg);
    if (row && (row.type !== 'user' || !row.id)) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          '{0} has no user ID yet (pending users get one when they accept the invitation), so it has no settings to open.',
          row.email ?? row.name ?? '',
        ),
      );
      return undefined;
    }
    const user = row ?? (await askUser(accounts));
    if (!user?.id) return undefined;
    const chosen = view ?? (await pickSettingsView(SETTINGS_OPTIONS, true));
    if (!chosen) return undefined;
    const uri = documents.uriFor({
      accountKey: user.accountKey,
      ...(user.subAccountId ? { subAccountId: user.subAccountId } : {}),
      kind: 'userSettings',
      id: user.id,
      ...(user.name ? { name: user.name } : {}),
      ...(chosen.option ? { option: chosen.option } : {}),
      ...(chosen.fields?.length ? { fields: chosen.fields } : {}),
    });
    return showDocument(documents, uri);
  };
}
