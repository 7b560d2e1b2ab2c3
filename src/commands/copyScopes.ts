// zoomAdmin.copyScopes: the walkthrough's button: the scopes to add to the Server-to-Server OAuth
// app, one per line, on the clipboard. Returns what it copied.
import * as vscode from 'vscode';
import { RECOMMENDED_SCOPES } from '../auth/scopes';

export function copyScopes() {
  return async (): Promise<string> => {
    const text = RECOMMENDED_SCOPES.join('\n');
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} scopes: add them to the app in the Zoom App Marketplace.', RECOMMENDED_SCOPES.length));
    return text;
  };
}
