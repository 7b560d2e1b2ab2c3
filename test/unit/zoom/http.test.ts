// The request path under failure: token renewal, 429 in both forms, 5xx and resets, truncated
// bodies, timeouts, cancellation, and the error table of docs/zoom-api-facts.md §Errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomApiError, ZoomNetworkError, ZoomResponseError, isCancellation } from '../../../src/zoom/errors';
import { ZoomHttp } from '../../../src/zoom/http';
import { ACME, GLOBEX, apiRequests, clientFor, rejection, tokenRequests, simPerFile } from './sim';

const sim = simPerFile();

const USERS = '/v2/users';

/**
 * A reply held back far longer than the client waits (its timeout is 100 ms, a cancel comes at
 * 50 ms), yet short, so each mutant that runs this file costs little.
 */
const SLOW_REPLY_MS = 400;

/**
 * The simulator logs a request when it answers it, so requests a test gave up on (held back
 * SLOW_REPLY_MS) would otherwise land in the request log of whichever test runs next.
 */
const abandonedAnswered = () => new Promise((resolve) => setTimeout(resolve, SLOW_REPLY_MS + 200));

test('expired tokens (401 code 124): one renewal, one retry, success', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const first = await client.userSummary();
  assert.ok(first.total_users_count && first.total_users_count > 0);
  await sim.expireTokens();
  await sim.clearRequests();
  const summary = await client.userSummary();
  assert.deepEqual(summary, first, 'the retried reply is the summary');
  const requests = await sim.requests();
  assert.deepEqual(
    requests.map((r) => [r.path, r.status]),
    [
      ['/v2/users/summary', 401],
      ['/oauth/token', 200],
      ['/v2/users/summary', 200],
    ],
  );
});

test('two 400s with code 124 end as a rejected token after one renewal', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await client.userSummary();
  await sim.clearRequests();
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'status', status: 400, body: { code: 124, message: 'Invalid access token.' } } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.kind, 'tokenRejected');
  assert.equal(error.httpStatus, 400);
  assert.deepEqual(
    (await sim.requests()).map((r) => [r.path, r.status]),
    [
      [USERS, 400],
      ['/oauth/token', 200],
      [USERS, 400],
    ],
  );
});

test('code 124 in a 400 body also renews; a token rejected twice fails without a loop', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'status', status: 400, body: { code: 124, message: 'Invalid access token.' } } });
  await client.listUsers({}).page();
  assert.equal(await tokenRequests(sim), 2);

  await sim.clearRequests();
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'expire-token' } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.code, 124);
  assert.equal(error.kind, 'tokenRejected');
  assert.equal((await apiRequests(sim, USERS)).length, 2);
  assert.equal(await tokenRequests(sim), 1);
});

test('429 with Retry-After in seconds waits that long (plus jitter), then succeeds', async () => {
  const { client, sleeps } = await clientFor(sim, GLOBEX, { random: () => 0 });
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'rate-limit', type: 'QPS', retryAfter: '2' } });
  const page = await client.listUsers({}).page();
  assert.ok(page.items.length > 0);
  assert.deepEqual(sleeps, [2000]);
  assert.deepEqual(
    (await apiRequests(sim, USERS)).map((r) => r.status),
    [429, 200],
  );
});

test('429 with a near HTTP date waits until it; a far date is a daily limit that says when it resets', async () => {
  let now = Date.parse('2026-03-01T10:00:00Z');
  const { client, sleeps } = await clientFor(sim, GLOBEX, { clock: () => now, random: () => 1, token: { clock: () => now } });
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'rate-limit', type: 'QPS', retryAfter: new Date(now + 3000).toUTCString() } });
  await client.listUsers({}).page();
  assert.deepEqual(sleeps, [3000 + 250], 'until the date, plus at most 250 ms of jitter');

  now += 10_000;
  await sim.clearRequests();
  const reset = '2026-03-02T00:00:00Z';
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'rate-limit', type: 'Daily-limit', retryAfter: reset } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.kind, 'dailyLimit');
  assert.equal(error.rateLimitType, 'Daily-limit');
  assert.equal(error.resetAt, Date.parse(reset));
  assert.ok(error.friendly.includes('2026-03-02T00:00:00.000Z'), error.friendly);
  assert.equal((await apiRequests(sim, USERS)).length, 1, 'a daily limit is not retried');
});

