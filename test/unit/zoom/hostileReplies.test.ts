// Replies a careless or hostile server could send (issue 17 item 9): reset times that are absurd or
// not numbers, bodies too large to read, redirects. Small servers on 127.0.0.1 play the part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StaticTokenSource } from '../../../src/zoom/auth';
import { ZoomClient } from '../../../src/zoom/client';
import { ZoomApiError, ZoomResponseError } from '../../../src/zoom/errors';
import { MAX_BODY_BYTES } from '../../../src/zoom/http';
import { GLOBEX, apiRequests, clientFor, rejection, simPerFile } from './sim';

const sim = simPerFile();

const USERS = '/v2/users';

/** A one-route server; resolves with its base URL and a count of requests, and closes itself. */
async function hostile(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function clientOf(url: string): ZoomClient {
  return new ZoomClient({ apiBaseUrl: `${url}/v2`, tokenSource: new StaticTokenSource({ accessToken: 'tok' }), sleep: async () => undefined });
}

test('a daily limit whose Retry-After is absurdly far or not a number says "no reset time", never "Invalid time value"', async () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  const { client } = await clientFor(sim, GLOBEX, { clock: () => now, token: { clock: () => now } });
  // 10^14 s is past the last instant a Date can hold; three days is beyond belief for a daily limit.
  for (const retryAfter of ['99999999999999', new Date(now + 3 * 86_400_000).toUTCString(), 'tomorrow-ish']) {
    await sim.clearFaults();
    await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'rate-limit', type: 'Daily-limit', retryAfter } });
    const error = await rejection(client.listUsers({}).page());
    assert.ok(error instanceof ZoomApiError, `${retryAfter}: ${String(error)}`);
    assert.equal(error.kind, 'dailyLimitUnknownReset', retryAfter);
    assert.equal(error.resetAt, undefined, retryAfter);
  }
});

test('an X-RateLimit-Reset beyond 48 hours is ignored; one within is shown', async () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  const { client } = await clientFor(sim, GLOBEX, { clock: () => now, token: { clock: () => now } });
  const daily = (reset: string) => ({
    kind: 'status' as const,
    status: 429,
    body: { code: 429, message: 'You have reached the maximum daily rate limit for this API.' },
    headers: { 'X-RateLimit-Type': 'Daily-limit', 'X-RateLimit-Reset': reset },
  });
  await sim.addFault({ match: { path: USERS }, times: 1, action: daily('99999999999999') });
  const far = await rejection(client.listUsers({}).page());
  assert.ok(far instanceof ZoomApiError, String(far));
  assert.equal(far.kind, 'dailyLimitUnknownReset');

  const soon = now / 1000 + 3600;
  await sim.addFault({ match: { path: USERS }, times: 1, action: daily(String(soon)) });
  const near = await rejection(client.listUsers({}).page());
  assert.ok(near instanceof ZoomApiError, String(near));
  assert.equal(near.kind, 'dailyLimit');
  assert.equal(near.resetAt, soon * 1000);
});

test(`a body over ${MAX_BODY_BYTES / 1024 / 1024} MiB is refused with an error naming the endpoint, declared or not`, async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (const declared of [true, false]) {
    let sent = 0;
    const server = await hostile((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', ...(declared ? { 'Content-Length': String(MAX_BODY_BYTES + 1) } : {}) });
      // Streams until the client hangs up (or 40 MiB), never buffering the whole reply.
      const more = () => {
        while (sent < MAX_BODY_BYTES + 8 * chunk.length && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('error', () => undefined);
      more();
    });
    try {
      const error = await rejection(clientOf(server.url).getUser('u1'));
      assert.ok(error instanceof ZoomResponseError, String(error));
      assert.equal(error.kind, 'tooLarge');
      assert.match(error.friendly, /larger than 32 MiB for GET \/users\/u1/);
      assert.equal(server.hits(), 1, 'not retried');
      if (declared) assert.ok(sent < MAX_BODY_BYTES, `a declared length is refused before the body is read (${sent} bytes written)`);
    } finally {
      await server.close();
    }
  }
});

test('a redirect is not followed: the token never reaches the target and the reply is an error', async () => {
  const target = await hostile((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"users":[],"total_records":0}');
  });
  try {
    const { client } = await clientFor(sim, GLOBEX);
    for (const status of [301, 302, 307, 308]) {
      await sim.clearFaults();
      await sim.clearRequests();
      await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'status', status, body: '', headers: { Location: `${target.url}/v2/users` } } });
      const error = await rejection(client.listUsers({}).page());
      assert.ok(error instanceof ZoomResponseError, `${status}: ${String(error)}`);
      assert.equal(error.kind, 'redirected');
      assert.equal(error.httpStatus, status);
      assert.match(error.friendly, new RegExp(`GET /users with a redirect \\(HTTP ${status}\\)`));
      assert.equal((await apiRequests(sim, USERS)).length, 1, 'not retried');
    }
    assert.equal(target.hits(), 0, 'the redirect target was never asked');
  } finally {
    await target.close();
  }
});

test('a number in a name or department becomes text, another shape is dropped, an unknown status is dropped: the page is kept', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const users = [
    { id: 'u1', email: 'u1@x.example', type: 1, display_name: 42, first_name: 7, last_name: true, dept: { x: 1 }, status: 'deleted', timezone: 5 },
    { id: 'u2', email: 'u2@x.example', type: 2, display_name: ['a'], first_name: 'Ann', last_name: null, dept: 3.5, status: 'Inactive' },
  ];
  await sim.addFault({ match: { path: USERS }, action: { kind: 'status', status: 200, body: { total_records: 2, next_page_token: '', users } } });
  const page = await client.listUsers({ status: 'active' }).page();
  const [one, two] = page.items;
  assert.deepEqual([one.display_name, one.first_name, one.last_name, one.timezone], ['42', '7', 'true', '5']);
  assert.ok(!('dept' in one) && one.status === undefined, 'an object as dept and an unknown status are dropped');
  assert.equal(two.display_name, undefined);
  assert.deepEqual([two.first_name, two.dept, two.status], ['Ann', '3.5', 'inactive']);

  await sim.addFault({
    match: { path: '/v2/groups' },
    action: { kind: 'status', status: 200, body: { total_records: 1, groups: [{ id: 'g1', name: 2024 }] } },
  });
  assert.equal((await client.listGroups().page()).items[0].name, '2024');
  await sim.addFault({
    match: { path: '/v2/groups/g1/members' },
    action: { kind: 'status', status: 200, body: { total_records: 1, members: [{ id: 'm1', email: 'm@x.example', first_name: 1, last_name: { a: 1 } }] } },
  });
  const [member] = (await client.listGroupMembers('g1').page()).items;
  assert.deepEqual([member.first_name, 'last_name' in member], ['1', false]);
});

test('a required name that is neither text nor a number still fails, naming the field', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({
    match: { path: '/v2/groups' },
    action: { kind: 'status', status: 200, body: { total_records: 1, groups: [{ id: 'g1', name: { en: 'x' } }] } },
  });
  const error = await rejection(client.listGroups().page());
  assert.ok(error instanceof ZoomResponseError, String(error));
  assert.match(error.message, /groups\[0\]\.name is not a text/);
});
