// The simulator's switches for paging trouble: a cap on every list's page size (CLI flag and control
// API), and the faults of a server whose list never ends (a repeated token, pages without rows).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, afterEach, before, test } from 'node:test';
import type { Simulator } from '../../sandbox/server';
import type { AccountInfo } from '../../sandbox/control';
import { raw, session, tokenFor, type Session } from './simClient';

let s: Session;
const post = (path: string, body: unknown) => raw(`${s.sim.url}/_sim/${path}`, { method: 'POST', body: JSON.stringify(body) });

before(async () => {
  s = await session({ seed: 9, accounts: [{ name: 'P', accountId: 'p', users: 1000, groups: 3 }] });
});
afterEach(async () => {
  await raw(`${s.sim.url}/_sim/faults`, { method: 'DELETE' });
  await post('page-size-cap', { size: null });
});
after(() => s.sim.close());

test('POST /_sim/page-size-cap serves at most that many a page, whatever page_size asks; null lifts it', async () => {
  assert.equal((await post('page-size-cap', { size: 300 })).status, 200);
  const capped = await s.get('/users?page_size=2000');
  assert.equal(capped.json.users.length, 300);
  assert.equal(capped.json.page_size, 300);
  assert.ok(capped.json.next_page_token, 'the rest follows by token');
  const next = await s.get(`/users?page_size=2000&next_page_token=${capped.json.next_page_token}`);
  assert.equal(next.status, 200, 'the token works with the same query');
  const firstIds = new Set(capped.json.users.map((u: { id: string }) => u.id));
  assert.ok(next.json.users.length === 300 && next.json.users.every((u: { id: string }) => !firstIds.has(u.id)), 'page 2 follows page 1');
  assert.equal((await s.get('/users?page_size=50')).json.users.length, 50, 'a smaller page_size is served as asked');
  assert.equal((await s.get('/users')).json.users.length, 30, 'the default page size stays');
  assert.equal((await post('page-size-cap', { size: null })).status, 200);
  assert.equal((await s.get('/users?page_size=2000')).json.users.length, 1000);
  for (const bad of [{ size: 0 }, { size: 'x' }, {}]) assert.equal((await post('page-size-cap', bad)).status, 400, JSON.stringify(bad));
});

test('faults: repeat-page-token answers the real page with the token it was asked with; empty-page empties the list', async () => {
  await post('faults', { match: { path: '/v2/users' }, times: 0, action: { kind: 'repeat-page-token' } });
  const first = await s.get('/users?page_size=300');
  const token = first.json.next_page_token as string;
  assert.ok(token, 'the first page has its own token');
  const second = await s.get(`/users?page_size=300&next_page_token=${token}`);
  assert.equal(second.json.next_page_token, token, 'page 2 hands the same token back');
  assert.equal(second.json.users.length, 300);
  assert.notEqual(second.json.users[0].id, first.json.users[0].id);
  await raw(`${s.sim.url}/_sim/faults`, { method: 'DELETE' });

  await post('faults', { match: { path: '/v2/groups' }, action: { kind: 'empty-page' } });
  const empty = await s.get('/groups?page_size=1');
  assert.deepEqual(empty.json.groups, []);
  assert.ok(empty.json.next_page_token, 'the token still points on');
  assert.equal(empty.json.total_records, 3);
});

test('the CLI flag --page-size-cap caps every list from the start', async () => {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'sandbox', 'cli.js'), '--port', '0', '--users', '700', '--page-size-cap', '300'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const info = JSON.parse(line) as { url: string; accounts: AccountInfo[] };
    const token = await tokenFor({ url: info.url } as Simulator, info.accounts[0]);
    const page = await raw(`${info.url}/v2/users?page_size=2000`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(page.json.users.length, 300);
    assert.equal(page.json.total_records, 700);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});

test('a reset puts back the cap the simulator started with', async () => {
  await post('page-size-cap', { size: 100 });
  s.sim.control.reset({ seed: 9, accounts: [{ name: 'P', accountId: 'p', users: 1000, groups: 3 }] });
  const token = await tokenFor(s.sim, s.account);
  const page = await raw(`${s.sim.url}/v2/users?page_size=2000`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(page.json.users.length, 1000);
});
