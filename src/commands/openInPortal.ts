// zoomAdmin.openInPortal: a user's, group's, role's or sub account's page in the Zoom web portal
// (zoom.us, or zoomgov.com when zoomAdmin.oauthBaseUrl is ZoomGov's). From a row, or from the
// palette: the selected row, else a pick of the list pages. Returns the URL it opened.
import * as vscode from 'vscode';
import { refOf } from '../objectRef';
import type { DirectoryTree } from '../tree/register';
import { portalUrl, type PortalKind } from '../zoom/portal';

const KINDS: readonly PortalKind[] = ['user', 'group', 'role', 'subAccount'];

export function openInPortal(tree: DirectoryTree) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const ref = refOf(arg) ?? refOf(tree.view.selection[0]);
    let kind = ref && (KINDS as readonly string[]).includes(ref.type) ? (ref.type as PortalKind) : undefined;
    if (ref && !kind) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This row has no page in the Zoom web portal.'));
      return undefined;
    }
    if (!kind) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('Users'), page: 'user' as const },
          { label: vscode.l10n.t('Groups'), page: 'group' as const },
          { label: vscode.l10n.t('Roles'), page: 'role' as const },
          { label: vscode.l10n.t('Sub accounts'), page: 'subAccount' as const },
        ],
        { title: vscode.l10n.t('Zoom: Open in Zoom Web Portal'), placeHolder: vscode.l10n.t('Which page of the Zoom web portal?') },
      );
      kind = picked?.page;
    }
    if (!kind) return undefined;
    // Only zoom.us or zoomgov.com can come out of this: a workspace value cannot send the browser elsewhere.
    const url = portalUrl(kind, ref?.id, vscode.workspace.getConfiguration('zoomAdmin').get<string>('oauthBaseUrl'));
    await vscode.env.openExternal(vscode.Uri.parse(url, true));
    return url;
  };
}
