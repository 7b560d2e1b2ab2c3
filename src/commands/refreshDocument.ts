// Zoom: Refresh Document (editor title of zoom-admin: editors): fetch again; VS Code re-reads.
// In a diff editor both sides are refreshed. An object that no longer exists closes its editors,
// so no outdated JSON stays on screen, and the message names it.
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';

export function refreshDocument(documents: ZoomDocuments) {
  return async (arg?: unknown): Promise<void> => {
    const uris = documentUris(arg instanceof vscode.Uri ? arg : undefined, documents.scheme);
    if (!uris.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Zoom document (group settings or an object as JSON) to refresh it.'));
      return;
    }
    await Promise.all(
      uris.map(async (uri) => {
        try {
          await documents.refresh(uri);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
            await vscode.window.tabGroups.close(tabsShowing(uri));
            void vscode.window.showErrorMessage(vscode.l10n.t('{0} Its editor was closed so that it does not show outdated JSON.', message));
          } else {
            void vscode.window.showErrorMessage(message);
          }
        }
      }),
    );
  };
}

/** The given document (or the active editor's), plus the other side when it is shown in a diff. */
function documentUris(given: vscode.Uri | undefined, scheme: string): vscode.Uri[] {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri =
    given ??
    vscode.window.activeTextEditor?.document.uri ??
    (input instanceof vscode.TabInputTextDiff ? input.modified : input instanceof vscode.TabInputText ? input.uri : undefined);
  if (!uri) return [];
  const all =
    input instanceof vscode.TabInputTextDiff && [input.original, input.modified].some((u) => u.toString() === uri.toString())
      ? [input.original, input.modified]
      : [uri];
  return all.filter((u) => u.scheme === scheme);
}

function tabsShowing(uri: vscode.Uri): vscode.Tab[] {
  const same = (u: vscode.Uri) => u.toString() === uri.toString();
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      ({ input }) =>
        (input instanceof vscode.TabInputText && same(input.uri)) ||
        (input instanceof vscode.TabInputTextDiff && (same(input.original) || same(input.modified))),
    );
}
