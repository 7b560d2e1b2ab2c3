// The scheduler's rules pinned one by one: which X-RateLimit-Limit is believed as a pace, where the
// budget counts as low, what recovery and a cancelled wait do to the queue, and defaultSleep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { defaultSleep, RequestScheduler } from '../../../src/zoom/scheduler';

/** Fails instead of hanging when `promise` never settles (a scheduler that lost a slot). */
async function settles<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} never settled`)), 2000);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('a per-second limit is learned only from 1 to 1000 and not from a daily reply; the smallest, whole', () => {
  const learned = (...replies: [number | undefined, number | undefined, string?][]) => {
    const s = new RequestScheduler();
    for (const [remaining, limit, type] of replies) s.observe(remaining, limit, type);
    return s.perSecondLimit;
  };
  assert.equal(learned([undefined, 0]), undefined);
  assert.equal(learned([undefined, 1]), 1);
  assert.equal(learned([undefined, 1000]), 1000);
  assert.equal(learned([undefined, 1001]), undefined);
  assert.equal(learned([undefined, 30, 'DAILY-LIMIT']), undefined);
  assert.equal(learned([undefined, 30, 'QPS']), 30);
  assert.equal(learned([undefined, 7.6]), 7);
  assert.equal(learned([undefined, 9], [undefined, 12], [undefined, 8], [undefined, 10]), 8);
});

test('without a learned pace the budget is low at max(5, 10% of the limit, rounded up), or at lowRemaining', () => {
  const low = (remaining: number, limit?: number, type?: string, options = {}) => {
    const s = new RequestScheduler(options);
    s.observe(remaining, limit, type);
    return s.slowedDown;
  };
  assert.equal(low(5), true);
  assert.equal(low(6), false);
  // A daily limit is not a pace, so its remaining budget counts against 10% of it.
  assert.equal(low(124, 1234, 'Daily-limit'), true);
  assert.equal(low(125, 1234, 'Daily-limit'), false);
  assert.equal(low(5, 20, 'Daily-limit'), true);
  assert.equal(low(6, 20, 'Daily-limit'), false);
  assert.equal(low(20, undefined, undefined, { lowRemaining: 20 }), true);
  assert.equal(low(21, undefined, undefined, { lowRemaining: 20 }), false);
  assert.equal(low(3, 1234, 'Daily-limit', { lowRemaining: 2 }), false);
  // With a learned pace only an exhausted budget is low.
  assert.equal(low(1, 10, 'QPS'), false);
  assert.equal(low(0, 10, 'QPS'), true);
  const s = new RequestScheduler();
  s.observe(2, undefined);
  s.observe(undefined, undefined);
  assert.equal(s.slowedDown, true, 'a reply without Remaining leaves the state as it was');
});

/** Tasks held in flight until released. */
function gated(s: RequestScheduler) {
  const gates: (() => void)[] = [];
  const run = () => s.run(() => new Promise<void>((resolve) => gates.push(resolve)));
  return { run, gates };
}

test('when the budget recovers, the callers waiting start at once, up to the cap', async () => {
  let now = 0;
  const s = new RequestScheduler({ maxConcurrent: 3, clock: () => now, sleep: async (ms) => void (now += ms) });
  s.observe(1, undefined);
  const { run, gates } = gated(s);
  const all = Promise.all([run(), run(), run(), run()]);
  await tick();
  assert.equal(gates.length, 1, 'one at a time while low');
  s.observe(100, undefined);
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(gates.length, 3, 'three started without waiting for the first to end');
  gates.splice(0).forEach((g) => g());
  for (let i = 0; i < 5; i++) await tick();
  gates.splice(0).forEach((g) => g());
  await settles(all, 'the four tasks');
});

test('a slowdown while tasks run lets the waiters go one at a time as slots free', async () => {
  let now = 0;
  const s = new RequestScheduler({ maxConcurrent: 2, clock: () => now, sleep: async (ms) => void (now += ms) });
  const { run, gates } = gated(s);
  const all = Promise.all([run(), run(), run(), run()]);
  await tick();
  assert.equal(gates.length, 2);
  s.observe(0, undefined);
  gates.shift()!();
  gates.shift()!();
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(gates.length, 1, 'the freed slots are not all handed on');
  assert.equal(s.inFlight, 1);
  gates.shift()!();
  for (let i = 0; i < 5; i++) await tick();
  gates.splice(0).forEach((g) => g());
  await settles(all, 'the four tasks');
  assert.equal(s.inFlight, 0);
});

test('maxConcurrent below one still runs tasks, one at a time', async () => {
  const s = new RequestScheduler({ maxConcurrent: 0 });
  const { run, gates } = gated(s);
  const all = Promise.all([run(), run()]);
  await tick();
  assert.equal(gates.length, 1);
  gates.shift()!();
  await tick();
  gates.shift()!();
  await settles(all, 'two tasks');
});

test('an aborted caller never runs; one cancelled while paced gives its slot back', async () => {
  const aborted = new AbortController();
  aborted.abort();
  let ran = false;
  const s = new RequestScheduler({ maxConcurrent: 1, maxPerSecond: 1, clock: () => 0, sleep: defaultSleep });
  await assert.rejects(
    s.run(async () => (ran = true), aborted.signal),
    { name: 'AbortError' },
  );
  assert.equal(ran, false);
  assert.equal(s.inFlight, 0);
  await s.run(async () => undefined);
  const controller = new AbortController();
  const paced = s.run(async () => (ran = true), controller.signal);
  await tick();
  controller.abort();
  await assert.rejects(paced, { name: 'AbortError' });
  assert.equal(ran, false);
  assert.equal(s.inFlight, 0, 'the slot is free again');
});

test('a queued caller that is granted its slot stops listening for an abort', async () => {
  const s = new RequestScheduler({ maxConcurrent: 1 });
  const { run, gates } = gated(s);
  const first = run();
  const controller = new AbortController();
  const second = s.run(async () => getEventListeners(controller.signal, 'abort').length, controller.signal);
  await tick();
  assert.equal(getEventListeners(controller.signal, 'abort').length, 1, 'listening while queued');
  gates.shift()!();
  assert.equal(await settles(second, 'the queued task'), 0);
  await first;
});

test('defaultSleep waits, refuses an aborted signal at once, stops on an abort, and leaves no listener', async () => {
  const started = Date.now();
  const signal = new AbortController().signal;
  await defaultSleep(30, signal);
  assert.ok(Date.now() - started >= 25, `${Date.now() - started} ms`);
  assert.equal(getEventListeners(signal, 'abort').length, 0);

  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(defaultSleep(10, aborted.signal), { name: 'AbortError' });

  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
  const before = timers();
  const controller = new AbortController();
  const t0 = Date.now();
  const long = defaultSleep(60_000, controller.signal);
  assert.equal(timers(), before + 1);
  setTimeout(() => controller.abort(), 10);
  await assert.rejects(long, { name: 'AbortError' });
  assert.ok(Date.now() - t0 < 5000, 'ended by the abort');
  assert.equal(timers(), before, 'its timer is cleared');
});
