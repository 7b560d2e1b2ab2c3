// Zoom: Explain Setting (a CodeLens on each setting of group and user settings): reads the key at
// every level and opens the explanation beside the document. Arguments (uri, path) come from the
// lens; from the palette it explains the key under the cursor. Returns the explanation.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { ZoomDocuments } from '../documents/register';
import { errorText } from '../errorText';
import { explain, type Explanation } from '../settings/explain';
import { explanationMarkdown, type ExplanationDocuments } from '../settings/explainView';
import { keyAt } from '../settings/jsonPath';
import { failWith } from '../failure';

export function explainSetting(accounts: Accounts, documents: ZoomDocuments, explanations: ExplanationDocuments) {
  return async (uriArg?: unknown, pathArg?: unknown): Promise<Explanation | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const uri = uriArg instanceof vscode.Uri ? uriArg : editor?.document.uri;
    const path =
      Array.isArray(pathArg) && pathArg.every((p) => typeof p === 'string')
        ? pathArg
        : editor && uri?.toString() === editor.document.uri.toString()
          ? keyAt(editor.document, editor.selection.active)?.path.filter((p): p is string => typeof p === 'string')
          : undefined;
    const target = uri && documents.targetOf(uri);
    if (!target || (target.kind !== 'groupSettings' && target.kind !== 'userSettings') || !path?.length) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t("Explain Setting works on a key of a group's or user's settings document: put the cursor on a setting, or use the lens above it."),
      );
      return undefined;
    }
    const explained = async () => {
      const explanation = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Explaining {0}…', path.join('.')) },
        () => explain(target, path, accounts.client(target.accountKey)),
      );
      const doc = await vscode.workspace.openTextDocument(explanations.add(path.join('.'), explanationMarkdown(explanation)));
      await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(doc, 'markdown'), {
        viewColumn: vscode.ViewColumn.Beside,
        preview: true,
      });
      return explanation;
    };
    return failWith(explained(), (error) => vscode.l10n.t('Could not explain {0}: {1}', path.join('.'), errorText(error)));
  };
}
