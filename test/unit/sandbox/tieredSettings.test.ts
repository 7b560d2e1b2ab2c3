// The simulator's settings at three levels: account settings and lock settings, user settings and
// group lock settings in the spec's shapes and views, consistent like Zoom's tiered settings (an
// account-locked key has the account's value in every group and user; a group-locked key has the
// group's value in its members, the first locking group in group_ids deciding).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultWorld } from '../../sandbox/server';
import { lockedPaths } from '../../sandbox/settings';
import { session, type Session } from './simClient';

type Json = Record<string, unknown>;
let s: Session;
let groups: { id: string }[];
before(async () => {
  s = await session(defaultWorld());
  groups = (await s.get('/groups?page_size=300')).json.groups;
});
after(() => s.sim.close());

const at = (body: Json, path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), body);
const has = (body: Json, path: string[]) =>
  path.slice(0, -1).reduce<unknown>((v, k) => (v as Json | undefined)?.[k], body) !== undefined &&
  Object.hasOwn(at(body, path.slice(0, -1)) as Json, path[path.length - 1]);

test('account settings: the spec sections, its four views and custom_query_fields; /accounts/{own id} is the same account', async () => {
  const all = (await s.get('/accounts/me/settings')).json;
  assert.deepEqual(Object.keys(all).sort(), [
    'audio_conferencing',
    'chat',
    'email_notification',
    'feature',
    'general_setting',
    'in_meeting',
    'integration',
    'mail_calendar',
    'other_options',
    'profile',
    'recording',
    'schedule_meeting',
    'security',
    'smart_recognition',
    'telephony',
    'tsp',
    'zoom_rooms',
  ]);
  assert.deepEqual(Object.keys((await s.get('/accounts/me/settings?option=security')).json), ['security']);
  assert.deepEqual(Object.keys((await s.get('/accounts/me/settings?option=meeting_security')).json), ['meeting_security']);
  assert.ok('meeting_authentication' in (await s.get('/accounts/me/settings?option=meeting_authentication')).json);
  assert.deepEqual((await s.get('/accounts/me/settings?custom_query_fields=host_video')).json, {
    schedule_meeting: { host_video: all.schedule_meeting.host_video },
  });
  assert.deepEqual((await s.get(`/accounts/${s.account.accountId}/settings`)).json, all);
  assert.equal((await s.get('/accounts/me/settings?option=bogus')).status, 400);
});

test('account lock settings: booleans in the spec sections, some locked, meeting_security view', async () => {
  const locks = (await s.get('/accounts/me/lock_settings')).json;
  assert.deepEqual(Object.keys(locks).sort(), [
    'audio_conferencing',
    'chat',
    'email_notification',
    'in_meeting',
    'other_options',
    'recording',
    'schedule_meeting',
    'telephony',
    'tsp',
  ]);
  const locked = lockedPaths(locks).length;
  assert.ok(locked > 5, `some keys are locked (${locked})`);
  assert.deepEqual(Object.keys((await s.get('/accounts/me/lock_settings?option=meeting_security')).json), ['meeting_security']);
});

test("every group has the account's value at each account-locked key, and so does every user", async () => {
  const account = (await s.get('/accounts/me/settings')).json;
  const locks = (await s.get('/accounts/me/lock_settings')).json;
  let checked = 0;
  for (const g of groups.slice(0, 5)) {
    const body = (await s.get(`/groups/${g.id}/settings`)).json;
    for (const path of lockedPaths(locks)) {
      if (!has(body, path) || !has(account, path)) continue;
      assert.deepEqual(at(body, path), at(account, path), `group ${g.id} ${path.join('.')}`);
      checked++;
    }
    const members = (await s.get(`/groups/${g.id}/members?page_size=5`)).json.members as { id: string }[];
    for (const m of members) {
      const user = (await s.get(`/users/${m.id}/settings`)).json;
      for (const path of lockedPaths(locks))
        if (has(user, path) && has(account, path)) assert.deepEqual(at(user, path), at(account, path), `user ${m.id} ${path.join('.')}`);
    }
  }
  assert.ok(checked > 10, `account-locked keys present in group settings were checked (${checked})`);
});

test("a key a user's first locking group locks (and the account does not) has that group's value; groups differ from the account elsewhere", async () => {
  const accountLocks = (await s.get('/accounts/me/lock_settings')).json;
  const users = (await s.get('/users?page_size=300')).json.users as { id: string; group_ids: string[] }[];
  let checked = 0;
  for (const u of users.filter((x) => x.group_ids.length > 0).slice(0, 20)) {
    const body = (await s.get(`/users/${u.id}/settings`)).json;
    const decided = new Set<string>();
    for (const gid of u.group_ids) {
      const groupLocks = (await s.get(`/groups/${gid}/lock_settings`)).json;
      const group = (await s.get(`/groups/${gid}/settings`)).json;
      for (const path of lockedPaths(groupLocks)) {
        const key = path.join('.');
        if (decided.has(key) || at(accountLocks, path) === true || !has(body, path) || !has(group, path)) continue;
        decided.add(key);
        assert.deepEqual(at(body, path), at(group, path), `user ${u.id} ${key} from group ${gid}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 10, `group-locked keys were checked (${checked})`);
  const account = (await s.get('/accounts/me/settings')).json;
  const group = (await s.get(`/groups/${groups[0].id}/settings`)).json;
  assert.notDeepEqual(group.in_meeting, account.in_meeting, 'a group has its own values where nothing is locked');
});

test('user settings: the spec sections and views; unknown user 404 code 1001', async () => {
  const users = (await s.get('/users?page_size=1')).json.users as { id: string }[];
  const all = (await s.get(`/users/${users[0].id}/settings`)).json;
  assert.deepEqual(Object.keys(all).sort(), [
    'audio_conferencing',
    'email_notification',
    'feature',
    'in_meeting',
    'profile',
    'recording',
    'schedule_meeting',
    'telephony',
    'tsp',
    'whiteboard',
  ]);
  assert.deepEqual(Object.keys((await s.get(`/users/${users[0].id}/settings?option=meeting_security`)).json), ['meeting_security']);
  const missing = await s.get('/users/nobody/settings');
  assert.deepEqual([missing.status, missing.json.code], [404, 1001]);
});
