// The edges of the request path that the simulator cannot produce, over a scripted fetch (the
// FetchLike seam every caller may inject): how a failed exchange names its cause (undici nests the
// socket error), how an error body's fields are read, which rate-limit headers count as numbers,
// the debug line of each exchange, and the body-size cap at its exact bounds. In-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomApiError, ZoomNetworkError, ZoomResponseError } from '../../../src/zoom/errors';
import { createOfetch, MAX_BODY_BYTES, ZoomHttp, type FetchLike } from '../../../src/zoom/http';
import type { TokenSource } from '../../../src/zoom/types';
import { collectingLogger, rejection } from './sim';

const BASE = 'https://api.zoom.us/v2';
const tokens: TokenSource = {
  getToken: async () => ({ accessToken: 'test-token', expiresAt: Number.MAX_SAFE_INTEGER }),
  invalidate: () => undefined,
};

/** The clock's start: a reset time is believed only within 48 hours of it. */
const START = Date.UTC(2026, 11, 4, 12);

/** A client over `fetch`, with no retries, an instant sleep and a clock from START that moves 5 ms a call. */
function http(fetch: FetchLike, extra: { retries?: number } = {}) {
  const log = collectingLogger();
  let now = START;
  const client = new ZoomHttp({
    apiBaseUrl: BASE,
    tokenSource: tokens,
    fetch,
    logger: log,
    retries: extra.retries ?? 0,
    sleep: async () => undefined,
    clock: () => (now += 5),
    random: () => 0,
  });
  return { client, log };
}

const failing =
  (thrown: unknown): FetchLike =>
  async () => {
    throw thrown;
  };

/** An error with a `code`, as Node's socket errors carry one. */
const coded = (message: string, code: unknown, cause?: unknown) => Object.assign(new Error(message, { cause }), { code });

test('a failed exchange is named by the first string code down to four causes deep, else the inner message', async () => {
  const named = (name: string) => Object.assign(new Error('stopped'), { name });
  const cases: [unknown, string][] = [
    [new TypeError('fetch failed', { cause: coded('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED') }), 'ECONNREFUSED'],
    [coded('own', 'EOWN'), 'EOWN'],
    [new Error('0', { cause: new Error('1', { cause: new Error('2', { cause: coded('3', 'EDEEP') }) }) }), 'EDEEP'],
    [new Error('0', { cause: new Error('level 1', { cause: new Error('2', { cause: new Error('3', { cause: coded('4', 'ETOODEEP') }) }) }) }), 'level 1'],
    [new Error('0', { cause: coded('empty code', '', coded('2', 'ELATER')) }), 'ELATER'],
    [new Error('0', { cause: coded('socket hang up', 42) }), 'socket hang up'],
    [new TypeError('fetch failed', { cause: new Error('') }), 'connection failed'],
    [new TypeError('fetch failed', { cause: { message: 5 } }), 'connection failed'],
    [new TypeError('fetch failed'), 'connection failed'],
    ['a string', 'connection failed'],
    [undefined, 'connection failed'],
    [null, 'connection failed'],
    [named('TimeoutError'), 'timeout'],
    [named('AbortError'), 'cancelled'],
  ];
  for (const [thrown, cause] of cases) {
    const { client, log } = http(failing(thrown));
    const error = await rejection(client.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomNetworkError, `${cause}: ${String(error)}`);
    assert.equal(error.kind, 'network', cause);
    assert.deepEqual(error.params, ['GET /users', cause]);
    assert.deepEqual(log.lines, [`debug GET /users -> failed (${cause}) after 5 ms`]);
  }
});

test('a failed GET names its cause in the retry line', async () => {
  const { client, log } = http(failing(new TypeError('fetch failed', { cause: coded('reset', 'ECONNRESET') })), { retries: 1 });
  await rejection(client.request('GET', '/users', undefined));
  assert.ok(log.lines.includes('debug GET /users: ECONNRESET, retry 1 of 1 in 250 ms'), log.lines.join('\n'));
});

/** A fetch answering every request with this status, JSON body and headers. */
const replying =
  (status: number, body: unknown, headers: Record<string, string> = {}): FetchLike =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

