// What a command accepts as a tree row: anything carrying a ref with an account key and a type; and the scope a row stands in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refOf, scopeOfRow, type ZoomObjectRef } from '../../../src/objectRef';

test('a row with a ref gives it; anything else gives undefined', () => {
  const ref: ZoomObjectRef = { accountKey: 'acme', type: 'group', id: 'g1' };
  assert.equal(refOf({ ref }), ref);
  assert.equal(refOf(undefined), undefined);
  assert.equal(refOf('zoomAdmin.directory'), undefined);
  assert.equal(refOf({}), undefined);
  assert.equal(refOf({ ref: { type: 'group' } }), undefined, 'no account key');
  assert.equal(refOf({ ref: { accountKey: 'acme' } }), undefined, 'no type');
  assert.equal(refOf({ ref: { accountKey: 7, type: 'group' } }), undefined);
});

test("a row's scope: an object's ref, or a folder's scope; only the account key and a sub account id are kept", () => {
  assert.deepEqual(scopeOfRow({ ref: { accountKey: 'acme', subAccountId: 'east', type: 'group', id: 'g1', name: 'Sales' } }), {
    accountKey: 'acme',
    subAccountId: 'east',
  });
  assert.deepEqual(scopeOfRow({ scope: { accountKey: 'acme' } }), { accountKey: 'acme' });
  assert.deepEqual(scopeOfRow({ scope: { accountKey: 'acme', subAccountId: '' } }), { accountKey: 'acme' }, 'an empty sub account id is none');
  assert.deepEqual(scopeOfRow({ ref: { accountKey: 'acme', type: 'user' }, scope: { accountKey: 'other' } }), { accountKey: 'acme' }, 'the ref first');
  assert.equal(scopeOfRow(undefined), undefined, 'the palette');
  assert.equal(scopeOfRow({ scope: {} }), undefined, 'no account key');
  assert.equal(scopeOfRow('acme'), undefined);
});
