// The boundary guards of validate.ts pinned field type by field type, without a server: what each
// type accepts, coerces, drops or refuses, the list and total_records rules, and the shapes of the
// objects a tree row relies on. Refusals are checked by error class and kind, not by wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomResponseError } from '../../../src/zoom/errors';
import { checkItems, checkShape, expectObject, listField, shape, shapes, totalRecords } from '../../../src/zoom/validate';

const at = { endpoint: 'GET /users', status: 200 };

function refused(run: () => unknown, what: string): void {
  assert.throws(run, (error: unknown) => error instanceof ZoomResponseError && error.kind === 'badShape', what);
}

const user = (extra: Record<string, unknown>) => ({ email: 'a@example.com', type: 1, ...extra });

test('a user status is active, inactive or pending in any case, kept lower-cased; other values are dropped', () => {
  for (const [sent, kept] of [
    ['Active', 'active'],
    ['INACTIVE', 'inactive'],
    ['pending', 'pending'],
  ]) {
    assert.equal(checkShape<{ status?: string }>(user({ status: sent }), shapes.user, at, 'user').status, kept, sent);
  }
  for (const odd of ['deleted', '', 5, true]) {
    const checked = checkShape<Record<string, unknown>>(user({ status: odd }), shapes.user, at, 'user');
    assert.equal('status' in checked, false, `status ${String(odd)} is dropped`);
  }
});

test('text fields take strings, finite numbers and booleans as text; anything else is dropped', () => {
  const checked = checkShape<Record<string, unknown>>(
    user({ display_name: 42, dept: false, timezone: 'UTC', role_id: Infinity, first_name: { a: 1 }, last_name: ['x'] }),
    shapes.user,
    at,
    'user',
  );
  assert.deepEqual(checked, { email: 'a@example.com', type: 1, display_name: '42', dept: 'false', timezone: 'UTC' });
  refused(() => checkShape({ id: 'g1', name: { a: 1 } }, shapes.group, at, 'group'), 'a required text field that is not text');
});

test('strict types refuse another type: string, number, boolean', () => {
  refused(() => checkShape(user({ email: 5 }), shapes.user, at, 'user'), 'email 5');
  refused(() => checkShape(user({ type: '1' }), shapes.user, at, 'user'), "type '1'");
  const flags = shape({ on: 'boolean', 'off?': 'boolean' });
  assert.deepEqual(checkShape({ on: true, off: false }, flags, at, 'flags'), { on: true, off: false });
  refused(() => checkShape({ on: 'true' }, flags, at, 'flags'), "boolean 'true'");
  refused(() => checkShape({ on: 1 }, flags, at, 'flags'), 'boolean 1');
});

test('an int-or-string field takes a number or whole decimal text, signed; nothing else', () => {
  for (const ok of [7, '12', '-12', '576460752303423488']) {
    assert.equal(checkShape<Record<string, unknown>>(user({ zoom_one_type: ok }), shapes.user, at, 'user').zoom_one_type, ok);
  }
  for (const bad of ['x12', '12x', '1.5', '', true]) refused(() => checkShape(user({ zoom_one_type: bad }), shapes.user, at, 'user'), String(bad));
});

test('null counts as absent: fine for an optional field of any type, refused for a required one', () => {
  const checked = checkShape<Record<string, unknown>>(user({ id: null, zoom_one_type: null }), shapes.user, at, 'user');
  assert.equal(checked.id, null);
  refused(() => checkShape(user({ email: null }), shapes.user, at, 'user'), 'email null');
});

test('a `?` suffix, and only a suffix, marks a field optional', () => {
  assert.deepEqual(shape({ 'a?': 'string', 'b?c': 'number', d: 'text' }), [
    { name: 'a', type: 'string', optional: true },
    { name: 'b?c', type: 'number', optional: false },
    { name: 'd', type: 'text', optional: false },
  ]);
});

test('expectObject refuses null, text, numbers and arrays', () => {
  assert.deepEqual(expectObject({ a: 1 }, at), { a: 1 });
  for (const bad of [null, undefined, 'x', 3, [], [{ a: 1 }]]) refused(() => expectObject(bad, at), JSON.stringify(bad) ?? 'undefined');
});

test('checkItems refuses an item that is not an object even when every field is optional', () => {
  const loose = shape({ 'a?': 'string' });
  checkItems([{}, { a: 'x' }], loose, at, 'items');
  for (const bad of [null, 'x', 3, [], false]) refused(() => checkItems([{}, bad], loose, at, 'items'), JSON.stringify(bad));
});

test('listField: an array as is; absent only with total_records 0 (number or text); otherwise refused', () => {
  const users = [{ id: 'u' }];
  assert.equal(listField({ users }, 'users', at), users);
  assert.deepEqual(listField({ total_records: 0 }, 'users', at), []);
  assert.deepEqual(listField({ total_records: '0' }, 'users', at), []);
  refused(() => listField({ total_records: 3 }, 'users', at), 'absent with 3 records');
  refused(() => listField({ total_records: '' }, 'users', at), "absent with total ''");
  refused(() => listField({}, 'users', at), 'absent without a total');
  refused(() => listField({ users: 'x', total_records: 0 }, 'users', at), 'not a list, total 0');
  refused(() => listField({ users: {}, total_records: 1 }, 'users', at), 'an object');
});

test('totalRecords reads a number or numeric text; anything else is unknown', () => {
  assert.equal(totalRecords({ total_records: 12 }), 12);
  assert.equal(totalRecords({ total_records: '12' }), 12);
  assert.equal(totalRecords({ total_records: 'many' }), undefined);
  assert.equal(totalRecords({ total_records: Infinity }), undefined);
  assert.equal(totalRecords({ total_records: true }), undefined);
  assert.equal(totalRecords({}), undefined);
});

test('group admins, role members and sub accounts need the fields their rows use', () => {
  refused(() => checkItems([{ name: 'A' }], shapes.groupAdmin, at, 'admins'), 'an admin without email');
  refused(() => checkItems([{ id: 'r', first_name: 'A' }], shapes.roleMember, at, 'members'), 'a role member without email');
  refused(() => checkItems([{ email: 'a@example.com' }], shapes.roleMember, at, 'members'), 'a role member without id');
  refused(() => checkItems([{ id: 's' }], shapes.subAccount, at, 'accounts'), 'a sub account without a name');
  refused(() => checkItems([{ id: 's', account_name: 'S', account_number: 'x1' }], shapes.subAccount, at, 'accounts'), 'a bad account number');
  checkItems([{ email: 'a@example.com' }], shapes.groupAdmin, at, 'admins');
  checkItems([{ id: 's', account_name: 'S', account_number: 12 }], shapes.subAccount, at, 'accounts');
});
