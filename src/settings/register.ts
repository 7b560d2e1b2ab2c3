// The language features of settings documents: key documentation on hover (and, below, the lock
// hints and Explain Setting lenses).
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import { registerKeyHover } from './hover';

export function registerSettings(context: vscode.ExtensionContext, documents: ZoomDocuments): void {
  context.subscriptions.push(registerKeyHover(documents));
}
