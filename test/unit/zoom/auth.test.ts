// S2S tokens against the simulator's /oauth/token: errors in Zoom's {reason, error} form,
// single flight under concurrency, early refresh, stored and pasted tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { S2STokenSource, StaticTokenSource, requestS2SToken } from '../../../src/zoom/auth';
import { ZoomClient } from '../../../src/zoom/client';
import { ZoomAuthError } from '../../../src/zoom/errors';
import type { AccessToken } from '../../../src/zoom/types';
import { GLOBEX, apiRequests, clientFor, rejection, tokenRequests, simPerFile } from './sim';

const sim = simPerFile();

async function credentials(accountId = GLOBEX) {
  const a = await sim.account(accountId);
  return { oauthBaseUrl: sim.url, accountId: a.accountId, clientId: a.clientId, clientSecret: a.clientSecret };
}

test('requestS2SToken returns a token that the API accepts, expiring in about an hour', async () => {
  const now = Date.now();
  const token = await requestS2SToken({ ...(await credentials()), clock: () => now });
  assert.ok(token.accessToken.length > 10);
  assert.ok(token.expiresAt - now >= 3500_000 && token.expiresAt - now <= 3600_000);
  assert.equal(typeof token.scope, 'string');
  const res = await fetch(`${sim.apiBase}/users/summary`, { headers: { Authorization: `Bearer ${token.accessToken}` } });
  assert.equal(res.status, 200);
  const [request] = await sim.requests();
  assert.equal(request.method, 'POST');
  assert.equal(request.path, '/oauth/token');
  assert.deepEqual(request.query, {}, 'grant_type and account_id go in the form body, not the query');
});

test('a wrong secret is "Invalid client ID or client secret"', async () => {
  const error = await rejection(requestS2SToken({ ...(await credentials()), clientSecret: 'wrong-secret-value' }));
  assert.ok(error instanceof ZoomAuthError);
  assert.equal(error.kind, 'invalidClient');
  assert.match(error.message, /^Invalid client ID or client secret\./);
  assert.equal(error.oauthError, 'invalid_client');
});

test('an unknown account is "Account … does not exist"', async () => {
  const error = await rejection(requestS2SToken({ ...(await credentials()), accountId: 'no-such-account' }));
  assert.ok(error instanceof ZoomAuthError);
  assert.equal(error.kind, 'accountDoesNotExist');
  assert.match(error.friendly, /Account no-such-account does not exist/);
});

test('a token endpoint that answers {reason, error} for a disabled app says to activate it', async () => {
  await sim.addFault({
    match: { path: '/oauth/token' },
    action: { kind: 'status', status: 400, body: { reason: 'Account does not enabled the OAuth app type', error: 'invalid_request' } },
  });
  const error = await rejection(requestS2SToken(await credentials()));
  assert.ok(error instanceof ZoomAuthError);
  assert.equal(error.kind, 'appNotEnabled');
});

test('N concurrent first calls share one token request', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await Promise.all(Array.from({ length: 12 }, () => client.userSummary()));
  assert.equal(await tokenRequests(sim), 1);
  assert.equal((await apiRequests(sim)).length, 12);

  const source = new S2STokenSource(await credentials());
  const tokens = await Promise.all(Array.from({ length: 20 }, () => source.getToken()));
  assert.equal(new Set(tokens.map((t) => t.accessToken)).size, 1);
  assert.equal(await tokenRequests(sim), 2);
});

test('the token is renewed 60 s before it expires, not before', async () => {
  let now = Date.now();
  const issued: AccessToken[] = [];
  const { client } = await clientFor(sim, GLOBEX, { token: { clock: () => now, onToken: (t) => issued.push(t) } });
  await client.userSummary();
  assert.equal(issued.length, 1);
  now = issued[0].expiresAt - 61_000;
  await client.userSummary();
  assert.equal(await tokenRequests(sim), 1, 'still more than 60 s left');
  now = issued[0].expiresAt - 59_000;
  await client.userSummary();
  assert.equal(await tokenRequests(sim), 2, 'renewed within the last minute');
  assert.equal(issued.length, 2);
  assert.notEqual(issued[1].accessToken, issued[0].accessToken);
});

test('a stored token is used without a token request', async () => {
  const stored = await requestS2SToken(await credentials());
  await sim.clearRequests();
  const { client } = await clientFor(sim, GLOBEX, { token: { initial: stored } });
  await client.userSummary();
  assert.equal(await tokenRequests(sim), 0);
});

test('a caller that cancels while the token is on its way does not cancel it for the others', async () => {
  await sim.addFault({ match: { path: '/oauth/token' }, action: { kind: 'delay', ms: 200 } });
  const source = new S2STokenSource(await credentials());
  const controller = new AbortController();
  const cancelled = source.getToken(controller.signal);
  const other = source.getToken();
  controller.abort();
  assert.equal((await rejection(cancelled)).name, 'AbortError');
  assert.ok((await other).accessToken);
  assert.equal(await tokenRequests(sim), 1);
});

test('a pasted token works until the server rejects it, then asks for a new one', async () => {
  const { accessToken } = await requestS2SToken(await credentials());
  const client = new ZoomClient({ apiBaseUrl: sim.apiBase, tokenSource: new StaticTokenSource({ accessToken }) });
  await client.userSummary();
  await sim.expireTokens();
  const error = await rejection(client.userSummary());
  assert.ok(error instanceof ZoomAuthError);
  assert.equal(error.kind, 'pastedTokenExpired');
  assert.match(error.message, /Paste a new one/);
});

test('a pasted token with a known expiry is refused after it, without a request', async () => {
  let now = 1_000;
  const source = new StaticTokenSource({ accessToken: 'pasted-token-value', expiresAt: 5_000, clock: () => now });
  assert.equal((await source.getToken()).accessToken, 'pasted-token-value');
  now = 5_000;
  const error = await rejection(source.getToken());
  assert.ok(error instanceof ZoomAuthError && error.kind === 'pastedTokenExpired');
});
