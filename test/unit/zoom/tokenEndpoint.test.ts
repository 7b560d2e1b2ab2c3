// Issue 17 item 9, token endpoint: a 429 or 5xx from /oauth/token is Zoom being busy, not a verdict
// on the credentials: retried like an API call, and reported (when retries run out) as the API
// error, never as a ZoomAuthError that would ask the admin for new credentials. A token that lives
// less than twice the 60 s renewal margin is renewed at half its life, not before every call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { S2STokenSource, requestS2SToken } from '../../../src/zoom/auth';
import { ZoomApiError, ZoomAuthError } from '../../../src/zoom/errors';
import { GLOBEX, rejection, tokenRequests, simPerFile } from './sim';

const sim = simPerFile();

async function credentials() {
  const a = await sim.account(GLOBEX);
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      oauthBaseUrl: sim.url,
      accountId: a.accountId,
      clientId: a.clientId,
      clientSecret: a.clientSecret,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
    },
  };
}

const TOKEN = '/oauth/token';

test('token endpoint 503 twice, then a token: retried with back-off, no credential error', async () => {
  await sim.addFault({ match: { path: TOKEN }, times: 2, action: { kind: 'status', status: 503, body: '<html>Service Unavailable</html>' } });
  const { options, sleeps } = await credentials();
  const token = await requestS2SToken(options);
  assert.ok(token.accessToken);
  assert.equal(await tokenRequests(sim), 3);
  assert.equal(sleeps.length, 2);
  assert.ok(sleeps[1] > sleeps[0], `the waits grow: ${sleeps.join(', ')}`);
});

test('token endpoint 429 with a JSON reason: waits Retry-After and retries; it is not "Zoom refused the sign-in"', async () => {
  await sim.addFault({
    match: { path: TOKEN },
    times: 1,
    action: { kind: 'status', status: 429, body: { reason: 'Too many requests', error: 'too_many_requests' }, headers: { 'Retry-After': '2' } },
  });
  const { options, sleeps } = await credentials();
  const token = await requestS2SToken(options);
  assert.ok(token.accessToken);
  assert.equal(await tokenRequests(sim), 2);
  assert.equal(sleeps.length, 1);
  assert.ok(sleeps[0] >= 1000 && sleeps[0] <= 2500, `waited about Retry-After: ${sleeps[0]} ms`);
});

test('a token endpoint that keeps answering 500 / 429 gives the API error, never a ZoomAuthError', async () => {
  await sim.addFault({ match: { path: TOKEN }, times: 0, action: { kind: 'status', status: 500, body: { reason: 'Internal error', error: 'server_error' } } });
  const { options } = await credentials();
  const error = await rejection(requestS2SToken(options));
  assert.ok(!(error instanceof ZoomAuthError), `a server error is not a credential error: ${String(error)}`);
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.kind, 'serverError');
  assert.equal(await tokenRequests(sim), 4, 'the first try and 3 retries, as for an API GET');

  await sim.clearFaults();
  await sim.clearRequests();
  await sim.addFault({ match: { path: TOKEN }, times: 0, action: { kind: 'status', status: 429, body: { reason: 'Too many requests' } } });
  const limited = await rejection(requestS2SToken(options));
  assert.ok(limited instanceof ZoomApiError && !(limited instanceof ZoomAuthError), String(limited));
  assert.equal(limited.kind, 'rateLimited');
  assert.equal(await tokenRequests(sim), 5, 'the first try and 4 retries, as for an API call');
});

test('a renewal that meets a 503 through a token source does not end as a credential error', async () => {
  const { options } = await credentials();
  await sim.addFault({ match: { path: TOKEN }, times: 0, action: { kind: 'status', status: 503 } });
  const source = new S2STokenSource(options);
  const error = await rejection(source.getToken());
  assert.ok(error instanceof ZoomApiError && !(error instanceof ZoomAuthError), String(error));
});

test('expires_in shorter than the 60 s margin: renewed at half its life, not before every call', async () => {
  let now = 1_000_000;
  const { options } = await credentials();
  await sim.addFault({
    match: { path: TOKEN },
    times: 0,
    action: { kind: 'status', status: 200, body: { access_token: 'short-lived', token_type: 'bearer', expires_in: 40 } },
  });
  const source = new S2STokenSource({ ...options, clock: () => now });
  await source.getToken();
  assert.equal(await tokenRequests(sim), 1);
  now += 10_000;
  await source.getToken();
  now += 9_000; // 19 s of 40: still more than half left
  await source.getToken();
  assert.equal(await tokenRequests(sim), 1, 'no new token while more than half its life is left');
  now += 2_000; // 21 s: less than half left
  await source.getToken();
  assert.equal(await tokenRequests(sim), 2, 'renewed once less than half its life was left');
});