test('a 429 whose X-RateLimit-Type says daily stops at once, with a near or no Retry-After', async () => {
  const { client, sleeps } = await clientFor(sim, GLOBEX);
  for (const [retryAfter, kind] of [
    ['1', 'dailyLimit'],
    [undefined, 'dailyLimitUnknownReset'],
  ] as const) {
    await sim.reset();
    // The body does not say "daily": the header alone must decide.
    const headers: Record<string, string> = { 'X-RateLimit-Type': 'Daily-limit', ...(retryAfter ? { 'Retry-After': retryAfter } : {}) };
    await sim.addFault({
      match: { path: USERS },
      times: 0,
      action: { kind: 'status', status: 429, body: { code: 429, message: 'Too many requests.' }, headers },
    });
    const error = await rejection(client.listUsers({}).page());
    assert.ok(error instanceof ZoomApiError, String(error));
    assert.equal(error.kind, kind, `Retry-After ${retryAfter ?? 'absent'}`);
    assert.equal(error.rateLimitType, 'Daily-limit');
    assert.equal((await apiRequests(sim, USERS)).length, 1, 'not retried');
  }
  assert.deepEqual(sleeps, []);
});

test('a per-second 429 asking to wait 120 s stops and says when to try again', async () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  const { client, sleeps } = await clientFor(sim, GLOBEX, { clock: () => now, token: { clock: () => now } });
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'rate-limit', type: 'QPS', retryAfter: '120' } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.kind, 'dailyLimit');
  assert.equal(error.resetAt, now + 120_000);
  assert.equal((await apiRequests(sim, USERS)).length, 1, 'not retried');
  assert.deepEqual(sleeps, []);
});

test('429 without Retry-After backs off with jitter a bounded number of times', async () => {
  const { client, sleeps } = await clientFor(sim, GLOBEX, { random: () => 0.5 });
  await sim.addFault({
    match: { path: USERS },
    times: 0,
    action: { kind: 'status', status: 429, body: { code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' } },
  });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.kind, 'rateLimited');
  assert.equal((await apiRequests(sim, USERS)).length, 5, 'first try plus 4 retries');
  assert.deepEqual(sleeps, [750, 1500, 3000, 6000]);
});

test('5xx on GET is retried with a backoff that doubles, then succeeds', async () => {
  const { client, sleeps } = await clientFor(sim, GLOBEX, { random: () => 0 });
  await sim.addFault({ match: { path: USERS }, times: 3, action: { kind: 'status', status: 503, body: { code: 503, message: 'busy' } } });
  const page = await client.listUsers({}).page();
  assert.ok(page.items.length > 0);
  assert.deepEqual(
    (await apiRequests(sim, USERS)).map((r) => r.status),
    [503, 503, 503, 200],
  );
  // 500, 1000, 2000 ms, each jittered down to its lower half (random() = 0).
  assert.deepEqual(sleeps, [250, 500, 1000]);
});

test('persistent 5xx gives up after the retries with a server-error sentence', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'status', status: 502, body: '<html>Bad gateway</html>' } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.kind, 'serverError');
  assert.equal(error.httpStatus, 502);
  assert.equal((await apiRequests(sim, USERS)).length, 4);
});

test('a reset connection is retried on GET; a persistent one is a network error', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'reset' } });
  assert.ok((await client.listUsers({}).page()).items.length > 0);

  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'reset' } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomNetworkError, String(error));
  assert.equal(error.kind, 'network');
  assert.match(error.message, /GET \/users/);
  assert.match(error.params[1], /^(ECONNRESET|UND_ERR_SOCKET)$/, 'the socket error code from the nested cause');
});

test('truncated JSON is a clear error naming endpoint and status, never an empty list', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'truncate' } });
  const error = await rejection(client.listUsers({ status: 'active' }).all());
  assert.ok(error instanceof ZoomResponseError, String(error));
  assert.equal(error.kind, 'badJson');
  assert.equal(error.httpStatus, 200);
  assert.match(error.message, /not valid JSON for GET \/users \(HTTP 200\)/);
});

test('a reply slower than the timeout is retried, then reported as a timeout', async () => {
  const { client } = await clientFor(sim, GLOBEX, { timeoutMs: 100 });
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'delay', ms: SLOW_REPLY_MS } });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomNetworkError, String(error));
  assert.equal(error.kind, 'timeout');
  assert.match(error.friendly, /did not answer GET \/users within 0 seconds/, 'the timeout in whole seconds (100 ms rounds to 0)');
  await abandonedAnswered();
});

