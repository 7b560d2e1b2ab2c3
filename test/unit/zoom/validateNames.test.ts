// A reply that fails its shape names the field: `user.email` for one object, `users[3].email` for
// an item of a list, so the error says which row of which page was wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomResponseError } from '../../../src/zoom/errors';
import { checkItems, checkShape, shapes, type Boundary } from '../../../src/zoom/validate';

const at: Boundary = { endpoint: 'GET /users', status: 200 };

test('one object: the field is named under the object', () => {
  assert.throws(
    () => checkShape({ type: 1 }, shapes.user, at, 'user'),
    (e: unknown) => e instanceof ZoomResponseError && /user\.email is missing/.test(e.message),
  );
  assert.throws(
    () => checkShape({ email: 'a@x.io', type: 'basic' }, shapes.user, at, 'user'),
    (e: unknown) => e instanceof ZoomResponseError && /user\.type is not a number/.test(e.message),
  );
});

test('a list item: the field is named with its index; the items before it are checked and kept', () => {
  const users: unknown[] = [{ email: 'a@x.io', type: 1, first_name: 7 }, { email: 'b@x.io', type: 1 }, { type: 1 }];
  assert.throws(
    () => checkItems(users, shapes.user, at, 'users'),
    (e: unknown) => e instanceof ZoomResponseError && /users\[2\]\.email is missing/.test(e.message),
  );
  assert.equal((users[0] as { first_name: unknown }).first_name, '7', 'a lenient field is coerced in place');
  assert.throws(
    () =>
      checkItems(
        [
          { email: 'a@x.io', type: 1 },
          { email: 5, type: 1 },
        ],
        shapes.user,
        at,
        'users',
      ),
    (e: unknown) => e instanceof ZoomResponseError && /users\[1\]\.email is not a string/.test(e.message),
  );
  assert.doesNotThrow(() => checkItems([{ email: 'a@x.io', type: 1 }], shapes.user, at, 'users'));
});
