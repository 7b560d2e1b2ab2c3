// The request policy of ZoomHttp over a scripted fetch, in-process: what each status leads to
// (success, redirect refused, one token renewal, per-second or daily 429, 5xx retries, a bad
// reply), which methods are retried, the waits asked for, the regional base URL, cancellation;
// and the exported wait and header helpers at their bounds. The simulator suites (http.test.ts)
// show the same rules against real HTTP; these make each rule cheap to check under mutation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomApiError, ZoomNetworkError, ZoomResponseError } from '../../../src/zoom/errors';
import { jsonObject, parseRetryAfter, rateLimitBackoffMs, ReplyBody, retryAfterAt, serverBackoffMs, ZoomHttp, type FetchLike } from '../../../src/zoom/http';
import type { AccessToken, TokenSource } from '../../../src/zoom/types';
import { neverAnswers, rejection } from './sim';

const BASE = 'https://api.zoom.us/v2';
const NOW = Date.UTC(2026, 11, 4, 12);

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

type Reply = Response | (() => Response) | { throws: unknown };

/** A ZoomHttp over scripted replies (the last one repeats), with recorded waits and token renewals. */
function scripted(replies: Reply[], extra: Partial<ConstructorParameters<typeof ZoomHttp>[0]> = {}, tokens: AccessToken[] = []) {
  const sent: Sent[] = [];
  const waits: number[] = [];
  const invalidated: string[] = [];
  let issued = 0;
  const tokenSource: TokenSource = {
    getToken: async () => tokens[Math.min(issued, tokens.length - 1)] ?? { accessToken: `tok-${issued}`, expiresAt: Number.MAX_SAFE_INTEGER },
    invalidate: (t) => {
      invalidated.push(t);
      issued++;
    },
  };
  const fetch: FetchLike = async (input, init) => {
    sent.push({ url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init });
    const reply = replies[Math.min(sent.length, replies.length) - 1];
    if ('throws' in reply) throw reply.throws;
    return typeof reply === 'function' ? reply() : reply.clone();
  };
  const http = new ZoomHttp({
    apiBaseUrl: BASE,
    tokenSource,
    fetch,
    clock: () => NOW,
    random: () => 0,
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  });
  return { http, sent, waits, invalidated };
}

const reply = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

test('a GET sends the bearer token and asks for JSON, follows no redirect, and returns any 2xx', async () => {
  for (const status of [200, 201, 299]) {
    const { http, sent } = scripted([reply(status, { ok: status })]);
    const result = await http.request('GET', '/users/me', undefined);
    assert.equal(result.status, status);
    assert.deepEqual(result.body.json(), { ok: status });
    const headers = new Headers(sent[0].init?.headers);
    assert.equal(headers.get('authorization'), 'Bearer tok-0');
    assert.equal(headers.get('accept'), 'application/json');
    assert.equal(sent[0].init?.redirect, 'manual');
    assert.equal(sent[0].init?.method, 'GET');
  }
});

test('getObject and getText ask with GET and name the endpoint for the validators', async () => {
  const { http, sent } = scripted([reply(200, { id: 'me' }, { 'x-zm-trackingid': 'rid-3' })]);
  assert.deepEqual(await http.getObject('/users/me', { a: 1 }), {
    body: { id: 'me' },
    at: { endpoint: 'GET /users/me', status: 200, trackingId: 'rid-3' },
  });
  assert.equal(await http.getText('/users/me'), '{"id":"me"}');
  assert.deepEqual(
    sent.map((s) => [s.init?.method, s.url]),
    [
      ['GET', `${BASE}/users/me?a=1`],
      ['GET', `${BASE}/users/me`],
    ],
  );
  const badJson = await rejection(scripted([reply(200, 'not json')]).http.getObject('/users/me'));
  assert.ok(badJson instanceof ZoomResponseError && badJson.kind === 'badJson', String(badJson));
});

test('every 3xx is refused as a redirect, whatever its body; a 400 is an API error', async () => {
  for (const status of [300, 302, 399]) {
    const error = await rejection(scripted([reply(status, { code: 124 }, { location: 'https://evil.example/' })]).http.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomResponseError && error.kind === 'redirected', `${status}: ${String(error)}`);
    assert.equal(error.httpStatus, status);
  }
  const error = await rejection(scripted([reply(400, { code: 300, message: 'Bad' })]).http.request('GET', '/users', undefined));
  assert.ok(error instanceof ZoomApiError && error.httpStatus === 400, String(error));
});

