// Every command is registered here, one line each; the functions live in their own files.
import * as vscode from 'vscode';
import type { ZoomAccounts } from '../auth/accountsApi';
import type { DirectoryTree } from '../tree/register';
import type { ZoomDocuments } from '../documents/register';
import type { ZoomLog } from '../log';

export interface CommandDeps {
  accounts: ZoomAccounts;
  tree: DirectoryTree;
  documents: ZoomDocuments;
  log: ZoomLog;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  void reg;
  void deps;
}
