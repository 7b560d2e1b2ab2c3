// The tree's paged child list: one request per page asked for, rows kept across failures,
// restart on an expired page token, cancellation without an error row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pager } from '../../../src/tree/pager';
import { ZoomApiError } from '../../../src/zoom/errors';
import type { Page } from '../../../src/zoom/types';

interface Row {
  id: string;
}

/**
 * A list of `count` rows served `size` per page; tokens are "p2", "p3"…; `failures` answers a call
 * with an error. With `ignoresAbort` it answers even after its signal aborted, as a server whose
 * reply was already on its way does.
 */
function fakeList(count: number, size: number, { ignoresAbort = false } = {}) {
  const rows: Row[] = Array.from({ length: count }, (_, i) => ({ id: `u${i + 1}` }));
  const calls: (string | undefined)[] = [];
  const failures = new Map<number, Error>(); // call number (1-based) -> error
  const signals: AbortSignal[] = [];
  let gate: Promise<void> | undefined;
  const fetch = async (token: string | undefined, signal?: AbortSignal): Promise<Page<Row>> => {
    calls.push(token);
    signals.push(signal!);
    const failure = failures.get(calls.length);
    if (gate) await gate;
    if (signal?.aborted && !ignoresAbort) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    if (failure) throw failure;
    const page = token ? Number(token.slice(1)) : 1;
    const items = rows.slice((page - 1) * size, page * size);
    return { items, totalRecords: rows.length, nextPageToken: page * size < rows.length ? `p${page + 1}` : '' };
  };
  return {
    rows,
    calls,
    failures,
    signals,
    fetch,
    hold() {
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}

const expired = () => new ZoomApiError({ endpoint: 'GET /users', httpStatus: 400, code: 300, zoomMessage: 'Invalid next page token' });

function pagerOver(list: ReturnType<typeof fakeList>) {
  let changes = 0;
  const pager = new Pager<Row>({ name: () => 'rows', fetch: list.fetch, onChange: () => changes++ });
  return { pager, changes: () => changes };
}

test('the first page costs one request, however many callers ask at once', async () => {
  const list = fakeList(7, 3);
  const { pager } = pagerOver(list);
  await Promise.all([pager.first(), pager.first(), pager.first()]);
  await pager.first();
  assert.deepEqual(list.calls, [undefined]);
  assert.deepEqual(
    pager.items.map((r) => r.id),
    ['u1', 'u2', 'u3'],
  );
  assert.equal(pager.totalRecords, 7);
  assert.equal(pager.hasMore, true);
});

test('more() appends one page per call and stops at an empty next_page_token', async () => {
  const list = fakeList(7, 3);
  const { pager } = pagerOver(list);
  await pager.first();
  await Promise.all([pager.more(), pager.more()]); // a double click loads one page
  assert.equal(pager.items.length, 6);
  await pager.more();
  assert.equal(pager.items.length, 7);
  assert.equal(pager.done, true);
  await pager.more();
  assert.deepEqual(list.calls, [undefined, 'p2', 'p3']);
});

test('all() loads every remaining page', async () => {
  const list = fakeList(10, 3);
  const { pager } = pagerOver(list);
  await pager.first();
  await pager.all();
  assert.deepEqual(
    pager.items.map((r) => r.id),
    list.rows.map((r) => r.id),
  );
  assert.deepEqual(list.calls, [undefined, 'p2', 'p3', 'p4']);
});

test('a failed page keeps the rows already shown, and retrying asks for the same page', async () => {
  const list = fakeList(10, 3);
  list.failures.set(3, new Error('HTTP 500'));
  const { pager } = pagerOver(list);
  await pager.first();
  await pager.all();
  assert.equal(pager.items.length, 6, 'pages 1-2 stay');
  assert.equal((pager.error as Error).message, 'HTTP 500');
  assert.equal(pager.done, false);
  await pager.more();
  assert.equal(pager.error, undefined);
  assert.deepEqual(list.calls, [undefined, 'p2', 'p3', 'p3']);
  assert.equal(pager.items.length, 9);
});

test('a failed first page is not fetched again by first(); more() retries it', async () => {
  const list = fakeList(4, 3);
  list.failures.set(1, new Error('down'));
  const { pager } = pagerOver(list);
  await pager.first();
  await pager.first();
  assert.equal(list.calls.length, 1);
  assert.ok(pager.error);
  await pager.more();
  assert.deepEqual(list.calls, [undefined, undefined]);
  assert.equal(pager.items.length, 3);
});

test('an expired page token restarts from page 1 and adds only rows not shown yet', async () => {
  const list = fakeList(10, 3);
  const { pager } = pagerOver(list);
  await pager.first();
  await pager.more();
  list.failures.set(3, expired());
  await pager.more();
  assert.equal(pager.error, undefined);
  // p3 expired -> page 1 (nothing new) -> p2 (nothing new) -> p3 (new rows): stops there.
  assert.deepEqual(list.calls, [undefined, 'p2', 'p3', undefined, 'p2', 'p3']);
  assert.deepEqual(
    pager.items.map((r) => r.id),
    ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'],
  );
  assert.equal(new Set(pager.items.map((r) => r.id)).size, pager.items.length, 'no duplicates');
});

test('an expired token during the restart itself becomes an error row', async () => {
  const list = fakeList(10, 3);
  const { pager } = pagerOver(list);
  await pager.first();
  list.failures.set(2, expired());
  list.failures.set(3, expired());
  await pager.more();
  assert.equal((pager.error as { code?: number }).code, 300);
  assert.equal(pager.items.length, 3);
});

test('cancel() aborts the request in flight: rows stay, no error, the page can be asked for again', async () => {
  const list = fakeList(10, 3);
  const { pager } = pagerOver(list);
  await pager.first();
  const release = list.hold();
  const loading = pager.all();
  assert.equal(pager.loading, true);
  pager.cancel();
  release();
  await loading;
  assert.equal(list.signals[1].aborted, true, 'the fetch saw the abort');
  assert.equal(pager.error, undefined);
  assert.equal(pager.loading, false);
  assert.equal(pager.items.length, 3);
  assert.deepEqual(list.calls, [undefined, 'p2'], 'all() stopped after the cancellation');
  await pager.more();
  assert.deepEqual(list.calls, [undefined, 'p2', 'p2']);
});

test('a cancelled first page is fetched again by the next first()', async () => {
  const list = fakeList(5, 3);
  const { pager } = pagerOver(list);
  const release = list.hold();
  const first = pager.first();
  pager.cancel();
  release();
  await first;
  assert.equal(pager.loaded, false);
  await pager.first();
  assert.equal(pager.items.length, 3);
  assert.equal(list.calls.length, 2);
});

test('all(signal) stops when the signal aborts', async () => {
  const list = fakeList(30, 3);
  const abort = new AbortController();
  let seen = 0;
  const pager = new Pager<Row>({
    name: () => 'rows',
    fetch: async (token, signal) => {
      if (++seen === 3) abort.abort();
      return list.fetch(token, signal);
    },
  });
  await pager.all(abort.signal);
  assert.equal(list.calls.length, 3, 'no page was asked for after the abort');
  assert.ok(pager.items.length < 30);
  assert.equal(pager.error, undefined);
});

test('reset() drops a late answer, and a late failure, that arrive after it', async () => {
  const list = fakeList(5, 3, { ignoresAbort: true });
  const { pager } = pagerOver(list);
  await pager.first();
  const release = list.hold();
  const stale = pager.more(); // page 2: u4, u5
  pager.reset();
  const fresh = pager.first();
  release();
  await Promise.all([stale, fresh]);
  assert.deepEqual(
    pager.items.map((r) => r.id),
    ['u1', 'u2', 'u3'],
    'only the fresh page 1 is shown',
  );
  assert.equal(pager.hasMore, true);

  // A late failure neither shows as the error nor stops a "Load all" started after the reset.
  list.failures.set(list.calls.length + 1, new Error('boom'));
  const releaseFailure = list.hold();
  const failing = pager.more();
  pager.reset();
  const all = pager.all();
  releaseFailure();
  await Promise.all([failing, all]);
  assert.equal(pager.error, undefined);
  assert.deepEqual(
    pager.items.map((r) => r.id),
    ['u1', 'u2', 'u3', 'u4', 'u5'],
  );
});

test('reset() forgets everything: the next first() starts from page 1', async () => {
  const list = fakeList(5, 3);
  const { pager } = pagerOver(list);
  const release = list.hold();
  const stale = pager.first();
  pager.reset();
  release();
  await stale;
  assert.equal(pager.items.length, 0);
  assert.equal(pager.loaded, false);
  await pager.first();
  assert.equal(pager.items.length, 3);
});

test('onChange is told when a load starts and ends', async () => {
  const list = fakeList(5, 3);
  const { pager, changes } = pagerOver(list);
  await pager.first();
  assert.equal(changes(), 2);
});

test('hasMore: not before the first page, while a token is left, not at the end', async () => {
  const list = fakeList(5, 3);
  const { pager } = pagerOver(list);
  assert.equal(pager.hasMore, false);
  pager.cancel(); // nothing in flight: a no-op
  await pager.first();
  assert.equal(pager.hasMore, true);
  await pager.more();
  assert.equal(pager.hasMore, false);
  assert.equal(pager.done, true);
});

test('an expired token on the first page is an error, not a restart', async () => {
  const list = fakeList(5, 3);
  list.failures.set(1, expired());
  const { pager } = pagerOver(list);
  await pager.first();
  assert.equal((pager.error as { code?: number }).code, 300);
  assert.deepEqual(list.calls, [undefined]);
});

test('a cancellation from below counts as cancelled, not as an error, and ends "Load all"', async () => {
  const list = fakeList(30, 3);
  list.failures.set(2, Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }));
  const { pager } = pagerOver(list);
  await pager.all();
  assert.equal(pager.error, undefined);
  assert.equal(list.calls.length, 2);
  assert.equal(pager.items.length, 3);
});

