// "." and ".." (and their percent-encodings) as an ID would walk the API path: getUser('..') would
// ask for /v2/, a sub account ".." would show the master's own objects under the sub account's name.
// The path builder refuses them, naming the ID, before anything is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomInputError } from '../../../src/zoom/errors';
import { paths, walksPath } from '../../../src/zoom/paths';
import { ACME, apiRequests, clientFor, rejection, simPerFile } from './sim';

const WALKING = ['.', '..', '%2e', '%2E%2e', '.%2e', '%252e%252e', '%25252e%25252E', '../users', 'a/../b', '..\\x', ''];

const sim = simPerFile();

test('walksPath: dot segments in any encoding, and only those', () => {
  for (const id of WALKING) assert.equal(walksPath(id), true, JSON.stringify(id));
  for (const id of ['u1', 'KDcuGIm1QgePTO8WbOqwIQ', 'jane.doe@example.com', '...', '.hidden', 'a.b', '%zz', 'me', '100%']) {
    assert.equal(walksPath(id), false, JSON.stringify(id));
  }
});

test('every client call refuses a path-walking user, group, role or sub-account ID, naming it, and sends nothing', async () => {
  const { client } = await clientFor(sim, ACME);
  await sim.clearRequests();
  for (const id of WALKING) {
    const calls: [string, () => Promise<unknown>][] = [
      ['getUser', async () => client.getUser(id)],
      ['getGroup', async () => client.getGroup(id)],
      ['groupSettings', async () => client.groupSettings(id)],
      ['groupLockSettings', async () => client.groupLockSettings(id)],
      ['listGroupMembers', async () => client.listGroupMembers(id).all()],
      ['listGroupAdmins', async () => client.listGroupAdmins(id).all()],
      ['listRoleMembers', async () => client.listRoleMembers(id).all()],
      ['listUsers in sub account', async () => client.listUsers({ status: 'active' }, { subAccountId: id }).all()],
      ['getUser in sub account', async () => client.getUser('me', { subAccountId: id })],
      ['listGroups in sub account', async () => client.listGroups({ subAccountId: id }).all()],
    ];
    // An empty sub account ID means the account itself (AccountScope), so only the object calls take ''.
    for (const [what, call] of id === '' ? calls.slice(0, 7) : calls) {
      const error = await rejection(call());
      assert.ok(error instanceof ZoomInputError, `${what}(${JSON.stringify(id)}) gave ${String(error)}`);
      assert.equal(error.id, id);
      assert.ok(error.message.includes(`"${id}" is not a valid ID`), error.message);
    }
  }
  assert.deepEqual(await apiRequests(sim), [], 'no request reached Zoom');
  assert.throws(() => paths.subAccount('..'), ZoomInputError);
  assert.throws(() => paths.role('%2e%2e'), ZoomInputError);
});

test('ordinary IDs and emails still reach their object', async () => {
  const { client } = await clientFor(sim, ACME);
  const [first] = (await client.listUsers({ status: 'active' }).page()).items;
  assert.equal((await client.getUser(first.email)).id, first.id);
  assert.equal((await client.getUser(first.id!, { subAccountId: ACME })).id, first.id);
});

test('every path in the own-account and the sub-account form, IDs encoded', () => {
  const s = { subAccountId: 's 1' };
  const own: [string, string][] = [
    [paths.users(), '/users'],
    [paths.user('a@b.c'), '/users/a%40b.c'],
    [paths.userSummary(), '/users/summary'],
    [paths.groups(), '/groups'],
    [paths.group('g/1'), '/groups/g%2F1'],
    [paths.groupMembers('g'), '/groups/g/members'],
    [paths.groupAdmins('g'), '/groups/g/admins'],
    [paths.groupSettings('g'), '/groups/g/settings'],
    [paths.groupLockSettings('g'), '/groups/g/lock_settings'],
    [paths.userSettings('u'), '/users/u/settings'],
    [paths.accountSettings(), '/accounts/me/settings'],
    [paths.accountLockSettings(), '/accounts/me/lock_settings'],
    [paths.roles(), '/roles'],
    [paths.role('2'), '/roles/2'],
    [paths.roleMembers('2'), '/roles/2/members'],
    [paths.subAccounts(), '/accounts'],
    [paths.subAccount('s 1'), '/accounts/s%201'],
  ];
  const sub: [string, string][] = [
    [paths.users(s), '/accounts/s%201/users'],
    [paths.user('u', s), '/accounts/s%201/users/u'],
    [paths.userSummary(s), '/accounts/s%201/users/summary'],
    [paths.groups(s), '/accounts/s%201/groups'],
    [paths.group('g', s), '/accounts/s%201/groups/g'],
    [paths.groupMembers('g', s), '/accounts/s%201/groups/g/members'],
    [paths.groupAdmins('g', s), '/accounts/s%201/groups/g/admins'],
    [paths.groupSettings('g', s), '/accounts/s%201/groups/g/settings'],
    [paths.groupLockSettings('g', s), '/accounts/s%201/groups/g/lock_settings'],
    [paths.userSettings('u', s), '/accounts/s%201/users/u/settings'],
    [paths.accountSettings(s), '/accounts/s%201/settings'],
    [paths.accountLockSettings(s), '/accounts/s%201/lock_settings'],
    [paths.roles(s), '/accounts/s%201/roles'],
    [paths.role('2', s), '/accounts/s%201/roles/2'],
    [paths.roleMembers('2', s), '/accounts/s%201/roles/2/members'],
  ];
  for (const [actual, expected] of [...own, ...sub]) assert.equal(actual, expected);
  assert.equal(paths.users({ subAccountId: '' }), '/users', 'an empty sub-account id is the own account');
});

test('walksPath: backslashes split too, undecodable text is an ordinary ID, endless encodings are refused', () => {
  assert.equal(walksPath('a\\..\\b'), true);
  assert.equal(walksPath('100%'), false);
  assert.equal(walksPath('%2525252525252e'), true, 'still encoded after every round');
  assert.equal(walksPath('...'), false, 'three dots name an object');
});
