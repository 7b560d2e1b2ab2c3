// Builds the zoomAdmin.directory tree. The Directory is also what activate() exports as `tree`
// (tests read nodes through it: getChildren, getTreeItem, find, settled).
import type * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import type { Accounts } from '../auth/accounts';
import { Directory } from './directory';

export type DirectoryTree = Directory;

export function registerTree(context: vscode.ExtensionContext, accounts: Accounts, log: ZoomLog): DirectoryTree {
  const directory = new Directory(accounts, log);
  context.subscriptions.push(directory);
  return directory;
}
