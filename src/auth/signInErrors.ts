// What a failed sign-in tells the admin: exactly why (wrong secret, unknown account, app not
// activated, missing scopes by name, unreachable host with its URL) and what to do.
import * as vscode from 'vscode';
import { ZoomNetworkError } from '../zoom/errors';
import type { Endpoints } from './endpoints';
import { errorText, wordsText } from '../errorText';
import { listText } from '../punctuation';

/** The token lacks scopes the directory cannot do without. */
export class MissingScopesError extends Error {
  constructor(readonly scopes: readonly string[]) {
    super(wordsText('missingScopes', [listText(scopes)]));
  }
}

export function describeSignInError(error: unknown, endpoints: Endpoints): string {
  if (error instanceof ZoomNetworkError) {
    const oauth = error.endpoint.includes('/oauth/token');
    const [url, setting] = oauth ? [endpoints.oauthBaseUrl, 'zoomAdmin.oauthBaseUrl'] : [endpoints.apiBaseUrl, 'zoomAdmin.apiBaseUrl'];
    return vscode.l10n.t(
      'Could not reach {0} ({1}). Check your network or proxy, and the setting {2}. Nothing was saved.',
      url,
      error.params[1] ?? '',
      setting,
    );
  }
  return vscode.l10n.t('Sign-in failed: {0} Nothing was saved.', errorText(error));
}
