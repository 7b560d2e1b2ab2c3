// Zoom: Compare with Live Settings: a snapshot file (explorer row or the active editor) against
// what Zoom holds for its object now, in a diff (the live side is a read-only zoom-admin: document
// laid out like the file).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { ZoomDocuments } from '../documents/register';
import { parseSnapshot, type SnapshotObject } from '../settings/snapshot/files';

export function compareWithLive(accounts: Accounts, documents: ZoomDocuments) {
  return async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const file = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!file) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a settings snapshot file first (Zoom: Snapshot Settings to Folder writes them).'));
      return undefined;
    }
    const body = parseSnapshot(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    if (!body) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a settings snapshot file.', vscode.workspace.asRelativePath(file)));
      return undefined;
    }
    const live = liveUri(accounts, documents, body.object);
    if (!live) return undefined;
    // Asked again: read Zoom again.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === live.toString())) await documents.refresh(live);
    const title = vscode.l10n.t('{0} ↔ Zoom now', vscode.workspace.asRelativePath(file));
    await vscode.commands.executeCommand('vscode.diff', file, live, title, { preview: false });
    return live;
  };
}

/** The live side of a snapshot object, or undefined after saying which account to sign in to. */
export function liveUri(accounts: Accounts, documents: ZoomDocuments, object: SnapshotObject): vscode.Uri | undefined {
  if (!accounts.get(object.account)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('This snapshot was read from Zoom account {0}, which is not signed in. Sign in to it (Zoom: Sign In) first.', object.account),
    );
    return undefined;
  }
  return documents.uriFor({
    accountKey: object.account,
    ...(object.subAccountId ? { subAccountId: object.subAccountId } : {}),
    kind: object.type === 'account' ? 'liveAccountSnapshot' : 'liveGroupSnapshot',
    id: object.id,
    name: object.name,
  });
}
