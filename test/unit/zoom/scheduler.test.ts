// The shared request budget: a cap on requests in flight, slow-down when Zoom says the budget is low.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestScheduler } from '../../../src/zoom/scheduler';

/** A task that stays in flight until released, recording how many ran at once. */
function harness(scheduler: RequestScheduler) {
  let inFlight = 0;
  let peak = 0;
  const gates: (() => void)[] = [];
  const run = () =>
    scheduler.run(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => gates.push(resolve));
      inFlight--;
    });
  const releaseAll = async () => {
    while (gates.length || scheduler.inFlight) {
      gates.splice(0).forEach((g) => g());
      await new Promise((r) => setImmediate(r));
    }
  };
  return { run, releaseAll, peak: () => peak, pending: () => gates.length };
}

test('never more than maxConcurrent in flight; every task still runs', async () => {
  const s = new RequestScheduler({ maxConcurrent: 3 });
  const h = harness(s);
  const all = Promise.all(Array.from({ length: 10 }, h.run));
  await new Promise((r) => setImmediate(r));
  assert.equal(h.pending(), 3);
  await h.releaseAll();
  await all;
  assert.equal(h.peak(), 3);
});

test('a low X-RateLimit-Remaining (no limit known) drops to one at a time with a gap, and recovers', async () => {
  const waits: number[] = [];
  let now = 1000;
  const s = new RequestScheduler({
    maxConcurrent: 4,
    clock: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  });
  s.observe(3, undefined);
  assert.equal(s.slowedDown, true);
  const h = harness(s);
  const all = Promise.all(Array.from({ length: 4 }, h.run));
  await h.releaseAll();
  await all;
  assert.equal(h.peak(), 1, 'one at a time while low');
  assert.deepEqual(waits, [250, 250, 250], 'the starts after the first are spaced');
  s.observe(50, undefined);
  assert.equal(s.slowedDown, false);
  const h2 = harness(s);
  const again = Promise.all(Array.from({ length: 4 }, h2.run));
  await h2.releaseAll();
  await again;
  assert.equal(h2.peak(), 4);
});

test('a learned per-second limit spaces starts just under it; Remaining running down is not a slow-down, 0 is', async () => {
  const starts: number[] = [];
  let now = 0;
  const s = new RequestScheduler({
    maxConcurrent: 4,
    clock: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
  const start = () =>
    s.run(async () => {
      starts.push(now);
    });
  for (let i = 0; i < 3; i++) await start(); // before any reply told the limit: not paced
  s.observe(59, 60, 'QPS');
  assert.equal(s.perSecondLimit, 60);
  for (let i = 0; i < 61; i++) await start();
  // At most 59 in any one-second span counting the unpaced three (Zoom's fixed windows then see at
  // most 60); a burst of up to half of that goes out at once, the rest 1000 / 60 apart.
  for (const t of starts) assert.ok(starts.filter((u) => u >= t && u < t + 1000).length <= 59, `starts from ${t}`);
  assert.equal(starts.filter((t) => t === 0).length, 29, 'half the cap at once');
  for (let i = 30; i < 59; i++) assert.ok(starts[i] - starts[i - 1] >= 1000 / 60 - 1e-9, `start ${i} spaced`);
  assert.ok(starts[63] - starts[0] <= 1000 + (5 * 1000) / 60 + 1e-9, `64 starts within ${starts[63] - starts[0]} ms`);
  s.observe(3, 60, 'QPS');
  assert.equal(s.slowedDown, false, 'our own pacing ran Remaining down');
  s.observe(0, 60, 'QPS');
  assert.equal(s.slowedDown, true, 'an exhausted budget slows down');
  s.observe(2000, 2000, 'Daily-limit');
  assert.equal(s.perSecondLimit, 60, 'a daily limit is not a pace');
  s.observe(undefined, 20);
  assert.equal(s.perSecondLimit, 20, 'the smallest limit seen');
});

test('maxPerSecond spaces request starts', async () => {
  const waits: number[] = [];
  let now = 0;
  const s = new RequestScheduler({
    maxPerSecond: 10,
    clock: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  });
  for (let i = 0; i < 3; i++) await s.run(async () => undefined);
  assert.deepEqual(waits, [100, 100]);
});

test('a caller cancelled while queued leaves the queue and the others proceed', async () => {
  const s = new RequestScheduler({ maxConcurrent: 1 });
  const h = harness(s);
  const first = h.run();
  const controller = new AbortController();
  const queued = s.run(async () => 'ran', controller.signal);
  const third = h.run();
  controller.abort();
  await assert.rejects(queued, { name: 'AbortError' });
  await h.releaseAll();
  await Promise.all([first, third]);
  assert.equal(s.inFlight, 0);
});
