// The token request and the token sources pinned rule by rule over a scripted token endpoint (the
// FetchLike seam): what is sent, how a token reply is read and refused, how each refusal maps to a
// sign-in error kind, which replies are retried, and when a cached or pasted token is used. In-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { ZoomApiError, ZoomAuthError, ZoomNetworkError, ZoomResponseError } from '../../../src/zoom/errors';
import { requestS2SToken, S2STokenSource, StaticTokenSource, type TokenRequestOptions } from '../../../src/zoom/auth';
import type { FetchLike } from '../../../src/zoom/http';
import type { AccessToken } from '../../../src/zoom/types';
import { collectingLogger, neverAnswers, rejection } from './sim';

const NOW = Date.UTC(2026, 11, 4, 12);
const CREDENTIALS = { accountId: 'acct-1', clientId: 'client-id-1', clientSecret: 'client-secret-1' };

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/** A token endpoint answering the scripted replies in order (a thrown value fails the exchange). */
function endpoint(replies: (Response | { throws: unknown })[]) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: String(init?.body ?? '') });
    const reply = replies[sent.length - 1];
    if (!reply) throw new Error('unscripted token request');
    if ('throws' in reply) throw reply.throws;
    return reply;
  };
  return { fetch, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const TOKEN = { access_token: 'tok-1', token_type: 'bearer', expires_in: 3600, scope: 'user:read:admin', api_url: 'https://api.zoom.us' };

function options(fetch: FetchLike, extra: Partial<TokenRequestOptions> = {}): TokenRequestOptions & { waits: number[] } {
  const waits: number[] = [];
  let now = NOW;
  return {
    ...CREDENTIALS,
    oauthBaseUrl: 'https://zoom.us//',
    fetch,
    clock: () => (now += 5),
    random: () => 0,
    sleep: async (ms) => void waits.push(ms),
    waits,
    ...extra,
  };
}

test('the request: POST to /oauth/token under the base, Basic credentials, the account in a form body', async () => {
  const { fetch, sent } = endpoint([json(200, TOKEN)]);
  const log = collectingLogger();
  const token = await requestS2SToken(options(fetch, { logger: log }));
  assert.equal(sent.length, 1);
  assert.equal(sent[0].url, 'https://zoom.us/oauth/token');
  assert.equal(sent[0].method, 'POST');
  assert.equal(sent[0].headers.get('authorization'), `Basic ${Buffer.from('client-id-1:client-secret-1').toString('base64')}`);
  assert.equal(sent[0].headers.get('content-type'), 'application/x-www-form-urlencoded');
  assert.equal(sent[0].headers.get('accept'), 'application/json');
  assert.equal(sent[0].body, 'grant_type=account_credentials&account_id=acct-1');
  assert.deepEqual(token, {
    accessToken: 'tok-1',
    expiresAt: NOW + 15 + 3600_000,
    issuedAt: NOW + 15,
    scope: 'user:read:admin',
    apiUrl: 'https://api.zoom.us',
  });
  assert.deepEqual(log.lines, ['debug POST /oauth/token -> 200 in 5 ms']);
});

test('a token reply: expires_in may be numeric text; scope and api_url only as text; a tracking id is logged', async () => {
  const { fetch } = endpoint([json(200, { access_token: 'tok-2', expires_in: '60', scope: 5, api_url: ['x'] }, { 'x-zm-trackingid': 'v=2.0;rid=9' })]);
  const log = collectingLogger();
  const token = await requestS2SToken(options(fetch, { logger: log }));
  assert.deepEqual(token, { accessToken: 'tok-2', expiresAt: NOW + 15 + 60_000, issuedAt: NOW + 15, scope: undefined, apiUrl: undefined });
  assert.deepEqual(log.lines, ['debug POST /oauth/token -> 200 in 5 ms (tracking id v=2.0;rid=9)']);
});

test('a token reply without a usable access_token or expires_in is a bad shape; one not JSON is bad JSON', async () => {
  for (const body of [
    { expires_in: 3600 },
    { access_token: '', expires_in: 3600 },
    { access_token: 7, expires_in: 3600 },
    { access_token: 't' },
    { access_token: 't', expires_in: 0 },
    { access_token: 't', expires_in: -5 },
    { access_token: 't', expires_in: 'soon' },
  ]) {
    const error = await rejection(requestS2SToken(options(endpoint([json(200, body)]).fetch)));
    assert.ok(error instanceof ZoomResponseError && error.kind === 'badShape', `${JSON.stringify(body)}: ${String(error)}`);
  }
  for (const status of [200, 400]) {
    const error = await rejection(requestS2SToken(options(endpoint([json(status, '<html>')]).fetch)));
    assert.ok(error instanceof ZoomResponseError && error.kind === 'badJson', `${status}: ${String(error)}`);
    assert.equal(error.httpStatus, status);
  }
});

test('each refusal maps to its sign-in error kind, by the OAuth error, the reason text or the code', async () => {
  const cases: [number, unknown, string, string[]][] = [
    [400, { error: 'invalid_client' }, 'invalidClient', []],
    [401, { reason: 'Invalid_client_secret' }, 'invalidClient', []],
    [400, { code: 4702, message: 'x' }, 'invalidClient', []],
    [400, { code: 4704, message: 'x' }, 'invalidClient', []],
    [400, { reason: 'Account does not exist', error: 'invalid_request' }, 'accountDoesNotExist', ['acct-1']],
    [400, { message: 'The app has been deactivated' }, 'appNotEnabled', []],
    [400, { error_description: 'App type not supported' }, 'appNotEnabled', []],
    [400, { reason: 'Not activated yet' }, 'appNotEnabled', []],
    [400, { reason: 'Feature disabled' }, 'appNotEnabled', []],
    [400, { reason: 'Server-to-server is not enabled' }, 'appNotEnabled', []],
    [400, { code: 4717, message: 'x' }, 'appNotEnabled', []],
    [400, { reason: 'Bad grant for client-secret-1 and client-id-1' }, 'signInRefused', ['Bad grant for [redacted] and [redacted]']],
    [400, { error: 'unsupported_grant_type' }, 'signInRefused', ['unsupported_grant_type']],
    [403, {}, 'signInRefused', ['HTTP 403']],
    [302, {}, 'signInRefused', ['HTTP 302']],
  ];
  for (const [status, body, kind, params] of cases) {
    const error = await rejection(requestS2SToken(options(endpoint([json(status, body, { 'x-zm-trackingid': 'rid-1' })]).fetch)));
    assert.ok(error instanceof ZoomAuthError, `${JSON.stringify(body)}: ${String(error)}`);
    assert.equal(error.kind, kind, JSON.stringify(body));
    assert.deepEqual(error.params, params, JSON.stringify(body));
    assert.equal(error.httpStatus, status);
    assert.equal(error.trackingId, 'rid-1');
    const oauthError = (body as { error?: string }).error;
    assert.equal(error.oauthError, oauthError);
  }
});

test('5xx and per-second 429 are retried with their waits and logged; then the API error, never a sign-in error', async () => {
  const busy = () => json(503, { code: 503, reason: 'Busy for client-secret-1' });
  const { fetch, sent } = endpoint([busy(), busy(), busy()]);
  const log = collectingLogger();
  const o = options(fetch, { retries: 2, logger: log });
  const error = await rejection(requestS2SToken(o));
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.httpStatus, 503);
  assert.equal(error.code, 503);
  assert.equal(error.zoomMessage, 'Busy for [redacted]');
  assert.equal(sent.length, 3);
  assert.deepEqual(o.waits, [250, 500]);
  assert.deepEqual(
    log.lines.filter((l) => l.startsWith('info')),
    ['info POST /oauth/token: HTTP 503, retry in 250 ms', 'info POST /oauth/token: HTTP 503, retry in 500 ms'],
  );

  const limited = () => json(429, { message: 'Too many requests' });
  const rate = endpoint([limited(), limited()]);
  const r = options(rate.fetch, { rateLimitRetries: 1 });
  const error429 = await rejection(requestS2SToken(r));
  assert.ok(error429 instanceof ZoomApiError, String(error429));
  assert.equal(error429.rateLimitType, 'QPS');
  assert.equal(error429.zoomMessage, 'Too many requests');
  assert.equal(error429.code, undefined);
  assert.equal(rate.sent.length, 2);
  assert.deepEqual(r.waits, [500]);
});