test('a 401, or code 124 in any status, renews the token once; a second rejection is the error', async () => {
  for (const rejected of [reply(401, { message: 'Invalid access token.' }), reply(400, { code: 124, message: 'Invalid access token.' })]) {
    const { http, sent, invalidated } = scripted([rejected, reply(200, { ok: true })]);
    assert.deepEqual((await http.request('POST', '/users', undefined)).body.json(), { ok: true });
    assert.deepEqual(invalidated, ['tok-0']);
    assert.equal(new Headers(sent[1].init?.headers).get('authorization'), 'Bearer tok-1');

    const twice = scripted([rejected]);
    const error = await rejection(twice.http.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomApiError, String(error));
    assert.equal(twice.sent.length, 2);
    assert.deepEqual(twice.invalidated, ['tok-0']);
  }
  const other = scripted([reply(403, { code: 123, message: 'No.' })]);
  assert.ok((await rejection(other.http.request('GET', '/users', undefined))) instanceof ZoomApiError);
  assert.deepEqual(other.invalidated, [], 'another 4xx renews nothing');
});

test('a per-second 429 (by status or by code) is retried rateLimitRetries times with growing waits', async () => {
  for (const limited of [reply(429, { code: 429, message: 'Too many requests.' }), reply(400, { code: 429, message: 'Too many requests.' })]) {
    const { http, sent, waits } = scripted([limited], { rateLimitRetries: 2 });
    const error = await rejection(http.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomApiError, String(error));
    assert.equal(error.rateLimitType, 'QPS');
    assert.equal(error.code, 429);
    assert.equal(sent.length, 3);
    assert.deepEqual(waits, [500, 1000]);
  }
  const noBody = scripted([reply(429, ''), reply(200)], { rateLimitRetries: 0 });
  const error = await rejection(noBody.http.request('GET', '/users', undefined));
  assert.ok(error instanceof ZoomApiError && error.code === 429 && error.zoomMessage === '', String(error));
});

test('a 429 is daily, and stops at once, by its type header, its message, or a Retry-After beyond the maximum', async () => {
  const cases: [Response, number | undefined][] = [
    [reply(429, { code: 429, message: 'Slow down' }, { 'X-RateLimit-Type': 'Daily-limit' }), undefined],
    [reply(429, { code: 429, message: 'You have reached the maximum DAILY rate limit' }), undefined],
    [reply(429, { code: 4290, message: 'Slow down' }, { 'Retry-After': '11' }), NOW + 11_000],
  ];
  for (const [limited, resetAt] of cases) {
    const { http, sent } = scripted([limited, reply(200)], { maxRetryAfterMs: 10_000 });
    const error = await rejection(http.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomApiError, String(error));
    assert.equal(error.rateLimitType, 'Daily-limit');
    assert.equal(error.resetAt, resetAt);
    assert.equal(sent.length, 1);
  }
  assert.equal(
    ((await rejection(scripted([cases[2][0]], { maxRetryAfterMs: 10_000 }).http.request('GET', '/users', undefined))) as ZoomApiError).code,
    4290,
    "the body's code is kept",
  );
  const atMax = scripted([reply(429, {}, { 'Retry-After': '10' }), reply(200)], { maxRetryAfterMs: 10_000 });
  assert.equal((await atMax.http.request('GET', '/users', undefined)).status, 200);
  assert.deepEqual(atMax.waits, [10_000], 'a Retry-After of exactly the maximum is waited for');
});

test('a 5xx is retried on GET and HEAD `retries` times with doubling waits; not on POST; then the server error', async () => {
  for (const method of ['GET', 'HEAD']) {
    const { http, sent, waits } = scripted([reply(503, '<html>busy</html>')], { retries: 2 });
    const error = await rejection(http.request(method, '/users', undefined));
    assert.ok(error instanceof ZoomApiError && error.httpStatus === 503, `${method}: ${String(error)}`);
    assert.equal(sent.length, 3, method);
    assert.deepEqual(waits, [250, 500]);
  }
  const post = scripted([reply(500, '<html>oops</html>')], { retries: 2 });
  const error = await rejection(post.http.request('POST', '/users', undefined));
  assert.ok(error instanceof ZoomApiError && error.httpStatus === 500, `a 500 that is not JSON is still the server's error: ${String(error)}`);
  assert.equal(post.sent.length, 1);
  const recovered = scripted([reply(500), reply(200, { ok: 1 })], { retries: 1 });
  assert.deepEqual((await recovered.http.request('GET', '/users', undefined)).body.json(), { ok: 1 });
  const clientError = scripted([reply(499, '<html>')], { retries: 2 });
  const bad = await rejection(clientError.http.request('GET', '/users', undefined));
  assert.ok(bad instanceof ZoomResponseError && bad.kind === 'badJson', String(bad));
  assert.equal(clientError.sent.length, 1, 'a 4xx is not retried');
});

