// Zoom: Refresh Document (editor title of zoom-admin: editors): fetch again; VS Code re-reads.
// In a diff editor both sides are refreshed. An object that no longer exists closes its editors,
// so no outdated JSON stays on screen, and the message names it.
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import { CommandFailure, messageOf } from '../failure';

export function refreshDocument(documents: ZoomDocuments) {
  return async (arg?: unknown): Promise<void> => {
    const uris = documentUris(arg instanceof vscode.Uri ? arg : undefined, documents.scheme);
    if (!uris.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Zoom document (group settings or an object as JSON) to refresh it.'));
      return;
    }
    // Each side is refreshed even when the other fails, and each failure is shown.
    const failed = (await Promise.allSettled(uris.map((uri) => refreshOne(documents, uri)))).filter((r) => r.status === 'rejected');
    if (failed.length) throw new AggregateError(failed.map((r): unknown => r.reason));
  };
}

async function refreshOne(documents: ZoomDocuments, uri: vscode.Uri): Promise<void> {
  await documents.refresh(uri).then(undefined, async (error: unknown) => {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw new CommandFailure(messageOf(error), error);
    await vscode.window.tabGroups.close(tabsShowing(uri));
    throw new CommandFailure(vscode.l10n.t('{0} Its editor was closed so that it does not show outdated JSON.', messageOf(error)), error);
  });
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
