// Builds the account layer: endpoint settings, the SecretStorage-backed store, the `zoom`
// AuthenticationProvider, the status bar item and the zoomAdmin.signedIn context key.
// No I/O here: secrets are read on an account's first request.
import * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import type { AccountManager } from './accountsApi';
import { AccountStore } from './accountStore';
import { AUTH_PROVIDER_ID, ZoomAuthenticationProvider } from './authProvider';
import { EndpointSettings } from './endpoints';
import { AccountStatusBar } from './statusBar';

export function registerAccounts(context: vscode.ExtensionContext, log: ZoomLog): AccountManager {
  const endpoints = new EndpointSettings(log);
  const store = new AccountStore(context, endpoints, log);
  const provider = new ZoomAuthenticationProvider(store);
  const setSignedIn = () => void vscode.commands.executeCommand('setContext', 'zoomAdmin.signedIn', store.list().length > 0);
  context.subscriptions.push(
    endpoints,
    store,
    provider,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Zoom', provider, { supportsMultipleAccounts: true }),
    new AccountStatusBar(store),
    store.onDidChange(setSignedIn),
  );
  setSignedIn();
  return store;
}
