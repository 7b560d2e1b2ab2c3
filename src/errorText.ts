// The Zoom client's errors in the user's language. The words are src/zoom/errorWords.ts, written once:
// vscode.l10n.t looks a message up by its text at run time, so the English template from that table is
// the key of its translation (scripts/l10n.mjs puts the table into l10n/bundle.l10n.json). The
// technical detail after the sentence (endpoint, status, Zoom code, tracking id) never carries a secret.
import * as vscode from 'vscode';
import { FRIENDLY_TEMPLATES, type FriendlyKind } from './zoom/errorWords';
import { ZoomError } from './zoom/errors';
import { messageOf } from './failure';

/** The sentence of an error kind in the user's language. The one l10n.t call whose message is not a literal. */
export function wordsText(kind: FriendlyKind, params: readonly string[]): string {
  return vscode.l10n.t(FRIENDLY_TEMPLATES[kind], ...params);
}

/** The translated friendly sentence of a client error (without the technical detail). */
export function friendlyText(error: ZoomError): string {
  return wordsText(error.kind, error.params);
}

/** Any error as one line for the user: translated when it is the client's, its message otherwise. */
export function errorText(error: unknown): string {
  if (error instanceof ZoomError) return friendlyText(error) + error.message.slice(error.friendly.length);
  return messageOf(error);
}
