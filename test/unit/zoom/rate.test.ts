// The shared request budget against the simulator: concurrent lists share the cap on requests in
// flight, and an account on its per-second limit is slowed down and still listed in full.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { S2STokenSource } from '../../../src/zoom/auth';
import { ZoomClient } from '../../../src/zoom/client';
import { DEFAULT_MAX_CONCURRENT } from '../../../src/zoom/scheduler';
import type { FetchLike } from '../../../src/zoom/http';
import { ACME, apiRequests, clientFor, openSim, type Sim } from './sim';

let sim: Sim;
before(async () => {
  sim = await openSim();
});
after(async () => {
  await sim.close();
});

/** The global fetch, counting requests in flight (until their body is read). */
function countingFetch() {
  let now = 0;
  let peak = 0;
  const fetch: FetchLike = async (input, init) => {
    now++;
    peak = Math.max(peak, now);
    try {
      const res = await globalThis.fetch(input, init);
      const body = await res.arrayBuffer();
      return new Response(body, { status: res.status, headers: res.headers });
    } finally {
      now--;
    }
  };
  return { fetch, peak: () => peak };
}

test('three statuses and several groups at once never exceed the cap in flight', async () => {
  await sim.reset();
  const counter = countingFetch();
  const { client } = await clientFor(sim, ACME, { fetch: counter.fetch, maxPageSize: 100 });
  const groups = (await client.listGroups().page()).items.slice(0, 5);
  const lists = await Promise.all([
    client.listUsers({ status: 'active' }).all(),
    client.listUsers({ status: 'inactive' }).all(),
    client.listUsers({ status: 'pending' }).all(),
    ...groups.map((g) => client.listGroupMembers(g.id).all()),
  ]);
  assert.ok(lists[0].length > 2000, 'the active users take several pages');
  // Each list is whole: as long as the total its first page announced, no user twice.
  const totals = await Promise.all([
    ...(['active', 'inactive', 'pending'] as const).map((status) => client.listUsers({ status }).page()),
    ...groups.map((g) => client.listGroupMembers(g.id).page()),
  ]);
  lists.forEach((list, i) => {
    assert.equal(list.length, totals[i].totalRecords, `list ${i}`);
    assert.equal(new Set(list.map((u) => u.id ?? u.email)).size, list.length, `list ${i} has no repeats`);
  });
  assert.ok(counter.peak() > 1, 'the lists did run side by side');
  assert.ok(counter.peak() <= DEFAULT_MAX_CONCURRENT, `peak in flight ${counter.peak()} <= ${DEFAULT_MAX_CONCURRENT}`);
});

test('an account at its per-second limit is slowed down, and the listing completes', async () => {
  await sim.reset({ seed: 3, accounts: [{ name: 'Tiny', accountId: 'tiny-free', plan: 'free', enforceRateLimits: true, users: { active: 40 } }] });
  const account = await sim.account('tiny-free');
  const tokenSource = new S2STokenSource({
    oauthBaseUrl: sim.url,
    accountId: account.accountId,
    clientId: account.clientId,
    clientSecret: account.clientSecret,
  });
  // The simulator counts requests per second of its clock (real time plus an offset). The client
  // shares that clock, and its sleeps move both forward instead of waiting: the same pacing and
  // the same 429s as with real sleeps, in no wall time.
  let offsetMs = 0;
  const clock = () => Date.now() + offsetMs;
  const sleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw signal.reason;
    offsetMs += ms;
    await sim.advanceClock(ms);
  };
  const client = new ZoomClient({ apiBaseUrl: sim.apiBase, tokenSource, maxPageSize: 10, clock, sleep });
  const users = await client.listUsers({ status: 'active' }).all();
  assert.equal(users.length, 40);
  assert.equal(client.scheduler.perSecondLimit, 2, 'the pace follows X-RateLimit-Limit (free plan: 2 per second)');
  const statuses = (await apiRequests(sim, '/v2/users')).map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 4);
  assert.ok(statuses.every((s) => s === 200 || s === 429));
});
