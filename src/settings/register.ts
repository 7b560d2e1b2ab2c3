// The language features of settings documents: key documentation on hover, 🔒 hints at locked keys,
// Explain Setting lenses, and the read-only documents explanations open in.
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import { EXPLAIN_SCHEME, ExplanationDocuments, registerExplainLenses } from './explainView';
import { registerKeyHover } from './hover';
import { registerLockHints } from './lockHints';

export interface ZoomSettingsFeatures {
  explanations: ExplanationDocuments;
}

export function registerSettings(context: vscode.ExtensionContext, documents: ZoomDocuments): ZoomSettingsFeatures {
  const explanations = new ExplanationDocuments();
  context.subscriptions.push(
    registerKeyHover(documents),
    registerLockHints(documents),
    registerExplainLenses(documents),
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explanations),
  );
  return { explanations };
}
