// 🔒 at each locked key of a group settings document, from the locks fetched with it; the hint's
// tooltip says who locks it. Hints follow the document: a refresh re-fetches the locks and re-asks.
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import { documentKeys } from './jsonPath';
import { isGroupLocks, type GroupLocks } from './locks';
import { valueAt } from './tree';

export const LOCK_LABEL = '🔒';

export function registerLockHints(documents: ZoomDocuments): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(document, range) {
      const locks = documents.extraOf(document.uri);
      if (!isGroupLocks(locks)) return [];
      return documentKeys(document)
        .filter((key) => range.contains(key.range.start))
        .flatMap((key) => {
          const tooltip = lockTooltip(locks, key.path);
          if (!tooltip) return [];
          const hint = new vscode.InlayHint(key.range.start, LOCK_LABEL);
          hint.paddingRight = true;
          hint.tooltip = tooltip;
          return [hint];
        });
    },
  };
  return vscode.Disposable.from(
    changed,
    documents.onDidChange(() => changed.fire()),
    vscode.languages.registerInlayHintsProvider({ scheme: documents.scheme, language: 'json' }, provider),
  );
}

/** Who locks the key, when its own path is locked (a lock on a section marks the section's key). */
function lockTooltip(locks: GroupLocks, path: string[]): vscode.MarkdownString | undefined {
  const account = valueAt(locks.account.body, path).value === true;
  const group = valueAt(locks.group.body, path).value === true;
  if (!account && !group) return undefined;
  const lines: string[] = [];
  if (account) lines.push(vscode.l10n.t('Locked by the account: no group or user can change it.'));
  if (group) lines.push(vscode.l10n.t('Locked by the group: its members cannot change it.'));
  return new vscode.MarkdownString(lines.join('\n\n'));
}