test('a 429 asking to wait more than a minute is a daily limit with its reset time, not retried', async () => {
  const { fetch, sent } = endpoint([json(429, { reason: 'Daily cap' }, { 'Retry-After': '61' }), json(200, TOKEN)]);
  const o = options(fetch);
  const error = await rejection(requestS2SToken(o));
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.rateLimitType, 'Daily-limit');
  assert.equal(error.resetAt, NOW + 10 + 61_000);
  assert.equal(sent.length, 1);

  const near = endpoint([json(429, { reason: 'Slow down' }, { 'Retry-After': '60' }), json(200, TOKEN)]);
  const n = options(near.fetch);
  assert.equal((await requestS2SToken(n)).accessToken, 'tok-1');
  assert.deepEqual(n.waits, [60_000 - 5], 'until the time asked for, counted from when the reply was read');
});

test('a failed exchange is a network error with its cause, or a timeout in whole seconds, or a cancellation', async () => {
  const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  const log = collectingLogger();
  const failed = await rejection(requestS2SToken(options(endpoint([{ throws: new TypeError('fetch failed', { cause }) }]).fetch, { logger: log })));
  assert.ok(failed instanceof ZoomNetworkError && failed.kind === 'network', String(failed));
  assert.deepEqual(failed.params, ['POST /oauth/token', 'ECONNREFUSED']);
  assert.deepEqual(log.lines, ['debug POST /oauth/token -> failed (ECONNREFUSED) after 5 ms']);

  const timedOut = await rejection(requestS2SToken(options(neverAnswers, { timeoutMs: 100 })));
  assert.ok(timedOut instanceof ZoomNetworkError && timedOut.kind === 'timeout', String(timedOut));
  assert.deepEqual(timedOut.params, ['POST /oauth/token', '0'], 'the timeout in whole seconds');

  const controller = new AbortController();
  const cancelLog = collectingLogger();
  const cancelled = requestS2SToken(options(neverAnswers, { signal: controller.signal, logger: cancelLog }));
  setTimeout(() => controller.abort(), 10);
  assert.equal(((await rejection(cancelled)) as Error).name, 'AbortError');
  assert.deepEqual(cancelLog.lines, ['debug POST /oauth/token -> failed (cancelled) after 5 ms']);
});

