// Builds the parts and registers them. No network here: activation must stay cheap.
import * as vscode from 'vscode';
import { createLog } from './log';
import { registerAccounts } from './auth/register';
import { registerTree } from './tree/register';
import { registerDocuments } from './documents/register';
import { registerCommands } from './commands';
import { registerSettings } from './settings/register';
import { settingsSources } from './settings/sources';

export function activate(context: vscode.ExtensionContext) {
  const started = performance.now();
  const log = createLog(context);
  const accounts = registerAccounts(context, log);
  const tree = registerTree(context, accounts, log);
  const documents = registerDocuments(context, accounts, log, settingsSources);
  const settings = registerSettings(context, documents);
  registerCommands(context, { accounts, tree, documents, log, explanations: settings.explanations });
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  // Read by the extension-host tests and the benchmarks; carries no secrets.
  return { activationMs, accounts, tree, documents, logFile: log.file };
}

export function deactivate() {}
