// STUB (issue 6 replaces it): the read-only zoom-admin: file system.
import * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import type { ZoomAccounts } from '../auth/accountsApi';

export interface ZoomDocuments {
  readonly scheme: 'zoom-admin';
}

export function registerDocuments(_context: vscode.ExtensionContext, _accounts: ZoomAccounts, _log: ZoomLog): ZoomDocuments {
  return { scheme: 'zoom-admin' };
}
