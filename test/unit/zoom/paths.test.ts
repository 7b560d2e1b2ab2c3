// "." and ".." (and their percent-encodings) as an ID would walk the API path: getUser('..') would
// ask for /v2/, a sub account ".." would show the master's own objects under the sub account's name.
// The path builder refuses them, naming the ID, before anything is sent.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomInputError } from '../../../src/zoom/errors';
import { paths, walksPath } from '../../../src/zoom/paths';
import { ACME, apiRequests, clientFor, openSim, rejection, type Sim } from './sim';

const WALKING = ['.', '..', '%2e', '%2E%2e', '.%2e', '%252e%252e', '%25252e%25252E', '../users', 'a/../b', '..\\x', ''];

let sim: Sim;
before(async () => { sim = await openSim(); });
after(async () => { await sim.close(); });
beforeEach(async () => { await sim.reset(); });

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