test('a connection failure is retried on GET only; a timeout is named in whole seconds', async () => {
  const refused = { throws: new TypeError('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }) };
  const get = scripted([refused], { retries: 1 });
  const error = await rejection(get.http.request('GET', '/users', undefined));
  assert.ok(error instanceof ZoomNetworkError && error.kind === 'network', String(error));
  assert.equal(get.sent.length, 2);
  const post = scripted([refused], { retries: 1 });
  await rejection(post.http.request('PATCH', '/users/x', undefined));
  assert.equal(post.sent.length, 1);

  const slow = new ZoomHttp({
    apiBaseUrl: BASE,
    tokenSource: { getToken: async () => ({ accessToken: 't', expiresAt: Number.MAX_SAFE_INTEGER }), invalidate: () => undefined },
    fetch: neverAnswers,
    timeoutMs: 100,
    retries: 0,
  });
  const timedOut = await rejection(slow.request('GET', '/users', undefined));
  assert.ok(timedOut instanceof ZoomNetworkError && timedOut.kind === 'timeout', String(timedOut));
  assert.deepEqual(timedOut.params, ['GET /users', '0']);
});

test('a cancelled caller: nothing is sent once aborted, and a failure after the abort is the cancellation', async () => {
  const aborted = new AbortController();
  aborted.abort();
  const before = scripted([reply(200)]);
  assert.equal(((await rejection(before.http.request('GET', '/users', undefined, aborted.signal))) as Error).name, 'AbortError');
  assert.equal(before.sent.length, 0);

  for (const method of ['GET', 'POST']) {
    const controller = new AbortController();
    const during = scripted([
      () => {
        controller.abort();
        throw new TypeError('fetch failed');
      },
    ]);
    // The abort comes while the exchange fails: the caller hears of the cancellation, not of the failure.
    const error = await rejection(during.http.request(method, '/users', undefined, controller.signal));
    assert.equal((error as Error).name, 'AbortError', method);
    assert.equal(during.sent.length, 1);
  }
});

test('each retry is logged with its reason: a renewal, a rate limit, a server error, a timeout', async () => {
  const lines = async (replies: Reply[], extra: Partial<ConstructorParameters<typeof ZoomHttp>[0]> = {}) => {
    const logged: string[] = [];
    const logger = {
      trace: () => undefined,
      debug: (m: string) => logged.push(`debug ${m}`),
      info: (m: string) => logged.push(`info ${m}`),
      warn: () => undefined,
      error: () => undefined,
    };
    await scripted(replies, { logger, ...extra })
      .http.request('GET', '/users', undefined)
      .catch(() => undefined);
    return logged.filter((l) => !l.includes(' -> '));
  };
  assert.deepEqual(await lines([reply(401), reply(200)]), ['debug GET /users: token rejected, renewing once']);
  assert.deepEqual(await lines([reply(429), reply(200)]), ['info GET /users: rate limited, retry 1 in 500 ms']);
  assert.deepEqual(await lines([reply(503), reply(200)]), ['debug GET /users: HTTP 503, retry 1 of 3 in 250 ms']);
  assert.deepEqual(await lines([reply(200)], { fetch: neverAnswers, timeoutMs: 50, retries: 1 }), ['debug GET /users: timeout, retry 1 of 1 in 250 ms']);
});

test("the base URL follows the token's trusted regional api_url, and changes back with the token", async () => {
  const tokens: AccessToken[] = [
    { accessToken: 'a', expiresAt: Number.MAX_SAFE_INTEGER, apiUrl: 'https://eu01api-www4local.zoom.us' },
    { accessToken: 'b', expiresAt: Number.MAX_SAFE_INTEGER },
  ];
  const { http, sent } = scripted([reply(200), reply(200), reply(401), reply(200)], {}, tokens);
  await http.request('GET', '/users', undefined);
  await http.request('GET', '/users', undefined);
  await http.request('GET', '/users', undefined);
  assert.deepEqual(
    sent.map((s) => s.url),
    ['https://eu01api-www4local.zoom.us/v2/users', 'https://eu01api-www4local.zoom.us/v2/users', 'https://eu01api-www4local.zoom.us/v2/users', `${BASE}/users`],
  );
});

test('without an injected sleep or logger the policy still runs; a low budget paces with the injected sleep', async () => {
  const plain = new ZoomHttp({
    apiBaseUrl: BASE,
    tokenSource: { getToken: async () => ({ accessToken: 't', expiresAt: Number.MAX_SAFE_INTEGER }), invalidate: () => undefined },
    fetch: (() => {
      let n = 0;
      return async () => (n++ === 0 ? reply(429, {}, { 'Retry-After': '0' }) : reply(200));
    })(),
    random: () => 0,
  });
  assert.equal((await plain.request('GET', '/users', undefined)).status, 200);

  const { http, waits } = scripted([reply(200, {}, { 'X-RateLimit-Remaining': '1' })]);
  for (let i = 0; i < 3; i++) await http.request('GET', '/users', undefined);
  assert.deepEqual(waits, [250], 'the third start (after a low reply set the pace) waited the gap, through the injected sleep');
});

test('parseRetryAfter: whole seconds (spaces allowed) or a date; anything else is none', () => {
  assert.equal(parseRetryAfter('120', NOW), NOW + 120_000);
  assert.equal(parseRetryAfter(' 5 ', NOW), NOW + 5_000);
  assert.equal(parseRetryAfter('Fri, 04 Dec 2026 12:00:30 GMT', NOW), NOW + 30_000);
  assert.equal(parseRetryAfter('2026-12-04T12:01:00Z', NOW), NOW + 60_000);
  for (const none of [undefined, '', 'soon', '5 s']) assert.equal(parseRetryAfter(none, NOW), undefined, String(none));
  assert.equal(parseRetryAfter('1.5', NOW), Date.parse('1.5'), 'not whole seconds: read as a date, as Date.parse does');
});

test('a Retry-After is believed up to 48 hours ahead, and not a moment more', () => {
  const at = (value: string) => retryAfterAt(new Response(null, { headers: { 'Retry-After': value } }), NOW);
  assert.equal(at(String(48 * 3600)), NOW + 48 * 3600_000);
  assert.equal(at(String(48 * 3600 + 1)), undefined);
  assert.equal(at('0'), NOW);
  assert.equal(at('Sat, 01 Jan 2000 00:00:00 GMT'), Date.UTC(2000, 0, 1), 'a past date is believed (it means now)');
  assert.equal(retryAfterAt(new Response(null), NOW), undefined);
});

test('the waits: server time plus up to 250 ms, else 1 s doubling to 8 s for a 429 and 0.5 s doubling to 4 s for a 5xx, jittered down to half', () => {
  assert.equal(
    rateLimitBackoffMs(0, NOW + 1000, NOW, () => 1),
    1250,
  );
  assert.equal(
    rateLimitBackoffMs(0, NOW + 1000, NOW, () => 0.5),
    1125,
  );
  assert.equal(
    rateLimitBackoffMs(3, NOW - 5000, NOW, () => 0.2),
    50,
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((a) => rateLimitBackoffMs(a, undefined, NOW, () => 0.5)),
    [750, 1500, 3000, 6000, 6000],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((a) => rateLimitBackoffMs(a, undefined, NOW, () => 1)),
    [1000, 2000, 4000, 8000, 8000],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((f) => serverBackoffMs(f, () => 0.25)),
    [313, 625, 1250, 2500, 2500],
  );
});

test('jsonObject: a JSON object from text or a reply body; anything else is none', () => {
  assert.deepEqual(jsonObject('{"a":1}'), { a: 1 });
  assert.deepEqual(jsonObject(new ReplyBody('{"b":2}')), { b: 2 });
  for (const none of ['[1]', 'null', '7', '"x"', '{"a":', '']) assert.equal(jsonObject(none), undefined, none);
  assert.equal(jsonObject(new ReplyBody('[{"a":1}]')), undefined);
});
