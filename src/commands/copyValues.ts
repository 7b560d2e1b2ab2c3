// Copy User ID / Copy Email / Copy Group ID: one value per selected row, one per line, confirmed
// in the status bar with the count. Rows without the value (pending users have no ID) are skipped.
import * as vscode from 'vscode';
import { refOf, type ZoomObjectRef } from '../objectRef';
import type { DirectoryTree } from '../tree/register';

export type CopyKind = 'userId' | 'email' | 'groupId';

const read: Record<CopyKind, (ref: ZoomObjectRef) => string | undefined> = {
  userId: (ref) => (ref.type === 'user' ? ref.id : undefined),
  email: (ref) => (ref.type === 'user' ? ref.email : undefined),
  groupId: (ref) => (ref.type === 'group' ? ref.id : undefined),
};

export function copyValues(tree: DirectoryTree, kind: CopyKind) {
  return async (node?: unknown, nodes?: unknown): Promise<number> => {
    const refs = tree
      .targets(node, nodes)
      .map(refOf)
      .filter((r): r is ZoomObjectRef => r !== undefined);
    const values = [...new Set(refs.map(read[kind]).filter((v): v is string => !!v))];
    const skipped = kind === 'userId' ? refs.filter((r) => r.type === 'user' && !r.id).length : 0;
    if (values.length === 0) {
      void vscode.window.showWarningMessage(nothingToCopy(kind, skipped));
      return 0;
    }
    await vscode.env.clipboard.writeText(values.join('\n'));
    const copied = copiedText(kind, values.length);
    const message = skipped ? vscode.l10n.t('{0} ({1} pending users have no ID yet and were skipped.)', copied, skipped) : copied;
    vscode.window.setStatusBarMessage(`$(check) ${message}`, 5000);
    return values.length;
  };
}

function copiedText(kind: CopyKind, n: number): string {
  switch (kind) {
    case 'userId':
      return n === 1 ? vscode.l10n.t('Copied 1 user ID') : vscode.l10n.t('Copied {0} user IDs', n);
    case 'email':
      return n === 1 ? vscode.l10n.t('Copied 1 email address') : vscode.l10n.t('Copied {0} email addresses', n);
    case 'groupId':
      return n === 1 ? vscode.l10n.t('Copied 1 group ID') : vscode.l10n.t('Copied {0} group IDs', n);
  }
}

function nothingToCopy(kind: CopyKind, pendingSkipped: number): string {
  if (pendingSkipped > 0) return vscode.l10n.t('Pending users have no user ID until they accept the invitation. Use Copy Email instead.');
  switch (kind) {
    case 'userId':
      return vscode.l10n.t('Select one or more users in the Zoom view to copy their IDs.');
    case 'email':
      return vscode.l10n.t('Select one or more users in the Zoom view to copy their email addresses.');
    case 'groupId':
      return vscode.l10n.t('Select one or more groups in the Zoom view to copy their IDs.');
  }
}
