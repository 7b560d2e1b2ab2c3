// What PageWalk counts as "already yielded": an item by its id, or by its email (any case) when it
// has no id; ids and emails never stand for each other; an item with neither is always new.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageWalk } from '../../../src/zoom/pageWalk';
import type { Page } from '../../../src/zoom/types';

type Item = { id?: string; email?: string; name?: string };

test('an item comes once by id, else by email in any case; an id never matches an email', async () => {
  const pages: Page<Item>[] = [
    {
      items: [{ id: 'u1', email: 'x@a.io' }, { email: 'P@a.io' }, { email: 'q@a.io' }, { name: 'neither' }],
      nextPageToken: 't2',
    },
    {
      items: [
        { id: 'u1', email: 'changed@a.io' }, // seen: same id
        { id: '', email: 'p@A.IO' }, // seen: an empty id counts as none, the email matches in any case
        { id: 'q@a.io' }, // new: an id equal to a seen email is another item
        { email: 'x@a.io' }, // new: x@a.io was seen only as the email of an item known by its id
        { name: 'neither' }, // new: nothing to know it by
      ],
    },
  ];
  const walk = new PageWalk<Item>('GET /users', async (token) => pages[token === 't2' ? 1 : 0]);
  assert.equal((await walk.next()).items.length, 4);
  assert.deepEqual((await walk.next()).items, [{ id: 'q@a.io' }, { email: 'x@a.io' }, { name: 'neither' }]);
  assert.ok(walk.done);
});

test('repeats within one page are all yielded; they count as seen from the next page on', async () => {
  const pages: Page<Item>[] = [
    { items: [{ id: 'a' }, { id: 'a' }, { email: 'b@a.io' }, { email: 'B@a.io' }], nextPageToken: 't2' },
    { items: [{ id: 'a' }, { email: 'b@a.io' }, { id: 'c' }] },
  ];
  const walk = new PageWalk<Item>('GET /users', async (token) => pages[token === 't2' ? 1 : 0]);
  assert.equal((await walk.next()).items.length, 4);
  assert.deepEqual((await walk.next()).items, [{ id: 'c' }]);
});

test('a page the guard refuses marks nothing as seen: asked again, its items still come', async () => {
  let calls = 0;
  const walk = new PageWalk<Item>('GET /users', async (token) => {
    calls++;
    if (!token) return { items: [{ id: 'a' }], nextPageToken: 't2' };
    // First answer repeats the token (refused), the second is the real last page.
    return calls === 2 ? { items: [{ id: 'b' }], nextPageToken: 't2' } : { items: [{ id: 'b' }] };
  });
  await walk.next();
  await assert.rejects(walk.next(), /t2|repeat|token/i);
  assert.deepEqual((await walk.next()).items, [{ id: 'b' }]);
});
