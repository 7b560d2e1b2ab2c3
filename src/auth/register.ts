// Builds the account layer: endpoint settings, the SecretStorage-backed accounts, the `zoom`
// AuthenticationProvider, the status bar item and the zoomAdmin.signedIn context key.
// No I/O here: secrets are read on an account's first request.
import * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import { Accounts } from './accounts';
import { AUTH_PROVIDER_ID, ZoomAuthenticationProvider } from './authProvider';
import { EndpointSettings } from './endpoints';
import { AccountStatusBar } from './statusBar';

export function registerAccounts(context: vscode.ExtensionContext, log: ZoomLog): Accounts {
  const endpoints = new EndpointSettings(log);
  const accounts = new Accounts(context, endpoints, log);
  const provider = new ZoomAuthenticationProvider(accounts);
  const setSignedIn = () => void vscode.commands.executeCommand('setContext', 'zoomAdmin.signedIn', accounts.list().length > 0);
  context.subscriptions.push(
    endpoints,
    accounts,
    provider,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Zoom', provider, { supportsMultipleAccounts: true }),
    new AccountStatusBar(accounts),
    accounts.onDidChange(setSignedIn),
  );
  setSignedIn();
  return accounts;
}
