// POST /oauth/token with grant_type=account_credentials, answering like zoom.us: OAuth-style
// {reason, error} bodies, parameters accepted only in the form body (query-only gets 400).
import { reply, type Reply } from './reply';
import { TOKEN_LIFETIME_S, type TokenStore } from './tokens';
import type { World } from './world';

const oauthError = (status: number, error: string, reason: string): Reply => reply(status, { reason, error });
const INVALID_CLIENT = (): Reply => oauthError(401, 'invalid_client', 'Invalid client_id or client_secret');

function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

export function tokenEndpoint(
  world: World,
  tokens: TokenStore,
  method: string,
  authorization: string | undefined,
  query: URLSearchParams,
  body: string,
): Reply {
  if (method !== 'POST') return oauthError(405, 'invalid_request', 'Method Not Allowed');
  const form = new URLSearchParams(body);
  const grantType = form.get('grant_type');
  if ((!grantType && query.has('grant_type')) || (!form.has('account_id') && query.has('account_id'))) {
    return oauthError(400, 'invalid_request', 'Parameters must be sent in the request body (application/x-www-form-urlencoded), not in the query string');
  }
  if (!grantType) return oauthError(400, 'invalid_request', 'Missing grant_type');
  if (grantType !== 'account_credentials') return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
  const creds = basicCredentials(authorization);
  if (!creds) return INVALID_CLIENT();
  const app = world.accountByClientId(creds.clientId);
  if (!app || app.clientSecret !== creds.clientSecret) return INVALID_CLIENT();
  const accountId = form.get('account_id');
  if (!accountId || accountId !== app.accountId) return oauthError(400, 'invalid_request', 'Account does not exist');
  if (!app.appActivated) return oauthError(400, 'invalid_request', 'Account does not enabled the OAuth app type');
  const token = tokens.issue(app);
  return {
    ...reply(200, {
      access_token: token.accessToken,
      token_type: 'bearer',
      expires_in: TOKEN_LIFETIME_S,
      scope: token.scopes.join(' '),
      api_url: 'https://api.zoom.us',
    }),
    accountId: app.accountId,
  };
}