test('an AbortSignal cancels a request in flight, without retrying', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await client.userSummary();
  await sim.clearRequests();
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'delay', ms: SLOW_REPLY_MS } });
  const controller = new AbortController();
  const pending = client.listUsers({}).page(undefined, controller.signal);
  setTimeout(() => controller.abort(), 50);
  const error = await rejection(pending);
  assert.ok(isCancellation(error), String(error));
  const already = new AbortController();
  already.abort();
  assert.ok(isCancellation(await rejection(client.getUser('x', { signal: already.signal }))));
  await abandonedAnswered();
  assert.equal((await apiRequests(sim, USERS)).length, 1, 'the cancelled request was sent once, never retried');
  assert.equal((await apiRequests(sim, '/v2/users/x')).length, 0, 'an already cancelled request is never sent');
});

test('every documented Zoom error code gets its friendly sentence; none is retried', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const cases: [number, number, string, string, RegExp][] = [
    [400, 200, 'Only available for Paid account', 'paidAccountOnly', /paid Zoom account/],
    [400, 300, 'Validation Failed.', 'invalidRequest', /Validation Failed/],
    [400, 1010, 'Group does not belong to your account.', 'groupNotInAccount', /does not belong/],
    [400, 1034, 'Provided role_id does not exist.', 'roleNotFound', /Role .* does not exist/],
    [400, 1120, 'A valid invitation to join the Zoom account was not found for this user.', 'invitationNotFound', /Invite the user again/],
    [404, 2001, 'Account does not exist: x.', 'accountNotFound', /Account .* does not exist/],
    [400, 2300, 'This API endpoint is not recognized.', 'endpointUnknown', /zoomAdmin\.apiBaseUrl/],
    [400, 4700, 'Invalid access token, does not contain role:read:admin scope', 'missingScopes', /role:read:admin/],
    [403, 0, 'Access to the Zoom REST API has been denied for this account. Contact Zoom Support.', 'apiAccessDenied', /Contact Zoom Support/],
  ];
  for (const [status, code, message, kind, friendly] of cases) {
    await sim.reset();
    const errors = code === 300 ? [{ field: 'status', message: 'Invalid field.' }] : undefined;
    const body = code ? { code, message, errors } : { message };
    await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'status', status, body } });
    const error = await rejection(client.listUsers({}).page());
    assert.ok(error instanceof ZoomApiError, `${code}: ${String(error)}`);
    assert.equal(error.kind, kind, `code ${code}`);
    assert.equal(error.httpStatus, status);
    assert.match(error.trackingId ?? '', /^v=2\.0;.*rid=/, 'the x-zm-trackingid header is kept');
    assert.match(error.friendly, friendly);
    assert.ok(error.message.includes(`tracking id ${error.trackingId}`), error.message);
    assert.equal((await apiRequests(sim, USERS)).length, 1, `code ${code} is not retried`);
    assert.deepEqual(error.errors, errors, 'validation details are kept');
  }
});

test('headers are read case-insensitively (lower-case Retry-After and tracking id)', async () => {
  const { client, sleeps } = await clientFor(sim, ACME, { random: () => 0 });
  await sim.addFault({
    match: { path: USERS },
    times: 1,
    action: { kind: 'status', status: 429, body: { code: 429, message: 'slow down' }, headers: { 'retry-after': '1', 'X-ZM-TRACKINGID': 'abc' } },
  });
  await client.listUsers({}).page();
  assert.deepEqual(sleeps, [1000]);
  await sim.addFault({
    match: { path: USERS },
    times: 1,
    action: { kind: 'status', status: 404, body: { code: 1001, message: 'nope' }, headers: { 'X-ZM-TRACKINGID': 'v=2.0;abc' } },
  });
  const error = await rejection(client.listUsers({}).page());
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.trackingId, 'v=2.0;abc', 'an upper-case X-ZM-TRACKINGID is read');
});

test('each retry is logged with its reason and wait; a past Retry-After waits only the jitter', async () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  const { client, sleeps, log } = await clientFor(sim, GLOBEX, { clock: () => now, random: () => 0.5, token: { clock: () => now } });
  await client.userSummary();
  await sim.expireTokens();
  await sim.addFault({
    match: { path: USERS },
    times: 1,
    action: { kind: 'status', status: 429, body: { code: 429, message: 'slow down' }, headers: { 'Retry-After': new Date(now - 5000).toUTCString() } },
  });
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'status', status: 503, body: { code: 503, message: 'busy' } } });
  await client.listUsers({}).page();
  assert.deepEqual(sleeps, [125, 375]);
  const lines = log.lines.filter((l) => !/ -> \d{3} in /.test(l) && !l.includes('oauth'));
  assert.deepEqual(
    lines.filter((l) => l.includes('GET /users:')),
    [
      'info GET /users: rate limited, retry 1 in 125 ms',
      'debug GET /users: HTTP 503, retry 1 of 3 in 375 ms',
      'debug GET /users: token rejected, renewing once',
    ],
    'the faults answer first, then the expired token',
  );
});

