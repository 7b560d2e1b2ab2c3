import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultWorld } from '../../sandbox/server';
import { session, type Session } from './simClient';

let s: Session;
let groups: { id: string; name: string; total_members: number }[];
before(async () => {
  s = await session(defaultWorld());
  groups = (await s.get('/groups?page_size=300')).json.groups;
});
after(() => s.sim.close());

test('GET /groups: total_records and next_page_token, no page_count; max 300', async () => {
  const r = await s.get('/groups?page_size=15');
  assert.deepEqual(Object.keys(r.json).sort(), ['groups', 'next_page_token', 'total_records']);
  assert.equal(r.json.total_records, 40);
  const rest = await s.get(`/groups?page_size=15&next_page_token=${r.json.next_page_token}`);
  assert.equal(rest.json.groups.length, 15);
  assert.equal(groups.length, 40);
  assert.deepEqual(Object.keys(groups[0]).sort(), ['id', 'name', 'total_members']);
});

test('unknown group: 404 code 4130; a group of another account: 400 code 1010', async () => {
  const r = await s.get('/groups/no-such-group');
  assert.deepEqual([r.status, r.json], [404, { code: 4130, message: 'A group with this no-such-group does not exist.' }]);
  const other = await session(defaultWorld(), 'globex-002');
  try {
    const r2 = await other.get(`/groups/${groups[0].id}/members`);
    assert.deepEqual([r2.status, r2.json.code], [400, 1010]);
  } finally {
    await other.sim.close();
  }
});

test('members page like users; their count is total_members', async () => {
  const g = groups[0];
  const r = await s.get(`/groups/${g.id}/members?page_size=2000`);
  assert.equal(r.json.total_records, g.total_members);
  assert.equal(r.json.members.length, g.total_members);
  assert.equal(r.json.next_page_token, '');
  for (const k of ['page_count', 'page_number', 'page_size']) assert.ok(k in r.json, k);
  assert.deepEqual(Object.keys(r.json.members[0]).sort(), ['email', 'first_name', 'id', 'last_name', 'type']);
  const member = await s.get(`/users/${r.json.members[0].id}`);
  assert.ok(member.json.group_ids.includes(g.id));
});

test('admins have email and name but no id, and page at 30 by default', async () => {
  const r = await s.get(`/groups/${groups[0].id}/admins`);
  assert.equal(r.json.admins.length, 30);
  assert.ok(r.json.next_page_token);
  assert.deepEqual(Object.keys(r.json.admins[0]).sort(), ['email', 'name']);
  const rest = await s.get(`/groups/${groups[0].id}/admins?next_page_token=${r.json.next_page_token}`);
  assert.equal(rest.json.admins.length, r.json.total_records - 30);
  assert.equal(rest.json.next_page_token, '');
});

test('settings: every spec section; option variants; groups differ', async () => {
  const a = (await s.get(`/groups/${groups[0].id}/settings`)).json;
  const b = (await s.get(`/groups/${groups[1].id}/settings`)).json;
  assert.deepEqual(Object.keys(a).sort(), [
    'audio_conferencing',
    'chat',
    'email_notification',
    'in_meeting',
    'other_options',
    'profile',
    'recording',
    'schedule_meeting',
    'telephony',
  ]);
  assert.notDeepEqual(a, b);
  const auth = (await s.get(`/groups/${groups[0].id}/settings?option=meeting_authentication`)).json;
  assert.equal(typeof auth.meeting_authentication, 'boolean');
  assert.ok(auth.authentication_options.length > 0, "the account's authentication profiles are listed");
  for (const o of auth.authentication_options) assert.ok(typeof o.id === 'string' && typeof o.name === 'string', JSON.stringify(o));
  const rec = (await s.get(`/groups/${groups[0].id}/settings?option=recording_authentication`)).json;
  assert.equal(typeof rec.recording_authentication, 'boolean');
  const sec = (await s.get(`/groups/${groups[0].id}/settings?option=meeting_security`)).json;
  assert.deepEqual(Object.keys(sec), ['meeting_security']);
  const bad = await s.get(`/groups/${groups[0].id}/settings?option=nope`);
  assert.deepEqual([bad.status, bad.json.code], [400, 300]);
});

test('custom_query_fields keeps only those leaves, nested under their sections', async () => {
  const full = (await s.get(`/groups/${groups[2].id}/settings`)).json;
  const r = await s.get(`/groups/${groups[2].id}/settings?custom_query_fields=host_video,participant_video,auto_recording`);
  assert.deepEqual(r.json, {
    schedule_meeting: { host_video: full.schedule_meeting.host_video, participant_video: full.schedule_meeting.participant_video },
    recording: { auto_recording: full.recording.auto_recording },
  });
});

test('lock settings: default and option=meeting_security', async () => {
  const d = (await s.get(`/groups/${groups[0].id}/lock_settings`)).json;
  for (const section of ['in_meeting', 'schedule_meeting']) {
    const locks = JSON.stringify(d[section]).match(/":(true|false)\b/g) ?? [];
    assert.ok(locks.length >= 5, `${section}: a boolean lock per setting, ${locks.length} found`);
  }
  const sec = (await s.get(`/groups/${groups[0].id}/lock_settings?option=meeting_security`)).json;
  assert.deepEqual(Object.keys(sec), ['meeting_security']);
  assert.equal(typeof sec.meeting_security.waiting_room, 'boolean');
});

test('roles: not paginated; members page; unknown role is code 1034', async () => {
  const r = await s.get('/roles');
  assert.deepEqual(Object.keys(r.json).sort(), ['roles', 'total_records']);
  assert.equal(r.json.total_records, 5);
  const member = r.json.roles.find((x: { id: string }) => x.id === '2');
  const m = await s.get('/roles/2/members?page_size=300');
  assert.equal(m.json.total_records, member.total_members);
  assert.ok('department' in m.json.members[0]);
  const detail = await s.get(`/roles/${r.json.roles[4].id}`);
  assert.equal(detail.json.name, r.json.roles[4].name);
  const missing = await s.get('/roles/nope/members');
  assert.deepEqual([missing.status, missing.json.code], [400, 1034]);
});

test('a free account gets code 200 on group endpoints', async () => {
  const free = await session({ accounts: [{ name: 'Tiny', accountId: 'tiny', users: 3, plan: 'free' }] });
  try {
    const r = await free.get('/groups');
    assert.deepEqual([r.status, r.json], [400, { code: 200, message: 'Only available for Paid account.' }]);
    assert.equal(r.headers.get('x-ratelimit-limit'), '2');
  } finally {
    await free.sim.close();
  }
});
