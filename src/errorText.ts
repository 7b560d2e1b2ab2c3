// The Zoom client's errors in the user's language: one l10n template per FriendlyKind (the English
// text is src/zoom/errors.ts FRIENDLY_TEMPLATES word for word, held so by test/unit/errorWords.test.ts),
// followed by the technical detail (endpoint, status, Zoom code, tracking id), which never carries a secret.
import * as vscode from 'vscode';
import { ZoomError, type FriendlyKind } from './zoom/errors';

const TEMPLATES: Record<FriendlyKind, (p: readonly string[]) => string> = {
  tokenRejected: () => vscode.l10n.t('Zoom rejected the access token even after a new one was requested. Sign in again.'),
  paidAccountOnly: () => vscode.l10n.t('This needs a paid Zoom account: groups are only available on paid plans.'),
  pageTokenExpired: () => vscode.l10n.t('The list changed or took too long to load (its page token expired). Refresh and try again.'),
  invalidRequest: (p) => vscode.l10n.t('Zoom refused the request as invalid: {0}', ...p),
  userNotFound: (p) => vscode.l10n.t('User {0} does not exist in this account.', ...p),
  groupNotInAccount: (p) => vscode.l10n.t('Group {0} does not belong to this account.', ...p),
  roleNotFound: (p) => vscode.l10n.t('Role {0} does not exist.', ...p),
  invitationNotFound: (p) => vscode.l10n.t('No valid invitation was found for user {0}: it expired or was withdrawn. Invite the user again.', ...p),
  accountNotFound: (p) => vscode.l10n.t('Account {0} does not exist or is not one of your sub accounts.', ...p),
  endpointUnknown: (p) => vscode.l10n.t('Zoom does not recognise the endpoint {0}. Check the setting zoomAdmin.apiBaseUrl.', ...p),
  groupNotFound: (p) => vscode.l10n.t('Group {0} does not exist.', ...p),
  missingScopes: (p) => vscode.l10n.t('The Zoom app is missing the scopes {0}. Add them to the app in the Zoom App Marketplace, then sign in again.', ...p),
  missingScopesUnknown: (p) =>
    vscode.l10n.t('The Zoom app is missing a scope this request needs ({0}). Add the scope in the Zoom App Marketplace, then sign in again.', ...p),
  rateLimited: (p) => vscode.l10n.t('Zoom kept answering "too many requests" for {0}. Wait a moment and try again.', ...p),
  dailyLimit: (p) => vscode.l10n.t('The daily Zoom API limit for {0} is used up. It resets at {1} (UTC {2}).', ...p),
  dailyLimitUnknownReset: (p) => vscode.l10n.t('The daily Zoom API limit for {0} is used up. Zoom did not say when it resets; try again later.', ...p),
  apiAccessDenied: () => vscode.l10n.t('Access to the Zoom REST API has been denied for this account. Contact Zoom Support.'),
  forbidden: (p) => vscode.l10n.t('Zoom denied access to {0}: {1}', ...p),
  serverError: (p) => vscode.l10n.t('Zoom had a server error (HTTP {0}) on {1}. Try again later.', ...p),
  apiError: (p) => vscode.l10n.t('Zoom refused {0}: {1}', ...p),
  invalidClient: () => vscode.l10n.t('Invalid client ID or client secret. Copy both again from the Server-to-Server OAuth app in the Zoom App Marketplace.'),
  accountDoesNotExist: (p) => vscode.l10n.t('Account {0} does not exist. Check the account ID of the Server-to-Server OAuth app.', ...p),
  appNotEnabled: () =>
    vscode.l10n.t(
      'The app is not activated, or the account does not allow this OAuth app type. Activate the Server-to-Server OAuth app in the Zoom App Marketplace.',
    ),
  signInRefused: (p) => vscode.l10n.t('Zoom refused the sign-in: {0}', ...p),
  pastedTokenExpired: () => vscode.l10n.t('The pasted access token has expired or was rejected. Paste a new one.'),
  badJson: (p) =>
    vscode.l10n.t(
      'Zoom sent a reply that is not valid JSON for {0} (HTTP {1}). Try again; if it persists, check the setting zoomAdmin.apiBaseUrl or your proxy.',
      ...p,
    ),
  badShape: (p) => vscode.l10n.t('Zoom sent an unexpected reply for {0}: {1}', ...p),
  tooLarge: (p) => vscode.l10n.t('Zoom sent a reply larger than {1} MiB for {0}; it was not read. Check the setting zoomAdmin.apiBaseUrl or your proxy.', ...p),
  redirected: (p) =>
    vscode.l10n.t('Zoom answered {0} with a redirect (HTTP {1}), which is not followed. Check the setting zoomAdmin.apiBaseUrl or your proxy.', ...p),
  network: (p) => vscode.l10n.t('Could not reach Zoom for {0} ({1}). Check your network or proxy settings.', ...p),
  timeout: (p) => vscode.l10n.t('Zoom did not answer {0} within {1} seconds. Try again later.', ...p),
  invalidId: (p) => vscode.l10n.t('"{0}" is not a valid ID: ".", ".." and their encodings would change which Zoom object is asked for.', ...p),
  pageTokenRepeated: (p) =>
    vscode.l10n.t(
      'Zoom sent a next page token for {0} that it had sent before (page {1}), so the list would never end. Loading stopped; the rows already loaded are kept.',
      ...p,
    ),
  pageWithoutNewRows: (p) =>
    vscode.l10n.t(
      'Zoom sent page {1} of {0} without any row not seen before, so the list would never end. Loading stopped; the rows already loaded are kept.',
      ...p,
    ),
  tooManyPages: (p) => vscode.l10n.t('Zoom sent more pages of {0} ({1}) than its {2} records need. Loading stopped; the rows already loaded are kept.', ...p),
};

/** The translated friendly sentence of a client error (without the technical detail). */
export function friendlyText(error: ZoomError): string {
  return TEMPLATES[error.kind](error.params);
}

/** Any error as one line for the user: translated when it is the client's, its message otherwise. */
export function errorText(error: unknown): string {
  if (error instanceof ZoomError) return friendlyText(error) + error.message.slice(error.friendly.length);
  return error instanceof Error ? error.message : String(error);
}
