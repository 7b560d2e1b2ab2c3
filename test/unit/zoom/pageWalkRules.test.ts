// PageWalk's rules pinned one by one, with scripted pages and no server: which errors restart the
// walk, how items are told apart (id, else email, else always new), what next() answers once done,
// and the exact page at which each guard stops a walk. In-process, so a mutant costs milliseconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomApiError, ZoomNetworkError, ZoomPagingError } from '../../../src/zoom/errors';
import { PageWalk } from '../../../src/zoom/pageWalk';
import type { Page } from '../../../src/zoom/types';

type Item = Record<string, unknown>;
type Step = Page<Item> | Error;

/** A fetch that answers the scripted steps in order (an Error is thrown), logging each token asked for. */
function scripted(steps: Step[]) {
  const tokens: (string | undefined)[] = [];
  const fetch = async (token: string | undefined): Promise<Page<Item>> => {
    tokens.push(token);
    const step = steps[tokens.length - 1];
    if (step === undefined) throw new Error(`unscripted request ${tokens.length} (token ${String(token)})`);
    if (step instanceof Error) throw step;
    return step;
  };
  return { fetch, tokens };
}

/** Every item the walk yields until done, or the error that ended it. */
async function drain(walk: PageWalk<Item>): Promise<{ items: Item[]; error: unknown }> {
  const items: Item[] = [];
  try {
    while (!walk.done) items.push(...(await walk.next()).items);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

const expired = () => new ZoomApiError({ endpoint: 'GET /users', httpStatus: 400, code: 300, zoomMessage: 'Invalid next page token' });

test('only code 300 on a token restarts the walk; another API error or a network failure is thrown as is', async () => {
  for (const failure of [
    new ZoomApiError({ endpoint: 'GET /users', httpStatus: 404, code: 1001, zoomMessage: 'User does not exist' }),
    new ZoomNetworkError('network', 'GET /users', 'ECONNRESET'),
  ]) {
    const list = scripted([{ items: [{ id: 'a' }], nextPageToken: 't2' }, failure]);
    const { items, error } = await drain(new PageWalk('GET /users', list.fetch));
    assert.equal(error, failure);
    assert.deepEqual(items, [{ id: 'a' }]);
    assert.deepEqual(list.tokens, [undefined, 't2'], 'no restart from page one');
  }
  const list = scripted([{ items: [{ id: 'a' }], nextPageToken: 't2' }, expired(), { items: [{ id: 'a' }], nextPageToken: 'n2' }, { items: [{ id: 'b' }] }]);
  const { items, error } = await drain(new PageWalk('GET /users', list.fetch));
  assert.equal(error, undefined);
  assert.deepEqual(items, [{ id: 'a' }, { id: 'b' }]);
  assert.deepEqual(list.tokens, [undefined, 't2', undefined, 'n2']);
});

test('items without an id are told apart by email, ignoring case; an empty id counts as none', async () => {
  const list = scripted([
    { items: [{ email: 'Ann@Example.com' }, { id: '', email: 'bob@example.com' }], nextPageToken: 't2' },
    { items: [{ email: 'ann@example.com' }, { id: '', email: 'BOB@example.com' }, { email: 'cy@example.com' }, { id: '', email: 'dee@example.com' }] },
  ]);
  const { items, error } = await drain(new PageWalk('GET /groups/g/admins', list.fetch));
  assert.equal(error, undefined);
  assert.deepEqual(items, [
    { email: 'Ann@Example.com' },
    { id: '', email: 'bob@example.com' },
    { email: 'cy@example.com' },
    { id: '', email: 'dee@example.com' },
  ]);
});

test('emails that differ only under upper-casing stay two items (keys fold to lower case)', async () => {
  // 'ß'.toUpperCase() is 'SS': folding up would merge these two different addresses.
  const list = scripted([{ items: [{ email: 'straße@example.com' }], nextPageToken: 't2' }, { items: [{ email: 'STRASSE@example.com' }] }]);
  const { items } = await drain(new PageWalk('GET /groups/g/admins', list.fetch));
  assert.deepEqual(items, [{ email: 'straße@example.com' }, { email: 'STRASSE@example.com' }]);
});

test('an id and an email never share a key, whatever the email says', async () => {
  const list = scripted([{ items: [{ id: 'u1' }], nextPageToken: 't2' }, { items: [{ email: 'ID:U1' }, { email: 'email:x' }] }]);
  const { items } = await drain(new PageWalk('GET /users', list.fetch));
  assert.deepEqual(items, [{ id: 'u1' }, { email: 'ID:U1' }, { email: 'email:x' }]);
});

test('items with neither a text id nor a text email are always new', async () => {
  const list = scripted([{ items: [{ name: 'x' }, { email: 7 }, { id: 5 }], nextPageToken: 't2' }, { items: [{ name: 'x' }, { id: 5 }] }]);
  const { items, error } = await drain(new PageWalk('GET /roles', list.fetch));
  assert.equal(error, undefined);
  assert.deepEqual(items, [{ name: 'x' }, { email: 7 }, { id: 5 }, { name: 'x' }, { id: 5 }]);
});

test('once done, next() answers an empty page with the last total and asks for nothing', async () => {
  const list = scripted([{ items: [{ id: 'a' }], totalRecords: 1 }]);
  const walk = new PageWalk('GET /users', list.fetch);
  await walk.next();
  assert.equal(walk.done, true);
  assert.deepEqual(await walk.next(), { items: [], totalRecords: 1 });
  assert.deepEqual(list.tokens, [undefined]);
});

test('a first page with nothing in it but a next token stops the walk at page 1', async () => {
  const list = scripted([
    { items: [], nextPageToken: 't2' },
    { items: [], nextPageToken: 't3' },
    { items: [], nextPageToken: 't4' },
    { items: [], nextPageToken: 't5' },
  ]);
  const { error } = await drain(new PageWalk('GET /users', list.fetch));
  assert.ok(error instanceof ZoomPagingError, String(error));
  assert.equal(error.kind, 'pageWithoutNewRows');
  assert.equal(error.pages, 1);
  assert.deepEqual(list.tokens, [undefined]);
});

test('a replay whose last page brings nothing new ends the walk with an empty page', async () => {
  // The list shrank while its token expired: the replay's last page holds only a row seen before.
  const list = scripted([
    { items: [{ id: 'a' }, { id: 'b' }], nextPageToken: 't2' },
    expired(),
    { items: [{ id: 'a' }], nextPageToken: 'n2' },
    { items: [{ id: 'b' }] },
  ]);
  const walk = new PageWalk('GET /users', list.fetch);
  assert.deepEqual((await walk.next()).items, [{ id: 'a' }, { id: 'b' }]);
  const last = await walk.next();
  assert.deepEqual(last, { items: [], nextPageToken: undefined });
  assert.equal(walk.done, true);
  assert.deepEqual(list.tokens, [undefined, 't2', undefined, 'n2']);
});

test('a token handed out again two pages later stops the walk (not only the one just used)', async () => {
  const list = scripted([
    { items: [{ id: 'a' }], nextPageToken: 'x' },
    { items: [{ id: 'b' }], nextPageToken: 'y' },
    { items: [{ id: 'c' }], nextPageToken: 'x' },
    { items: [{ id: 'd' }], nextPageToken: 'y' },
    { items: [{ id: 'e' }] },
  ]);
  const { items, error } = await drain(new PageWalk('GET /users', list.fetch));
  assert.ok(error instanceof ZoomPagingError, String(error));
  assert.equal(error.kind, 'pageTokenRepeated');
  assert.equal(error.pages, 3);
  assert.deepEqual(items, [{ id: 'a' }, { id: 'b' }]);
});

test('a replay may run two pages longer than the walk before the restart, and no more', async () => {
  // Two pages, then the third token expires; the replay never brings anything new but always a new
  // token: pages 1 to 4 of it are allowed (2 + SPARE_PAGES), page 5 stops it.
  const replay = (n: number): Page<Item> => ({ items: [{ id: 'a' }], nextPageToken: `r${n}` });
  const list = scripted([
    { items: [{ id: 'a' }], nextPageToken: 't2' },
    { items: [{ id: 'b' }], nextPageToken: 't3' },
    expired(),
    ...[1, 2, 3, 4, 5, 6].map(replay),
  ]);
  const { error } = await drain(new PageWalk('GET /users', list.fetch));
  assert.ok(error instanceof ZoomPagingError, String(error));
  assert.equal(error.kind, 'tooManyPages');
  assert.equal(error.pages, 5);
  assert.equal(list.tokens.length, 3 + 5);
});
