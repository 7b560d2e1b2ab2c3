// A failed fetch as the FileSystemError VS Code shows in place of the document: FileNotFound when
// Zoom says the object does not exist (never stale JSON), Unavailable otherwise; the message names
// the object and carries Zoom's reason (no secrets: see src/zoom/errors.ts).
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import { isNotFound } from '../zoom/errors';
import { describeDocument } from './describe';
import type { DocumentTarget } from './uri';

export function documentError(target: DocumentTarget, error: unknown): vscode.FileSystemError {
  const message = vscode.l10n.t('Cannot show {0}: {1}', describeDocument(target), errorText(error));
  return isNotFound(error) ? vscode.FileSystemError.FileNotFound(message) : vscode.FileSystemError.Unavailable(message);
}
