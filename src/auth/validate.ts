// Proves credentials work before anything is stored: gets a token, checks its scopes, and asks
// the API who the account is (its name where the API tells it, else its id).
import * as vscode from 'vscode';
import type { AccessToken, TokenSource } from '../zoom/types';
import { requestS2SToken, S2STokenSource, StaticTokenSource, type S2SCredentials } from '../zoom/auth';
import { ZoomClient } from '../zoom/client';
import { ZoomApiError } from '../zoom/errors';
import { trustedApiUrlFromToken } from '../zoom/urls';
import type { ZoomLog } from '../log';
import type { SignInRequest, ZoomAccountInfo } from './accounts';
import type { Endpoints } from './endpoints';
import { missingScopes } from './scopes';
import { describeSignInError, MissingScopesError } from './signInErrors';

export type StoredCredentials = ({ kind: 's2s' } & S2SCredentials) | { kind: 'token'; accessToken: string; expiresAt: number };

export interface ValidatedSignIn {
  kind: ZoomAccountInfo['kind'];
  zoomAccountId: string;
  label: string;
  token: AccessToken;
  credentials: StoredCredentials;
}

/** Zoom tokens live one hour; a pasted token whose expiry cannot be read is given no more. */
const PASTED_TOKEN_MAX_MS = 60 * 60 * 1000;

export async function validateSignIn(request: SignInRequest, endpoints: Endpoints, log: ZoomLog): Promise<ValidatedSignIn> {
  try {
    return 'accessToken' in request
      ? await validateToken(nonEmptyToken(request.accessToken), endpoints, log)
      : await validateS2S(trimmed(request), endpoints, log);
  } catch (error) {
    const message = describeSignInError(error, endpoints);
    log.warn(message);
    throw new Error(message, { cause: error });
  }
}

async function validateS2S(credentials: S2SCredentials, endpoints: Endpoints, log: ZoomLog): Promise<ValidatedSignIn> {
  log.protect(credentials.clientSecret);
  const token = await requestS2SToken({ oauthBaseUrl: endpoints.oauthBaseUrl, ...credentials, logger: log });
  log.protect(token.accessToken);
  const missing = missingScopes(token.scope);
  if (missing.length) throw new MissingScopesError(missing);
  // Renewable here too: a 401 on the first call gets one more token, as it would in use.
  const source = new S2STokenSource({
    oauthBaseUrl: endpoints.oauthBaseUrl,
    ...credentials,
    logger: log,
    initial: token,
    onToken: (t) => log.protect(t.accessToken),
  });
  const me = await whoAmI(source, token.apiUrl, endpoints, log);
  return {
    kind: 's2s',
    zoomAccountId: credentials.accountId,
    label: me?.company || credentials.accountId,
    token: await source.getToken(),
    credentials: { kind: 's2s', ...credentials },
  };
}

async function validateToken(accessToken: string, endpoints: Endpoints, log: ZoomLog): Promise<ValidatedSignIn> {
  log.protect(accessToken);
  const token: AccessToken = { accessToken, expiresAt: jwtExpiry(accessToken) ?? Date.now() + PASTED_TOKEN_MAX_MS };
  const me = await whoAmI(new StaticTokenSource(token), undefined, endpoints, log, true);
  const zoomAccountId = me?.account_id || me?.id || 'unknown';
  return {
    kind: 'token',
    zoomAccountId,
    label: me?.company || zoomAccountId,
    token,
    credentials: { kind: 'token', accessToken, expiresAt: token.expiresAt },
  };
}

/**
 * GET /users/me: for an S2S app, the app's owner, whose `company` is the account's name. A
 * refusal other than a rejected token only costs us the name (an S2S app may lack user:read:user).
 */
async function whoAmI(tokenSource: TokenSource, apiUrl: string | undefined, endpoints: Endpoints, log: ZoomLog, required = false) {
  const client = new ZoomClient({ apiBaseUrl: trustedApiUrlFromToken(apiUrl, endpoints.apiBaseUrl), tokenSource, logger: log });
  try {
    const me = await client.getUser('me');
    return { company: str(me.company), account_id: str(me.account_id), id: me.id };
  } catch (error) {
    if (required || !(error instanceof ZoomApiError) || error.httpStatus === 401) throw error;
    log.info(`Account name not readable (HTTP ${error.httpStatus}, code ${String(error.code)}); using the account id`);
    return undefined;
  }
}

/** Trimmed credentials; an empty field is named before any request is made. */
function trimmed(c: S2SCredentials): S2SCredentials {
  const t = { accountId: c.accountId.trim(), clientId: c.clientId.trim(), clientSecret: c.clientSecret.trim() };
  const empty = !t.accountId
    ? vscode.l10n.t('Account ID')
    : !t.clientId
      ? vscode.l10n.t('Client ID')
      : !t.clientSecret
        ? vscode.l10n.t('Client Secret')
        : undefined;
  if (empty) throw new Error(vscode.l10n.t('The {0} is empty: enter the Account ID, Client ID and Client Secret of the Server-to-Server OAuth app.', empty));
  return t;
}

function nonEmptyToken(token: string): string {
  if (!token.trim()) throw new Error(vscode.l10n.t('The access token is empty: paste a token for the Zoom API.'));
  return token.trim();
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** The `exp` claim of a JWT-shaped token, in epoch ms; undefined if it is not readable. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
