// A failed fetch as the FileSystemError VS Code shows in place of the document: FileNotFound when
// Zoom says the object does not exist (never stale JSON), Unavailable otherwise; the message names
// the object and carries Zoom's reason (no secrets: see src/zoom/errors.ts).
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import { ZoomApiError, type FriendlyKind } from '../zoom/errors';
import { describeDocument } from './describe';
import type { DocumentTarget } from './uri';

const NOT_FOUND: ReadonlySet<FriendlyKind> = new Set(['groupNotFound', 'groupNotInAccount', 'userNotFound', 'roleNotFound', 'accountNotFound']);

export function isNotFound(error: unknown): boolean {
  return error instanceof ZoomApiError && (NOT_FOUND.has(error.kind) || error.httpStatus === 404);
}

export function documentError(target: DocumentTarget, error: unknown): vscode.FileSystemError {
  const message = vscode.l10n.t('Cannot show {0}: {1}', describeDocument(target), errorText(error));
  return isNotFound(error) ? vscode.FileSystemError.FileNotFound(message) : vscode.FileSystemError.Unavailable(message);
}
