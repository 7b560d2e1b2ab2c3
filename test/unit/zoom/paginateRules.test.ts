// PagedList's rules pinned over a scripted fetch: the token read early from the raw text, the name
// errors give the list, what a page's next_page_token and page_size become, and the early request
// that is dropped when the early read was wrong. In-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomHttp, type FetchLike } from '../../../src/zoom/http';
import { PagedList, peekNextPageToken } from '../../../src/zoom/paginate';
import { shape } from '../../../src/zoom/validate';
import type { TokenSource } from '../../../src/zoom/types';

test('the early token: the string after the first "next_page_token" key, within 512 characters; else none', () => {
  assert.equal(peekNextPageToken('"next_page_token":"abc"'), 'abc');
  assert.equal(peekNextPageToken('{"users":[],"next_page_token" : \n "a.b-c_1"}'), 'a.b-c_1');
  assert.equal(peekNextPageToken('{"next_page_token":""}'), undefined);
  assert.equal(peekNextPageToken('{"next_page_token":null}'), undefined);
  assert.equal(peekNextPageToken('{"next_page_token":"a\\"b"}'), undefined, 'an escaped quote: unsure');
  assert.equal(peekNextPageToken('{"page_token":"abc"}'), undefined);
  assert.equal(peekNextPageToken(`{"next_page_token":${' '.repeat(500)}"abc"}`), 'abc');
  assert.equal(peekNextPageToken(`{"next_page_token":${' '.repeat(520)}"abc"}`), undefined);
  assert.equal(peekNextPageToken(''), undefined);
});

const tokens: TokenSource = {
  getToken: async () => ({ accessToken: 'test-token', expiresAt: Number.MAX_SAFE_INTEGER }),
  invalidate: () => undefined,
};

/** A ZoomHttp over pages keyed by the next_page_token asked for ('' for the first), logging each request's query. */
function pagedServer(pages: Record<string, string>, onServe?: (token: string) => void) {
  const asked: URLSearchParams[] = [];
  const cancelled: string[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    asked.push(url.searchParams);
    const token = url.searchParams.get('next_page_token') ?? '';
    init?.signal?.addEventListener('abort', () => cancelled.push(token));
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (init?.signal?.aborted) throw init.signal.reason;
    const body = pages[token];
    onServe?.(token);
    return new Response(body ?? '{"code":300,"message":"Invalid next page token."}', { status: body ? 200 : 400 });
  };
  const http = new ZoomHttp({ apiBaseUrl: 'https://api.zoom.us/v2', tokenSource: tokens, fetch, sleep: async () => undefined });
  return { http, asked, cancelled };
}

const itemShape = shape({ id: 'string' });

test('a list is named by its path and the query values it sends', () => {
  const { http } = pagedServer({});
  const named = (query?: Record<string, string | number | undefined>) =>
    new PagedList(http, { path: '/users', query, field: 'users', pageSize: 300, shape: itemShape }).name;
  assert.equal(named(), 'GET /users');
  assert.equal(named({}), 'GET /users');
  assert.equal(named({ status: 'active', role_id: 2 }), 'GET /users?status=active&role_id=2');
  assert.equal(named({ status: '', role_id: undefined, search_key: 'ann' }), 'GET /users?search_key=ann');
});

test("a page's token is a non-empty string, its size a whole positive page_size, else the rows it holds", async () => {
  const page = async (extra: string) => {
    const { http } = pagedServer({ '': `{"users":[{"id":"a"},{"id":"b"}]${extra}}` });
    const { nextPageToken, pageSize, totalRecords } = await new PagedList(http, { path: '/users', field: 'users', pageSize: 300, shape: itemShape }).page();
    return { nextPageToken, pageSize, totalRecords };
  };
  assert.deepEqual(await page(',"next_page_token":"t2","page_size":300,"total_records":9'), { nextPageToken: 't2', pageSize: 300, totalRecords: 9 });
  assert.deepEqual(await page(',"next_page_token":"","page_size":0'), { nextPageToken: undefined, pageSize: 2, totalRecords: undefined });
  assert.deepEqual(await page(',"next_page_token":7,"page_size":2.5'), { nextPageToken: undefined, pageSize: 2, totalRecords: undefined });
  assert.deepEqual(await page(',"page_size":"300"'), { nextPageToken: undefined, pageSize: 2, totalRecords: undefined });
  assert.deepEqual(await page(',"page_size":-300'), { nextPageToken: undefined, pageSize: 2, totalRecords: undefined });
  assert.deepEqual(await page(',"page_size":1'), { nextPageToken: undefined, pageSize: 1, totalRecords: undefined });
});