test("an error body's code is a number or whole decimal text; its message text; its errors a list", async () => {
  const cases: [unknown, number | undefined, string, unknown][] = [
    [{ code: 1001, message: 'User does not exist: x.', errors: [{ field: 'a' }] }, 1001, 'User does not exist: x.', [{ field: 'a' }]],
    [{ code: '1001', message: 'm' }, 1001, 'm', undefined],
    [{ code: '10a1', message: 'm' }, undefined, 'm', undefined],
    [{ code: '', message: 'm' }, undefined, 'm', undefined],
    [{ code: true, message: 5, errors: 'x' }, undefined, '', undefined],
    [{ code: [1001], errors: { a: 1 } }, undefined, '', undefined],
  ];
  for (const [body, code, message, errors] of cases) {
    const { client } = http(replying(404, body));
    const error = await rejection(client.request('GET', '/users/x', undefined));
    assert.ok(error instanceof ZoomApiError, `${JSON.stringify(body)}: ${String(error)}`);
    assert.equal(error.code, code, JSON.stringify(body));
    assert.equal(error.zoomMessage, message, JSON.stringify(body));
    assert.deepEqual(error.errors, errors, JSON.stringify(body));
  }
});

test('a 4xx body that is JSON but not an object is a bad reply, not a Zoom error', async () => {
  for (const body of ['[{"code":1001}]', 'null', '1001', '"1001"']) {
    const { client } = http(replying(404, body));
    const error = await rejection(client.request('GET', '/users/x', undefined));
    assert.ok(error instanceof ZoomResponseError && error.kind === 'badJson', `${body}: ${String(error)}`);
  }
});

test('X-RateLimit-Limit and -Remaining count only as whole decimal numbers', async () => {
  const learned = async (headers: Record<string, string>) => {
    const { client } = http(replying(200, {}, headers));
    await client.request('GET', '/users', undefined);
    return { limit: client.scheduler.perSecondLimit, slowed: client.scheduler.slowedDown };
  };
  assert.deepEqual(await learned({ 'X-RateLimit-Limit': '7' }), { limit: 7, slowed: false });
  assert.deepEqual(await learned({ 'X-RateLimit-Limit': '7.9' }), { limit: undefined, slowed: false });
  assert.deepEqual(await learned({ 'X-RateLimit-Limit': '7x' }), { limit: undefined, slowed: false });
  assert.deepEqual(await learned({ 'X-RateLimit-Limit': 'x7' }), { limit: undefined, slowed: false });
  assert.deepEqual(await learned({ 'X-RateLimit-Remaining': '2' }), { limit: undefined, slowed: true });
  assert.deepEqual(await learned({ 'X-RateLimit-Remaining': '-2' }), { limit: undefined, slowed: false });
  assert.deepEqual(await learned({ 'X-RateLimit-Remaining': '2 2' }), { limit: undefined, slowed: false });
  assert.deepEqual(await learned({}), { limit: undefined, slowed: false });
});

test('a daily 429 takes its reset time from X-RateLimit-Reset (epoch seconds) when no Retry-After says', async () => {
  const resetSeconds = START / 1000 + 3600;
  const { client } = http(
    replying(429, { code: 429, message: 'You have reached the maximum daily rate limit for this API.' }, { 'X-RateLimit-Reset': String(resetSeconds) }),
  );
  const error = await rejection(client.request('GET', '/users', undefined));
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.rateLimitType, 'Daily-limit');
  assert.equal(error.resetAt, resetSeconds * 1000);
});

