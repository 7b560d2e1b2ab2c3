// Lists that would never end (issue 17 item 3): a repeated next_page_token, pages with nothing new,
// more pages than total_records needs. The walk stops with a ZoomPagingError naming the list and the
// page; what was yielded before stays. And a server that serves 300 where 2000 were asked for is
// not such a list: the guard counts with the page size served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomApiError, ZoomPagingError } from '../../../src/zoom/errors';
import { PageWalk } from '../../../src/zoom/pageWalk';
import type { Page, ZoomUser } from '../../../src/zoom/types';
import { ACME, apiRequests, clientFor, rejection, simPerFile } from './sim';

const sim = simPerFile();

const USERS = '/v2/users';

/** Every page of the list, the error that ended the walk, and how many items came before it. */
async function walk(pages: AsyncIterable<Page<ZoomUser>>): Promise<{ items: ZoomUser[]; error: unknown }> {
  const items: ZoomUser[] = [];
  try {
    for await (const page of pages) items.push(...page.items);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

test('a repeated next_page_token stops the walk at that page, naming the list; the rows before it stay', async () => {
  const { client } = await clientFor(sim, ACME, { maxPageSize: 500 });
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'repeat-page-token' } });
  const { items, error } = await walk(client.listUsers({ status: 'active' }).pages());
  assert.ok(error instanceof ZoomPagingError, String(error));
  assert.equal(error.kind, 'pageTokenRepeated');
  assert.equal(error.list, 'GET /users?status=active');
  assert.equal(error.pages, 2);
  assert.match(error.message, /GET \/users\?status=active.*page 2/);
  assert.equal(items.length, 500, 'page 1 was yielded before the walk stopped');
  // Page 1, page 2 (which repeats its own token), and at most the read-ahead of that token, cancelled.
  const requests = await apiRequests(sim, USERS);
  assert.ok(requests.length <= 3, `${requests.length} requests`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal((await apiRequests(sim, USERS)).length, requests.length, 'nothing is asked for after the error');
});

test('all() rejects with the same error instead of growing forever', async () => {
  const { client } = await clientFor(sim, ACME, { maxPageSize: 500 });
  await sim.addFault({ match: { path: USERS }, times: 0, action: { kind: 'repeat-page-token' } });
  const error = await rejection(client.listUsers({ status: 'active' }).all());
  assert.ok(error instanceof ZoomPagingError && error.kind === 'pageTokenRepeated', String(error));
});

test('a page that brings no row not seen before (but a next token) stops the walk', async () => {
  const { client } = await clientFor(sim, ACME, { maxPageSize: 500 });
  await sim.addFault({ match: { path: USERS, nth: 2 }, times: 0, action: { kind: 'empty-page' } });
  const { items, error } = await walk(client.listUsers({ status: 'active' }).pages());
  assert.ok(error instanceof ZoomPagingError, String(error));
  assert.equal(error.kind, 'pageWithoutNewRows');
  assert.equal(error.pages, 2);
  assert.equal(items.length, 500);
});

/** A hostile list: `size` fresh items and a fresh token per page, forever; `total` as it claims. */
function endless(size: number, total: number | undefined, pageSize?: number) {
  let calls = 0;
  const fetch = async (): Promise<Page<{ id: string }>> => {
    calls++;
    const items = Array.from({ length: size }, (_, i) => ({ id: `u${calls}-${i}` }));
    return { items, totalRecords: total, nextPageToken: `t${calls}`, pageSize };
  };
  return { fetch, calls: () => calls };
}

async function drain<T>(walk: PageWalk<T>): Promise<unknown> {
  try {
    while (!walk.done) await walk.next();
  } catch (error) {
    return error;
  }
  return undefined;
}

test('more pages than ceil(total_records / page size) + 2 stops the walk', async () => {
  const list = endless(3, 10);
  const error = await drain(new PageWalk('GET /users', list.fetch));
  assert.ok(error instanceof ZoomPagingError, String(error));
  assert.equal(error.kind, 'tooManyPages');
  assert.equal(error.pages, Math.ceil(10 / 3) + 2 + 1);
  assert.equal(list.calls(), Math.ceil(10 / 3) + 2 + 1);
  assert.match(error.message, /more pages of GET \/users \(7\) than its 10 records need/);
});

test('the guard counts with the page size served, not the size asked for', async () => {
  // 300 a page as the reply says, whatever was asked: 1000 records need 4 pages, 6 are allowed.
  const served = endless(300, 1000, 300);
  assert.equal(((await drain(new PageWalk('GET /users', served.fetch))) as ZoomPagingError).pages, 7);
  // Without page_size in the reply, the rows a page brought count.
  const rows = endless(300, 1000);
  assert.equal(((await drain(new PageWalk('GET /users', rows.fetch))) as ZoomPagingError).pages, 7);
});

test('a server that caps every list at 300 still lists everything, at page_size 2000 asked', async () => {
  await sim.pageSizeCap(300);
  const { client } = await clientFor(sim, ACME);
  const users = await client.listUsers({ status: 'active' }).all();
  const total = (await sim.account(ACME)).users.active;
  assert.equal(users.length, total);
  assert.equal(new Set(users.map((u) => u.id)).size, total);
  const requests = await apiRequests(sim, USERS);
  assert.equal(requests.length, Math.ceil(total / 300), 'one request per page of 300');
  assert.ok(Math.ceil(total / 300) > Math.ceil(total / 2000) + 2, 'a guard counting the size asked for would have stopped it');
  assert.ok(requests.every((r) => r.query.page_size === '2000'));
  const first = await client.listUsers({ status: 'active' }).page();
  assert.equal(first.pageSize, 300, 'the page size served is what the page says');
  assert.ok((await client.listGroupMembers((await client.listGroups().page()).items[0].id).all()).length > 0);
});

test('after a restart the pages walked again are not "pages without new rows"; a replay is bounded too', async () => {
  // Pages of 3 from 9 items; the token of page 3 has expired; no total_records.
  const rows = Array.from({ length: 9 }, (_, i) => ({ id: `u${i}` }));
  const calls: (string | undefined)[] = [];
  let replayForever = false;
  const fetch = async (token?: string): Promise<Page<{ id: string }>> => {
    calls.push(token);
    if (token === 'p3' && calls.length === 3)
      throw new ZoomApiError({ endpoint: 'GET /users', httpStatus: 400, code: 300, zoomMessage: 'Invalid next page token' });
    const n = token ? Number(/\d+/.exec(token)![0]) : 1;
    // A broken server answers the replay with page 1 again and again, each time with a new token.
    if (replayForever && calls.length > 3) return { items: rows.slice(0, 3), nextPageToken: `p${calls.length}-again` };
    return { items: rows.slice((n - 1) * 3, n * 3), nextPageToken: n < 3 ? `p${n + 1}` : undefined };
  };
  const walk = new PageWalk('GET /users', fetch);
  assert.equal(await drain(walk), undefined);
  assert.deepEqual(calls, [undefined, 'p2', 'p3', undefined, 'p2', 'p3']);

  calls.length = 0;
  replayForever = true;
  const error = await drain(new PageWalk('GET /users', fetch));
  assert.ok(error instanceof ZoomPagingError && error.kind === 'tooManyPages', String(error));
  assert.ok(calls.length <= 3 + 2 + 2 + 1, `${calls.length} requests`);
});
