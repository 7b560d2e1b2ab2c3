// Builds the parts and registers them. No network here: activation must stay cheap.
import * as vscode from 'vscode';
import { createLog } from './log';
import { registerAccounts } from './auth/register';
import { registerTree } from './tree/register';
import { registerDocuments } from './documents/register';
import { registerCommands } from './commands';
import { registerSettings } from './settings/register';
import { settingsSources } from './settings/sources';
import { isTestMode, testOnly } from './testMode';

export function activate(context: vscode.ExtensionContext) {
  const started = performance.now();
  const log = createLog(context);
  const accounts = registerAccounts(context, log);
  const tree = registerTree(context, accounts, log);
  const documents = registerDocuments(context, accounts, log, settingsSources);
  const settings = registerSettings(context, documents);
  const testMode = isTestMode(context);
  registerCommands(context, { accounts, tree, documents, log, explanations: settings.explanations, testMode });
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  // The live store, tree and documents lead to every token and, through context.secrets, to the
  // client secrets: another extension could read them through getExtension(...).exports, past
  // SecretStorage's per-extension isolation and the `zoom` provider's consent prompt. So only the
  // extension-host tests and benchmarks (ExtensionMode.Test) get them; otherwise nothing.
  return testOnly(testMode, { activationMs, accounts, tree, documents, logFile: log.file, secrets: context.secrets });
}

export function deactivate() {}