test('a code sent as a string still counts: "124" renews the token', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'status', status: 400, body: { code: '124', message: 'Invalid access token.' } } });
  await client.listUsers({}).page();
  assert.equal(await tokenRequests(sim), 2);
});

test('a 4xx whose body is not JSON is a bad reply, not a Zoom error; a 5xx one is a server error', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: USERS }, times: 1, action: { kind: 'status', status: 404, body: '<html>Not found</html>' } });
  const bad = await rejection(client.listUsers({}).page());
  assert.ok(bad instanceof ZoomResponseError, String(bad));
  assert.equal(bad.kind, 'badJson');
  assert.equal(bad.httpStatus, 404);
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'status', status: 500, body: '[1,2]' } });
  const server = await rejection(client.listUsers({}).page());
  assert.ok(server instanceof ZoomApiError, String(server));
  assert.equal(server.kind, 'serverError');
});

test('empty and missing query values are not sent; numbers are; a padded Retry-After is read', async () => {
  const { tokens, sleeps } = await clientFor(sim, GLOBEX, { random: () => 0 });
  const http = new ZoomHttp({
    apiBaseUrl: sim.apiBase,
    tokenSource: tokens,
    random: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  await sim.addFault({
    match: { path: USERS },
    times: 1,
    action: { kind: 'status', status: 429, body: { code: 429, message: 'slow down' }, headers: { 'Retry-After': ' 2 ' } },
  });
  await http.getObject('/users', { status: '', role_id: undefined, page_size: 30 });
  assert.deepEqual(sleeps, [2000]);
  assert.deepEqual(
    (await apiRequests(sim, USERS)).map((r) => r.query),
    [{ page_size: '30' }, { page_size: '30' }],
  );
});

test('both backoffs stop growing: 8 s for a 429 without Retry-After, 4 s for a 5xx', async () => {
  const { tokens } = await clientFor(sim, GLOBEX);
  const sleeps: number[] = [];
  const http = new ZoomHttp({
    apiBaseUrl: sim.apiBase,
    tokenSource: tokens,
    random: () => 0,
    retries: 5,
    rateLimitRetries: 5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  await sim.addFault({ match: { path: USERS }, times: 5, action: { kind: 'status', status: 429, body: { code: 429, message: 'slow down' } } });
  await http.getObject('/users');
  assert.deepEqual(sleeps, [500, 1000, 2000, 4000, 4000], 'half of 1, 2, 4, 8 and 8 s');
  sleeps.length = 0;
  await sim.addFault({ match: { path: USERS }, times: 5, action: { kind: 'status', status: 502, body: { code: 502, message: 'bad gateway' } } });
  await http.getObject('/users');
  assert.deepEqual(sleeps, [250, 500, 1000, 2000, 2000], 'half of 0.5, 1, 2, 4 and 4 s');
});

test('only GET and HEAD are retried; a failed exchange is logged with its cause', async () => {
  const { tokens, log } = await clientFor(sim, GLOBEX);
  const http = new ZoomHttp({ apiBaseUrl: sim.apiBase, tokenSource: tokens, logger: log, random: () => 0, sleep: async () => undefined });
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'status', status: 503, body: { code: 503, message: 'busy' } } });
  assert.ok((await rejection(http.request('POST', '/users', undefined))) instanceof ZoomApiError);
  assert.equal((await apiRequests(sim, USERS)).length, 1, 'a POST is not retried after a 5xx');
  await sim.clearRequests();
  assert.ok((await rejection(http.request('HEAD', '/users', undefined))) instanceof ZoomApiError);
  assert.equal((await apiRequests(sim, USERS)).length, 4, 'a HEAD is, like a GET');

  await sim.reset();
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'reset' } });
  await sim.clearRequests();
  const network = await rejection(http.request('POST', '/users', undefined));
  assert.ok(network instanceof ZoomNetworkError, String(network));
  assert.ok(
    log.lines.some((l) => /^debug POST \/users -> failed \(.+\) after \d+ ms$/.test(l)),
    log.lines.join('\n'),
  );
  assert.equal(log.lines.filter((l) => l.startsWith('debug POST /users -> failed')).length, 1, 'a POST is not retried after a network failure');
});