const token = (accessToken: string, expiresAt: number, issuedAt?: number): AccessToken => ({ accessToken, expiresAt, issuedAt });

test('a cached token is used until min(skew, half its life) before expiry; one of unknown life until the skew', async () => {
  let now = NOW;
  const { fetch, sent } = endpoint([json(200, TOKEN), json(200, TOKEN), json(200, TOKEN)]);
  const source = (initial: AccessToken) =>
    new S2STokenSource({ ...CREDENTIALS, oauthBaseUrl: 'https://zoom.us', fetch, clock: () => now, initial, refreshSkewMs: 10_000 });
  // Lifetime 100 s: the margin is the 10 s skew.
  const long = source(token('old', NOW + 100_000, NOW));
  now = NOW + 89_999;
  assert.equal((await long.getToken()).accessToken, 'old');
  now = NOW + 90_000;
  assert.equal((await long.getToken()).accessToken, 'tok-1');
  // Lifetime 8 s: half of it, 4 s.
  now = NOW;
  const short = source(token('short', NOW + 8_000, NOW));
  now = NOW + 3_999;
  assert.equal((await short.getToken()).accessToken, 'short');
  now = NOW + 4_000;
  assert.equal((await short.getToken()).accessToken, 'tok-1');
  // Unknown lifetime: the skew.
  now = NOW;
  const stored = source(token('stored', NOW + 20_000));
  now = NOW + 9_999;
  assert.equal((await stored.getToken()).accessToken, 'stored');
  now = NOW + 10_000;
  assert.equal((await stored.getToken()).accessToken, 'tok-1');
  assert.equal(sent.length, 3);
});

test('invalidate forgets only the token named; each new token is handed to onToken; a failed renewal can be retried', async () => {
  const seen: string[] = [];
  const { fetch, sent } = endpoint([json(200, TOKEN), json(500, {}), json(200, { ...TOKEN, access_token: 'tok-3' })]);
  const source = new S2STokenSource({
    ...CREDENTIALS,
    oauthBaseUrl: 'https://zoom.us',
    fetch,
    clock: () => NOW,
    initial: token('kept', NOW + 3600_000, NOW),
    onToken: (t) => seen.push(t.accessToken),
    sleep: async () => {
      throw new Error('no retry here');
    },
  });
  source.invalidate('another');
  assert.equal((await source.getToken()).accessToken, 'kept');
  source.invalidate('kept');
  assert.equal((await source.getToken()).accessToken, 'tok-1');
  source.invalidate('tok-1');
  await assert.rejects(source.getToken(), /no retry here/);
  assert.equal((await source.getToken()).accessToken, 'tok-3', 'the failed renewal is not kept in flight');
  assert.deepEqual(seen, ['tok-1', 'tok-3']);
  assert.equal(sent.length, 3);
});

test('an aborted caller gets a cancellation at once; one that stops waiting leaves no listener behind', async () => {
  const { fetch, sent } = endpoint([json(200, TOKEN)]);
  const source = new S2STokenSource({ ...CREDENTIALS, oauthBaseUrl: 'https://zoom.us', fetch });
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(source.getToken(aborted.signal), { name: 'AbortError' });
  assert.equal(sent.length, 0);
  const signal = new AbortController().signal;
  assert.equal((await source.getToken(signal)).accessToken, 'tok-1');
  assert.equal(getEventListeners(signal, 'abort').length, 0);
});

test('a pasted token: refused from its expiry on, or once rejected; without an expiry it never expires', async () => {
  let now = NOW;
  const pasted = new StaticTokenSource({ accessToken: 'pasted', expiresAt: NOW + 1000, clock: () => now });
  now = NOW + 999;
  assert.deepEqual(await pasted.getToken(), { accessToken: 'pasted', expiresAt: NOW + 1000 });
  now = NOW + 1000;
  const expired = await rejection(pasted.getToken());
  assert.ok(expired instanceof ZoomAuthError && expired.kind === 'pastedTokenExpired', String(expired));

  const open = new StaticTokenSource({ accessToken: 'open' });
  assert.deepEqual(await open.getToken(), { accessToken: 'open', expiresAt: Number.POSITIVE_INFINITY });
  open.invalidate('other');
  assert.equal((await open.getToken()).accessToken, 'open');
  open.invalidate('open');
  assert.ok((await rejection(open.getToken())) instanceof ZoomAuthError);
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(new StaticTokenSource({ accessToken: 'x' }).getToken(aborted.signal), { name: 'AbortError' });
});
