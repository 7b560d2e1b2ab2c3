// What a command accepts as a tree row: anything carrying a ref with an account key and a type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refOf, type ZoomObjectRef } from '../../../src/objectRef';

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
