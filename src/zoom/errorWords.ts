// The words of every error the client reports: one English template per kind, {0}-style placeholders
// filled from the error's params. This is the only place they are written. The client formats them in
// English (plain Node, tests, the log); the editor passes the same template to vscode.l10n.t
// (src/errorText.ts), which looks it up in l10n/bundle.l10n.<language>.json by its text. The l10n
// exporter sees only literal vscode.l10n.t calls, so scripts/l10n.mjs adds these templates to the
// bundle, and test/unit/l10n.test.ts fails while one has no zh-CN translation. No imports: the script
// reads this file on its own. Parameters are endpoints, ids, statuses and Zoom's messages, never a secret.

export const FRIENDLY_TEMPLATES = {
  tokenRejected: 'Zoom rejected the access token even after a new one was requested. Sign in again.',
  paidAccountOnly: 'This needs a paid Zoom account: groups are only available on paid plans.',
  pageTokenExpired: 'The list changed or took too long to load (its page token expired). Refresh and try again.',
  invalidRequest: 'Zoom refused the request as invalid: {0}',
  userNotFound: 'User {0} does not exist in this account.',
  groupNotInAccount: 'Group {0} does not belong to this account.',
  roleNotFound: 'Role {0} does not exist.',
  invitationNotFound: 'No valid invitation was found for user {0}: it expired or was withdrawn. Invite the user again.',
  accountNotFound: 'Account {0} does not exist or is not one of your sub accounts.',
  endpointUnknown: 'Zoom does not recognise the endpoint {0}. Check the setting zoomAdmin.apiBaseUrl.',
  groupNotFound: 'Group {0} does not exist.',
  missingScopes: 'The Zoom app is missing the scopes {0}. Add them to the app in the Zoom App Marketplace, then sign in again.',
  missingScopesUnknown: 'The Zoom app is missing a scope this request needs ({0}). Add the scope in the Zoom App Marketplace, then sign in again.',
  rateLimited: 'Zoom kept answering "too many requests" for {0}. Wait a moment and try again.',
  dailyLimit: 'The daily Zoom API limit for {0} is used up. It resets at {1} (UTC {2}).',
  dailyLimitUnknownReset: 'The daily Zoom API limit for {0} is used up. Zoom did not say when it resets; try again later.',
  apiAccessDenied: 'Access to the Zoom REST API has been denied for this account. Contact Zoom Support.',
  forbidden: 'Zoom denied access to {0}: {1}',
  serverError: 'Zoom had a server error (HTTP {0}) on {1}. Try again later.',
  apiError: 'Zoom refused {0}: {1}',
  invalidClient: 'Invalid client ID or client secret. Copy both again from the Server-to-Server OAuth app in the Zoom App Marketplace.',
  accountDoesNotExist: 'Account {0} does not exist. Check the account ID of the Server-to-Server OAuth app.',
  appNotEnabled:
    'The app is not activated, or the account does not allow this OAuth app type. Activate the Server-to-Server OAuth app in the Zoom App Marketplace.',
  signInRefused: 'Zoom refused the sign-in: {0}',
  pastedTokenExpired: 'The pasted access token has expired or was rejected. Paste a new one.',
  badJson: 'Zoom sent a reply that is not valid JSON for {0} (HTTP {1}). Try again; if it persists, check the setting zoomAdmin.apiBaseUrl or your proxy.',
  badShape: 'Zoom sent an unexpected reply for {0}: {1}',
  tooLarge: 'Zoom sent a reply larger than {1} MiB for {0}; it was not read. Check the setting zoomAdmin.apiBaseUrl or your proxy.',
  redirected: 'Zoom answered {0} with a redirect (HTTP {1}), which is not followed. Check the setting zoomAdmin.apiBaseUrl or your proxy.',
  network: 'Could not reach Zoom for {0} ({1}). Check your network or proxy settings.',
  timeout: 'Zoom did not answer {0} within {1} seconds. Try again later.',
  invalidId: '"{0}" is not a valid ID: ".", ".." and their encodings would change which Zoom object is asked for.',
  pageTokenRepeated:
    'Zoom sent a next page token for {0} that it had sent before (page {1}), so the list would never end. Loading stopped; the rows already loaded are kept.',
  pageWithoutNewRows:
    'Zoom sent page {1} of {0} without any row not seen before, so the list would never end. Loading stopped; the rows already loaded are kept.',
  tooManyPages: 'Zoom sent more pages of {0} ({1}) than its {2} records need. Loading stopped; the rows already loaded are kept.',
} as const;

export type FriendlyKind = keyof typeof FRIENDLY_TEMPLATES;

/** The English sentence of a kind; a placeholder without a parameter stays as written. */
export function formatFriendly(kind: FriendlyKind, params: readonly string[]): string {
  return FRIENDLY_TEMPLATES[kind].replace(/\{(\d+)\}/g, (m, i: string) => params[Number(i)] ?? m);
}
