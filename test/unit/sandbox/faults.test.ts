import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { raw, session, type Session } from './simClient';
import type { Fault } from '../../sandbox/server';

let s: Session;
const addFault = async (f: Fault): Promise<string> => {
  const r = await raw(`${s.sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify(f) });
  assert.equal(r.status, 200, r.text);
  return r.json.id as string;
};

before(async () => {
  s = await session({ seed: 9, accounts: [{ name: 'F', accountId: 'f', users: 100, groups: 3 }] });
});
afterEach(() => raw(`${s.sim.url}/_sim/faults`, { method: 'DELETE' }));
after(() => s.sim.close());

test('status fault hits only the nth matching request, `times` times', async () => {
  await addFault({ match: { path: '/v2/users', nth: 2 }, times: 2, action: { kind: 'status', status: 503 } });
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await s.get('/users')).status);
  assert.deepEqual(statuses, [200, 503, 503, 200]);
  const faults = (await raw(`${s.sim.url}/_sim/faults`)).json;
  assert.equal(faults[0].hits, 2);
});

test('regex path and query match; a custom body', async () => {
  await addFault({ match: { path: 're:^/v2/users$', query: { status: 'pending' } }, action: { kind: 'status', status: 500, body: '<html>oops</html>' } });
  assert.equal((await s.get('/users')).status, 200);
  const r = await s.get('/users?status=pending');
  assert.deepEqual([r.status, r.text], [500, '<html>oops</html>']);
});

test("a query value '*' matches any value of a parameter that is present, and never its absence", async () => {
  await addFault({ match: { path: '/v2/users', query: { next_page_token: '*' } }, times: 0, action: { kind: 'status', status: 503 } });
  assert.equal((await s.get('/users?page_size=10')).status, 200);
  assert.equal((await s.get('/users?page_size=10&next_page_token=abc')).status, 503);
  assert.equal((await s.get('/users?next_page_token=')).status, 503);
});

test('rate limits: QPS with Retry-After seconds, Daily-limit with an ISO date', async () => {
  await addFault({ match: { path: '/v2/users' }, action: { kind: 'rate-limit', type: 'QPS' } });
  const q = await s.get('/users');
  assert.equal(q.status, 429);
  assert.equal(q.json.code, 429);
  assert.equal(q.headers.get('retry-after'), '1');
  assert.equal(q.headers.get('x-ratelimit-type'), 'QPS');
  assert.equal(q.headers.get('x-ratelimit-remaining'), '0');
  await addFault({ match: { path: '/v2/groups' }, action: { kind: 'rate-limit', type: 'Daily-limit' } });
  const d = await s.get('/groups');
  assert.equal(d.headers.get('x-ratelimit-type'), 'Daily-limit');
  assert.match(d.headers.get('retry-after') ?? '', /^\d{4}-\d\d-\d\dT00:00:00Z$/);
  assert.match(d.json.message, /daily rate limit/);
});

test('reset drops the connection; truncate sends half the JSON; delay then answers', async () => {
  await addFault({ match: { path: '/v2/users' }, action: { kind: 'reset' } });
  await assert.rejects(s.get('/users'));
  await addFault({ match: { path: '/v2/users' }, action: { kind: 'truncate' } });
  const t = await s.get('/users');
  assert.equal(t.status, 200);
  assert.equal(t.json, undefined);
  assert.ok(t.text.startsWith('{"next_page_token"'));
  await addFault({ match: { path: '/v2/users' }, action: { kind: 'delay', ms: 30 } });
  assert.equal((await s.get('/users')).status, 200);
  const log = s.sim.control
    .requests()
    .filter((e) => e.path === '/v2/users')
    .slice(-3);
  assert.deepEqual(
    log.map((e) => e.status),
    [0, 200, 200],
  );
  assert.ok(log.every((e) => e.faults?.length === 1));
});

test('expire-page-token answers code 300; expire-token answers 124 and kills that token', async () => {
  const first = await s.get('/users?page_size=10');
  await addFault({ match: { path: '/v2/users', query: { next_page_token: first.json.next_page_token } }, action: { kind: 'expire-page-token' } });
  const r = await s.get(`/users?page_size=10&next_page_token=${first.json.next_page_token}`);
  assert.deepEqual([r.status, r.json.code], [400, 300]);
  await addFault({ match: { path: '/v2/groups' }, action: { kind: 'expire-token' } });
  const e = await s.get('/groups');
  assert.deepEqual([e.status, e.json], [401, { code: 124, message: 'Access token is expired.' }]);
  assert.equal((await s.get('/users')).status, 401);
});

test('a malformed fault is refused with a reason', async () => {
  const r = await raw(`${s.sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ match: {}, action: { kind: 'explode' } }) });
  assert.equal(r.status, 400);
  assert.match(r.json.error, /match\.path/);
});

test('a hold fault keeps the request open until released, then answers it normally', async () => {
  await addFault({ match: { path: '/v2/users' }, action: { kind: 'hold' } });
  let answered = false;
  const pending = s.get('/users').then((r) => {
    answered = true;
    return r;
  });
  for (let i = 0; i < 50 && (await raw(`${s.sim.url}/_sim/held`)).json.held !== 1; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal((await raw(`${s.sim.url}/_sim/held`)).json.held, 1);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(answered, false, 'still held');
  assert.equal((await raw(`${s.sim.url}/_sim/release`, { method: 'POST' })).json.released, 1);
  const normally = (await s.get('/users')).status; // the hold is used up: answered as any request is
  assert.equal((await pending).status, normally);
  assert.equal((await raw(`${s.sim.url}/_sim/held`)).json.held, 0);
});
