// Every command is registered here, one line each; the functions live in their own files.
import * as vscode from 'vscode';
import type { AccountManager } from '../auth/accountsApi';
import type { DirectoryTree } from '../tree/register';
import type { ZoomDocuments } from '../documents/register';
import type { ZoomLog } from '../log';
import { signIn } from './signIn';
import { signOut } from './signOut';

export interface CommandDeps {
  accounts: AccountManager;
  tree: DirectoryTree;
  documents: ZoomDocuments;
  log: ZoomLog;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const reg = (id: string, fn: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  void reg;
  reg('zoomAdmin.signIn', signIn(deps.accounts));
  reg('zoomAdmin.signOut', signOut(deps.accounts));
  void deps;
}
