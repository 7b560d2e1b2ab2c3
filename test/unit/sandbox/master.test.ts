import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultWorld } from '../../sandbox/server';
import { session, type Session } from './simClient';

let master: Session;
let globex: Session;
before(async () => {
  master = await session(defaultWorld(), 'acme-master-001');
  globex = await session(defaultWorld(), 'globex-002');
});
after(async () => {
  await master.sim.close();
  await globex.sim.close();
});

test('a master lists its sub accounts and reads them through /accounts/{id}/...', async () => {
  const r = await master.get('/accounts?page_size=300');
  assert.deepEqual(
    r.json.accounts.map((a: { id: string }) => a.id),
    ['acme-sub-east', 'acme-sub-west'],
  );
  assert.equal(r.json.total_records, 2);
  const detail = await master.get('/accounts/acme-sub-west');
  assert.equal(detail.json.account_name, 'Acme West');
  const users = await master.get('/accounts/acme-sub-east/users?page_size=2000');
  assert.equal(users.json.total_records, 290);
  assert.ok(users.json.users[0].email.endsWith('@east.acme.example.com'));
  const groups = await master.get('/accounts/acme-sub-east/groups');
  const g = groups.json.groups[0];
  assert.equal((await master.get(`/accounts/acme-sub-east/groups/${g.id}/members`)).json.total_records, g.total_members);
  assert.equal((await master.get(`/accounts/acme-sub-east/users/${users.json.users[0].id}`)).json.account_id, 'acme-sub-east');
});

test('a sub account that is not a child is 404 code 2001', async () => {
  const r = await master.get('/accounts/globex-002/users');
  assert.deepEqual([r.status, r.json], [404, { code: 2001, message: 'Account does not exist: globex-002' }]);
});

test('a plain account gets 4711 on /accounts and the master form', async () => {
  const r = await globex.get('/accounts');
  assert.deepEqual(
    [r.status, r.json],
    [400, { code: 4711, message: 'Invalid access token, does not contain scopes:[account:read:list_sub_accounts:master].' }],
  );
  const sub = await globex.get('/accounts/acme-sub-east/users');
  assert.deepEqual([sub.status, sub.json.code], [400, 4711]);
});

test('an app without a scope gets 4711 naming the granular scope', async () => {
  const s = await session({ accounts: [{ name: 'Narrow', accountId: 'narrow', users: 3, withoutScopes: ['group:read:list_groups:admin'] }] });
  try {
    const r = await s.get('/groups');
    assert.deepEqual([r.status, r.json.message], [400, 'Invalid access token, does not contain scopes:[group:read:list_groups:admin].']);
    assert.equal((await s.get('/users')).status, 200);
  } finally {
    await s.sim.close();
  }
});

test('every API reply carries x-zm-trackingid and X-RateLimit headers by endpoint label', async () => {
  const list = await master.get('/users');
  const one = await master.get(`/users/${list.json.users[0].id}`);
  assert.equal(list.headers.get('x-ratelimit-category'), 'Medium');
  assert.equal(one.headers.get('x-ratelimit-category'), 'Light');
  for (const r of [list, one]) {
    assert.match(r.headers.get('x-zm-trackingid') ?? '', /^v=2\.0;clid=/);
    assert.equal(r.headers.get('x-ratelimit-type'), 'QPS');
    assert.ok(Number(r.headers.get('x-ratelimit-remaining')) >= 0);
  }
});

test('enforceRateLimits answers 429 above the plan limit within one second', async () => {
  const s = await session({ accounts: [{ name: 'Busy', accountId: 'busy', users: 3, plan: 'free', enforceRateLimits: true }] });
  try {
    // Free plan: 2 MEDIUM requests per second; 7 requests span at most 3 one-second windows.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await s.get('/users')).status);
    assert.ok(statuses.includes(429), statuses.join(','));
    assert.ok(statuses.includes(200));
  } finally {
    await s.sim.close();
  }
});
