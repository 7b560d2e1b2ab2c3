// Zoom: Snapshot Settings to Folder: the account's settings and lock settings and every group's,
// one file per object, into a folder the user picks (default zoom-settings/<account name>/ in the
// workspace); settings/snapshot/ reads and writes. Programmatic form: (scope row or { scope }, { folder }).
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import { withRequestProgress } from '../settings/progress';
import { collectAccount } from '../settings/snapshot/collect';
import { safeFileName } from '../settings/snapshot/files';
import { writeSnapshot, type WriteResult } from '../settings/snapshot/write';
import type { Accounts } from '../auth/accounts';
import type { DirectoryTree } from '../tree/register';
import { failWith } from '../failure';
import { pickAccount } from '../auth/pickAccount';

export function snapshotSettings(accounts: Accounts, tree: DirectoryTree) {
  return async (arg?: unknown, given?: { folder?: unknown }): Promise<(WriteResult & { folder: vscode.Uri }) | undefined> => {
    const title = vscode.l10n.t('Snapshot Settings to Folder');
    const scope = await pickAccount(tree.accounts, arg, { title, subAccounts: tree.lists });
    if (!scope) return undefined;
    const folder =
      given?.folder instanceof vscode.Uri ? given.folder : typeof given?.folder === 'string' ? vscode.Uri.file(given.folder) : await pickFolder(scope.label);
    if (!folder) return undefined;
    const account = { key: scope.accountKey, name: scope.label, ...(scope.subAccountId ? { subAccountId: scope.subAccountId } : {}) };
    const failed = (error: unknown) => vscode.l10n.t('No snapshot was written: {0}', errorText(error));
    const collected = await failWith(
      withRequestProgress(vscode.l10n.t('Reading the settings of {0}', scope.label), (signal, report) =>
        collectAccount(accounts.client(scope.accountKey), account, { signal, onProgress: (done, total) => report(done * 2, total * 2) }),
      ),
      failed,
    );
    const result = await failWith(writeSnapshot(folder, account, collected), failed);
    const message = vscode.l10n.t(
      'Snapshot of {0} in {1}: {2} files changed, {3} unchanged, {4} removed, {5} could not be read.',
      scope.label,
      vscode.workspace.asRelativePath(folder),
      result.written.length,
      result.unchanged.length,
      result.removed.length,
      result.errors.length,
    );
    void (result.errors.length ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
    return { ...result, folder };
  };
}

/** zoom-settings/<account name>/ in the first workspace folder, or a folder the user chooses. */
async function pickFolder(accountName: string): Promise<vscode.Uri | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  const choose = async () =>
    (
      await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        openLabel: vscode.l10n.t('Snapshot Here'),
        ...(workspace ? { defaultUri: workspace.uri } : {}),
      })
    )?.[0];
  if (!workspace) return choose();
  const suggested = vscode.Uri.joinPath(workspace.uri, 'zoom-settings', safeFileName(accountName));
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.workspace.asRelativePath(suggested), description: vscode.l10n.t('in the workspace'), uri: suggested },
      { label: vscode.l10n.t('Choose a Folder…'), uri: undefined },
    ],
    { title: vscode.l10n.t('Snapshot Settings to Folder'), placeHolder: vscode.l10n.t('Write the snapshot into which folder?') },
  );
  if (!picked) return undefined;
  return picked.uri ?? choose();
}
