// The snapshot's file layout: stable text (keys sorted at every level, two spaces, final newline),
// safe readable names, and the changed keys between a file and Zoom now.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedKeys, groupFile, parseSnapshot, safeFileName, snapshotText, type SnapshotBody } from '../../../src/settings/snapshot/files';

const body = (settings: Record<string, unknown>, locks: Record<string, unknown> = {}): SnapshotBody => ({
  object: { type: 'group', id: 'g1', name: 'Engineering', account: 'acct' },
  settings,
  lock_settings: locks,
});

test('snapshot text: the object first, then keys sorted at every level (array items too), two spaces, final newline', () => {
  const text = snapshotText(body({ z: { b: 1, a: [{ y: 1, x: 2 }] }, a: true }));
  assert.equal(text, snapshotText(body({ a: true, z: { a: [{ x: 2, y: 1 }], b: 1 } })), "Zoom's key order does not matter");
  assert.ok(text.startsWith('{\n  "object": {'));
  assert.ok(text.indexOf('"a": true') < text.indexOf('"z"'));
  assert.ok(text.endsWith('}\n'));
});

test('file names: readable, no separators or reserved characters, bounded', () => {
  assert.equal(groupFile('Engineering', 'abc_123'), 'groups/Engineering-abc_123.json');
  assert.equal(groupFile('研发中心', 'x'), 'groups/研发中心-x.json');
  assert.equal(safeFileName('../a/b\\c:d*e?"f"<g>|h\u0000'), '_a_b_c_d_e_f_g_h_');
  assert.equal(safeFileName('CON'), '_CON');
  assert.equal([...safeFileName('x'.repeat(500))].length, 60);
});

test('changed keys: values and locks that differ, keys on one side only; key order is no change', () => {
  const a = body({ in_meeting: { chat: true, waiting_room: false, list: [{ a: 1, b: 2 }] } }, { in_meeting: { chat: false } });
  const b = body({ in_meeting: { list: [{ b: 2, a: 1 }], waiting_room: true, chat: true, extra: 1 } }, { in_meeting: { chat: true } });
  assert.deepEqual(changedKeys(a, b), ['lock_settings.in_meeting.chat', 'settings.in_meeting.extra', 'settings.in_meeting.waiting_room']);
  assert.deepEqual(changedKeys(a, a), []);
});

test('parseSnapshot accepts only our files', () => {
  assert.ok(parseSnapshot(snapshotText(body({ a: 1 }))));
  assert.equal(parseSnapshot('{"settings": {}}'), undefined);
  assert.equal(parseSnapshot('not json'), undefined);
  assert.equal(parseSnapshot(JSON.stringify({ ...body({}), object: { type: 'user', id: 'u', account: 'a' } })), undefined);
});
