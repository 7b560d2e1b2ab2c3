// STUB (issue 4 replaces it): builds the account store, sign-in, AuthenticationProvider, status bar.
import * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import type { ZoomAccounts } from './accountsApi';

export function registerAccounts(_context: vscode.ExtensionContext, _log: ZoomLog): ZoomAccounts {
  const emitter = new vscode.EventEmitter<void>();
  return {
    list: () => [],
    get: () => undefined,
    client: () => { throw new Error('not signed in'); },
    onDidChange: emitter.event,
  };
}