test('"Load all" aborts the request in flight when its signal aborts, and lets go of the signal when done', async () => {
  const list = fakeList(9, 3);
  const { pager } = pagerOver(list);
  const abort = new AbortController();
  const release = list.hold();
  const all = pager.all(abort.signal);
  await new Promise((r) => setImmediate(r));
  abort.abort();
  assert.equal(list.signals[0].aborted, true, 'the page in flight is cancelled');
  release();
  await all;

  const later = new AbortController();
  await pager.all(later.signal);
  assert.equal(pager.done, true);
  pager.reset();
  const releaseNext = list.hold();
  const next = pager.first();
  later.abort();
  assert.equal(list.signals.at(-1)!.aborted, false, 'a finished "Load all" no longer cancels anything');
  releaseNext();
  await next;
});

test('totalRecords keeps the last total a page sent', async () => {
  const pages: Page<Row>[] = [{ items: [{ id: 'a' }], totalRecords: 2, nextPageToken: 'p2' }, { items: [{ id: 'b' }] }];
  const pager = new Pager<Row>({ name: () => 'rows', fetch: async () => pages.shift()! });
  await pager.first();
  await pager.more();
  assert.equal(pager.totalRecords, 2);
});

test('a reset during the restart walk drops the page that walk brings back late', async () => {
  const list = fakeList(9, 3, { ignoresAbort: true });
  const { pager } = pagerOver(list);
  await pager.first();
  list.failures.set(2, expired());
  const release = list.hold();
  const loading = pager.more();
  release();
  const releaseRestart = list.hold(); // the restart's page 1 waits here
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(list.calls, [undefined, 'p2', undefined], 'the restart asked for page 1');
  pager.reset();
  releaseRestart();
  await loading;
  assert.equal(pager.items.length, 0);
  assert.equal(pager.loaded, false);
});
