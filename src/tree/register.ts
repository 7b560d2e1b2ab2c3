// STUB (issue 5 replaces it): the zoomAdmin.directory tree.
import * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import type { ZoomAccounts } from '../auth/accountsApi';

export interface DirectoryTree {
  refresh(): void;
}

export function registerTree(_context: vscode.ExtensionContext, _accounts: ZoomAccounts, _log: ZoomLog): DirectoryTree {
  return { refresh: () => undefined };
}