test('the debug line: method, path and query relative to the base, status, time and tracking id', async () => {
  const lines: string[] = [];
  const logger = { ...collectingLogger(), debug: (m: string) => lines.push(m) };
  let now = 0;
  const fetch: FetchLike = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('fail')) throw new TypeError('fetch failed', { cause: coded('x', 'ENOTFOUND') });
    return new Response('{}', { status: url.includes('tracked') ? 201 : 200, headers: url.includes('tracked') ? { 'x-zm-trackingid': 'v=2.0;rid=7' } : {} });
  };
  const $fetch = createOfetch(fetch, { logger, clock: () => (now += 3) });
  await $fetch.raw('/users', { baseURL: `${BASE}//`, query: { status: 'active' } });
  await $fetch.raw('/tracked', { baseURL: BASE, method: 'POST' });
  await $fetch.raw(`${BASE}/users/me`);
  await $fetch.raw(new Request('https://eu01api-www4local.zoom.us/v2/groups?page_size=300'));
  await $fetch.raw('relative/path');
  await $fetch.raw('https://eu01api-www4local.zoom.us/v2/roles', { baseURL: BASE });
  await $fetch.raw('/fail', { baseURL: BASE }).catch(() => undefined);
  assert.deepEqual(lines, [
    'GET /users?status=active -> 200 in 3 ms',
    'POST /tracked -> 201 in 3 ms (tracking id v=2.0;rid=7)',
    'GET /v2/users/me -> 200 in 3 ms',
    'GET /v2/groups?page_size=300 -> 200 in 3 ms',
    'GET relative/path -> 200 in 3 ms',
    'GET /v2/roles -> 200 in 3 ms',
    'GET /fail -> failed (ENOTFOUND) after 3 ms',
  ]);
});

/** A reply streamed in chunks of `chunk` bytes up to `total`, noting whether it was cancelled. */
function streamed(total: number, options: { declared?: number; status?: number; cancelThrows?: boolean } = {}) {
  const state = { cancelled: false };
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  const fetch: FetchLike = async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        const n = Math.min(chunk.byteLength, total - sent);
        sent += n;
        controller.enqueue(chunk.subarray(0, n));
      },
      cancel() {
        state.cancelled = true;
        if (options.cancelThrows) throw new Error('cancel failed');
      },
    });
    const headers: Record<string, string> = options.declared === undefined ? {} : { 'content-length': String(options.declared) };
    return new Response(body, { status: options.status ?? 200, statusText: 'Fine', headers });
  };
  return { fetch, state };
}

test('a body of exactly the cap is read whole; one byte more is refused and the stream cancelled', async () => {
  const exact = streamed(MAX_BODY_BYTES);
  const text = await http(exact.fetch).client.getText('/users');
  assert.equal(text.length, MAX_BODY_BYTES);
  assert.equal(exact.state.cancelled, false);

  const byteMore = await rejection(http(streamed(MAX_BODY_BYTES + 1).fetch).client.request('GET', '/users', undefined));
  assert.ok(byteMore instanceof ZoomResponseError && byteMore.kind === 'tooLarge', String(byteMore));

  // Far longer than the cap: the stream is still open when the cap is passed.
  for (const cancelThrows of [false, true]) {
    const over = streamed(MAX_BODY_BYTES + 4 * 1024 * 1024, { cancelThrows });
    const { client, log } = http(over.fetch);
    const error = await rejection(client.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomResponseError && error.kind === 'tooLarge', String(error));
    assert.equal(over.state.cancelled, true, 'the rest of the body is not read');
    assert.deepEqual(log.lines, [`debug GET /users -> failed (reply body over ${MAX_BODY_BYTES} bytes) after 5 ms`]);
  }
});

test('a declared length over the cap is refused unread; a declared length of exactly the cap is not', async () => {
  for (const cancelThrows of [false, true]) {
    const declared = streamed(10, { declared: MAX_BODY_BYTES + 1, status: 404, cancelThrows });
    const error = await rejection(http(declared.fetch).client.request('GET', '/users', undefined));
    assert.ok(error instanceof ZoomResponseError && error.kind === 'tooLarge', String(error));
    assert.equal(error.httpStatus, 404, 'the status of the refused reply');
    assert.equal(declared.state.cancelled, true);
  }
  // A lying Content-Length (fetch would refuse a short body, so the test's fetch hands over a fresh one).
  const fetch: FetchLike = async () =>
    new Response(new Blob(['{"ok":true}']).stream(), { status: 201, statusText: 'Created', headers: { 'content-length': String(MAX_BODY_BYTES) } });
  const result = await http(fetch).client.request('GET', '/users', undefined);
  assert.equal(result.status, 201);
  assert.deepEqual(result.body.json(), { ok: true });
});

test('a reply without a body is an empty text, with its status', async () => {
  const { client } = http(async () => new Response(null, { status: 204 }));
  const result = await client.request('GET', '/users', undefined);
  assert.equal(result.status, 204);
  assert.equal(result.body.text, '');
  assert.equal(await http(async () => new Response(null, { status: 200 })).client.getText('/users'), '');
});
