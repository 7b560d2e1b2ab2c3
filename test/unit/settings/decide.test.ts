// The deciding level of Explain Setting and the overrides, as plain functions: an account lock
// decides for everyone; a group lock for its members, the first locking group in group_ids (primary
// first) when several lock, the others named as a conflict when their value differs; else the
// user's (or, for a group, the group's) own value. Overrides: only keys both sides have, differing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decide, type Level } from '../../../src/settings/explain';
import { overrides } from '../../../src/settings/overrides';

const account = (locked: boolean, value: unknown = true): Level => ({ level: 'account', found: true, value, locked });
const group = (id: string, locked: boolean, value: unknown = true): Level => ({ level: 'group', id, found: true, value, locked });
const user: Level = { level: 'user', found: true, value: false };
const path = ['in_meeting', 'chat'];

test('an account lock decides, whatever the groups lock', () => {
  assert.deepEqual(decide(path, [account(true), group('g1', true, false), user]).decidedBy, { level: 'account', why: 'accountLock' });
});

test('the first locking group decides; another locking group with another value is a conflict, one with the same value is not', () => {
  const e = decide(path, [account(false), group('g1', false), group('g2', true, 'a'), group('g3', true, 'b'), group('g4', true, 'a'), user]);
  assert.deepEqual(e.decidedBy, { level: 'group', id: 'g2', why: 'groupLock' });
  assert.deepEqual(
    e.conflicts.map((c) => c.id),
    ['g3'],
  );
});

test("nothing locked: the user's own value; for a group document, the group's", () => {
  assert.deepEqual(decide(path, [account(false), group('g1', false), user]).decidedBy, { level: 'user', why: 'ownValue' });
  assert.deepEqual(decide(path, [account(false), group('g1', false)]).decidedBy, { level: 'group', id: 'g1', why: 'ownValue' });
  assert.deepEqual(decide(path, [account(false), group('g1', true)]).decidedBy, { level: 'group', id: 'g1', why: 'groupLock' });
});

test('overrides: the differing keys both sides have, with both values', () => {
  const a = { in_meeting: { chat: true, polls: [1], only_account: 1 }, recording: { auto: 'local' } };
  const g = { in_meeting: { chat: false, polls: [1], only_group: 2 }, recording: { auto: 'cloud' } };
  assert.deepEqual(overrides(a, g), { in_meeting: { chat: { account: true, group: false } }, recording: { auto: { account: 'local', group: 'cloud' } } });
  assert.deepEqual(overrides(a, a), {});
});