test('every page carries the fixed query, the page size and the token; nothing empty is sent', async () => {
  const { http, asked } = pagedServer({
    '': '{"users":[{"id":"a"}],"next_page_token":"t2"}',
    t2: '{"users":[{"id":"b"}],"next_page_token":""}',
  });
  const list = new PagedList<{ id: string }>(http, {
    path: '/users',
    query: { status: 'active', role_id: '' },
    field: 'users',
    pageSize: 2000,
    shape: itemShape,
  });
  assert.deepEqual(
    (await list.all()).map((u) => u.id),
    ['a', 'b'],
  );
  assert.deepEqual(
    asked.map((q) => Object.fromEntries(q)),
    [
      { status: 'active', page_size: '2000' },
      { status: 'active', page_size: '2000', next_page_token: 't2' },
    ],
  );
});

test('an early token that the parsed page contradicts is dropped: its request cancelled, the right page asked for', async () => {
  // A nested object holds a "next_page_token" key before the page's own one.
  const { http, asked, cancelled } = pagedServer({
    '': '{"users":[{"id":"a","extra":{"next_page_token":"wrong"}}],"next_page_token":"t2"}',
    wrong: '{"users":[{"id":"x"}]}',
    t2: '{"users":[{"id":"b"}]}',
  });
  const list = new PagedList<{ id: string }>(http, { path: '/users', field: 'users', pageSize: 300, shape: shape({ id: 'string' }) });
  assert.deepEqual(
    (await list.all()).map((u) => u.id),
    ['a', 'b'],
  );
  assert.deepEqual(
    asked.map((q) => q.get('next_page_token')),
    [null, 'wrong', 't2'],
  );
  assert.deepEqual(cancelled, ['wrong']);
});

test('a right early token is used, not asked for twice; stopping early cancels the page asked for ahead', async () => {
  const { http, asked, cancelled } = pagedServer({
    '': '{"users":[{"id":"a"}],"next_page_token":"t2"}',
    t2: '{"users":[{"id":"b"}],"next_page_token":"t3"}',
    t3: '{"users":[{"id":"c"}]}',
  });
  const list = new PagedList<{ id: string }>(http, { path: '/users', field: 'users', pageSize: 300, shape: itemShape });
  for await (const page of list.pages()) {
    assert.deepEqual(page.items, [{ id: 'a' }]);
    break;
  }
  assert.deepEqual(
    asked.map((q) => q.get('next_page_token')),
    [null, 't2'],
  );
  assert.deepEqual(cancelled, ['t2']);
  asked.length = 0;
  assert.deepEqual(
    (await list.all()).map((u) => u.id),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    asked.map((q) => q.get('next_page_token')),
    [null, 't2', 't3'],
  );
});

test("an abort of the caller's signal cancels the page asked for ahead too", async () => {
  const { http, cancelled } = pagedServer({
    '': '{"users":[{"id":"a"}],"next_page_token":"t2"}',
    t2: '{"users":[{"id":"b"}]}',
  });
  const list = new PagedList<{ id: string }>(http, { path: '/users', field: 'users', pageSize: 300, shape: itemShape });
  const controller = new AbortController();
  const pages = list.pages(controller.signal)[Symbol.asyncIterator]();
  await pages.next();
  controller.abort();
  await assert.rejects(pages.next(), { name: 'AbortError' });
  assert.ok(cancelled.includes('t2'), String(cancelled));
});

test('a caller that aborts while the first page arrives gets that page, then the abort, not the page asked for ahead', async () => {
  const controller = new AbortController();
  const { http, asked } = pagedServer(
    {
      '': '{"users":[{"id":"a"}],"next_page_token":"t2"}',
      t2: '{"users":[{"id":"b"}]}',
    },
    (token) => {
      if (token === '') controller.abort();
    },
  );
  const list = new PagedList<{ id: string }>(http, { path: '/users', field: 'users', pageSize: 300, shape: itemShape });
  const pages = list.pages(controller.signal)[Symbol.asyncIterator]();
  assert.deepEqual((await pages.next()).value?.items, [{ id: 'a' }]);
  await assert.rejects(pages.next(), { name: 'AbortError' });
  assert.equal(asked.length, 1, 'the page ahead was never sent');
});

test('a page that repeats its own token is not asked for again ahead', async () => {
  const { http, asked } = pagedServer({
    '': '{"users":[{"id":"a"}],"next_page_token":"t2"}',
    t2: '{"users":[{"id":"b"}],"next_page_token":"t2"}',
  });
  const list = new PagedList<{ id: string }>(http, { path: '/users', field: 'users', pageSize: 300, shape: itemShape });
  await assert.rejects(list.all(), { kind: 'pageTokenRepeated' });
  assert.deepEqual(
    asked.map((q) => q.get('next_page_token')),
    [null, 't2'],
  );
});
