// What "a setting across groups" needs from the simulator: custom_query_fields keeps the section
// around the named field (group and account settings, as the spec's example shows), the per-second
// limit enforced with Zoom's 429 and headers and switchable at run time, and a way to change one
// setting as an admin would in the portal (for drift).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultWorld } from '../../sandbox/server';
import { session, type Session } from './simClient';

let s: Session;
let groupId: string;
before(async () => {
  s = await session(defaultWorld());
  groupId = (await s.get('/groups?page_size=300')).json.groups[0].id;
});
after(() => s.sim.close());

test('custom_query_fields on group and account settings: only the named field, inside its section', async () => {
  const full = (await s.get(`/groups/${groupId}/settings`)).json;
  const one = await s.get(`/groups/${groupId}/settings?custom_query_fields=waiting_room`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.json, { in_meeting: { waiting_room: full.in_meeting.waiting_room } });
  const nested = (await s.get(`/groups/${groupId}/settings?custom_query_fields=record_files_separately`)).json;
  assert.deepEqual(nested, { recording: { record_files_separately: full.recording.record_files_separately } });
  const section = (await s.get(`/groups/${groupId}/settings?custom_query_fields=recording`)).json;
  assert.deepEqual(section, { recording: full.recording });
  const account = (await s.get('/accounts/me/settings')).json;
  assert.deepEqual((await s.get('/accounts/me/settings?custom_query_fields=cloud_recording')).json, {
    recording: { cloud_recording: account.recording.cloud_recording },
  });
  const locks = (await s.get('/accounts/me/lock_settings?custom_query_fields=cloud_recording')).json;
  assert.deepEqual(Object.keys(locks), ['recording']);
  assert.equal(typeof locks.recording.cloud_recording, 'boolean');
});

test("the per-second limit: off by default, on with POST /_sim/rate-limits (429 with Zoom's headers), off again", async () => {
  const burst = async (n: number) => Promise.all(Array.from({ length: n }, () => s.get(`/groups/${groupId}/settings?custom_query_fields=waiting_room`)));
  assert.ok(
    (await burst(12)).every((r) => r.status === 200),
    'no 429 while off',
  );
  s.sim.control.rateLimits({ enforce: true, perSecond: 5 });
  try {
    const replies = await burst(12);
    const limited = replies.filter((r) => r.status === 429);
    assert.ok(limited.length >= 12 - 2 * 5, `at most two windows' worth pass (${limited.length} limited)`);
    const r = limited[0];
    assert.equal(r.json.code, 429);
    assert.match(r.json.message, /per-second/);
    assert.equal(r.headers.get('x-ratelimit-type'), 'QPS');
    assert.equal(r.headers.get('x-ratelimit-category'), 'Medium');
    assert.equal(r.headers.get('x-ratelimit-limit'), '5');
    assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(r.headers.get('retry-after'), '1');
  } finally {
    s.sim.control.rateLimits({ enforce: false });
  }
  assert.ok(
    (await burst(12)).every((r) => r.status === 200),
    'no 429 once off again',
  );
  assert.throws(() => s.sim.control.rateLimits({ enforce: true, accountId: 'nobody' }), /no account/);
});

test('POST /_sim/settings changes one group value; the other groups and the account keep theirs', async () => {
  const groups = (await s.get('/groups?page_size=300')).json.groups as { id: string }[];
  const before = await Promise.all(
    groups.slice(0, 3).map(async (g) => (await s.get(`/groups/${g.id}/settings?custom_query_fields=waiting_room`)).json.in_meeting.waiting_room),
  );
  const res = await fetch(`${s.sim.url}/_sim/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountId: s.account.accountId, groupId: groups[1].id, path: 'in_meeting.waiting_room', value: !before[1] }),
  });
  assert.equal(res.status, 200);
  const after = await Promise.all(
    groups.slice(0, 3).map(async (g) => (await s.get(`/groups/${g.id}/settings?custom_query_fields=waiting_room`)).json.in_meeting.waiting_room),
  );
  assert.deepEqual(after, [before[0], !before[1], before[2]]);
  assert.equal((await s.get(`/groups/${groups[1].id}/settings`)).json.in_meeting.waiting_room, !before[1]);
  assert.throws(() => s.sim.control.setSetting({ accountId: s.account.accountId, path: 'in_meeting.no_such_key', value: 1 }), /no setting/);
});
