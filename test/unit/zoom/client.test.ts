// ZoomClient against the simulator over real HTTP: endpoints in both account forms, Zoom's
// quirks (pending users without id, "" as the last page token, admins without id), paging with
// the spec's page sizes and the restart on code 300, and validation at the boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZoomApiError, ZoomResponseError } from '../../../src/zoom/errors';
import type { FetchLike } from '../../../src/zoom/http';
import type { ZoomUser } from '../../../src/zoom/types';
import { ACME, GLOBEX, apiRequests, clientFor, rejection, simPerFile } from './sim';

const sim = simPerFile();

function assertUnique(users: { id?: string; email: string }[]) {
  const keys = users.map((u) => u.id ?? u.email);
  assert.equal(new Set(keys).size, keys.length, 'no user listed twice');
}

test('lists every active user at page size 2000 with the same query on every page', async () => {
  const { client, log } = await clientFor(sim, ACME);
  const pages = [];
  for await (const page of client.listUsers({ status: 'active' }).pages()) pages.push(page);
  const users = pages.flatMap((p) => p.items);
  const total = pages[0].totalRecords;
  assert.ok(total && total > 2000, 'Acme has more than one page of users');
  assert.equal(users.length, total);
  assertUnique(users);
  assert.ok(users.every((u) => u.status === undefined || u.status === 'active'));
  assert.equal(pages.at(-1)!.nextPageToken, undefined, 'the last page ends the walk');

  const requests = await apiRequests(sim, '/v2/users');
  assert.equal(requests.length, Math.ceil(total / 2000));
  for (const r of requests) {
    assert.equal(r.query.page_size, '2000');
    assert.equal(r.query.status, 'active');
  }
  assert.equal(requests[0].query.next_page_token, undefined);
  assert.ok(
    requests.slice(1).every((r) => r.query.next_page_token),
    'later pages carry the token',
  );
  // One debug line per request: method, path and query, status, time, tracking id.
  const lines = log.lines.filter((l) => l.startsWith('debug GET /users?'));
  assert.equal(lines.length, requests.length);
  for (const line of lines)
    assert.match(line, /^debug GET \/users\?status=active&page_size=2000(&next_page_token=\w+)? -> 200 in \d+ ms \(tracking id v=2\.0;[^)]+\)$/);
  assert.equal(log.lines.filter((l) => l.startsWith('debug POST /oauth/token -> 200')).length, 1);
});

test('pending users come without id and are still listed, by email', async () => {
  const { client } = await clientFor(sim, ACME);
  const pending = await client.listUsers({ status: 'pending' }).all();
  assert.ok(pending.length > 0);
  assert.ok(pending.every((u) => u.id === undefined && typeof u.email === 'string' && u.email.includes('@')));
  assertUnique(pending);
});

test('maxPageSize lowers the page size and the query stays identical', async () => {
  const { client } = await clientFor(sim, GLOBEX, { maxPageSize: 50 });
  const users = await client.listUsers({ status: 'active', include_fields: 'custom_attributes' }).all();
  const requests = await apiRequests(sim, '/v2/users');
  assert.equal(requests.length, Math.ceil(users.length / 50));
  assert.ok(requests.every((r) => r.query.page_size === '50' && r.query.include_fields === 'custom_attributes' && r.query.status === 'active'));
  assertUnique(users);
});

test('an expired page token (code 300) restarts from page one once, without duplicates', async () => {
  const { client } = await clientFor(sim, ACME, { maxPageSize: 500 });
  const expected = await client.listUsers({ status: 'active' }).all();
  await sim.clearRequests();
  await sim.addFault({ match: { method: 'GET', path: '/v2/users', nth: 3 }, action: { kind: 'expire-page-token' } });
  const seen: ZoomUser[] = [];
  for await (const page of client.listUsers({ status: 'active' }).pages()) seen.push(...page.items);
  assert.deepEqual(seen.map((u) => u.id).sort(), expected.map((u) => u.id).sort());
  const requests = await apiRequests(sim, '/v2/users');
  const firstPages = requests.filter((r) => !r.query.next_page_token);
  assert.equal(firstPages.length, 2, 'restarted once from the first page');
  assert.equal(requests.filter((r) => r.status === 400).length, 1);
});

test('a second expired page token after the restart fails with a clear error', async () => {
  const { client } = await clientFor(sim, ACME, { maxPageSize: 500 });
  // Request 2 (page 2) expires; the restart fetches page 1 (request 3) and page 2 again (request 4), which expires too.
  await sim.addFault({ match: { method: 'GET', path: '/v2/users', nth: 2 }, action: { kind: 'expire-page-token' } });
  await sim.addFault({ match: { method: 'GET', path: '/v2/users', nth: 4 }, action: { kind: 'expire-page-token' } });
  const error = await rejection(client.listUsers({ status: 'active' }).all());
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.equal(error.code, 300);
  assert.equal(error.kind, 'pageTokenExpired');
  assert.deepEqual(
    (await apiRequests(sim, '/v2/users')).map((r) => r.status),
    [200, 400, 200, 400],
  );
});

test('stopping after the first page cancels the page asked for ahead and leaves no request behind', async () => {
  const signals: (AbortSignal | undefined)[] = [];
  const fetch: FetchLike = (input, init) => {
    if (String(input).includes('/v2/users')) signals.push(init?.signal ?? undefined);
    return globalThis.fetch(input, init);
  };
  const { client } = await clientFor(sim, ACME, { maxPageSize: 500, fetch });
  await sim.addFault({ match: { path: '/v2/users', nth: 2 }, action: { kind: 'delay', ms: 300 } });
  for await (const page of client.listUsers({ status: 'active' }).pages()) {
    assert.equal(page.items.length, 500);
    break;
  }
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(signals.length, 2, 'the first page and the second, asked for ahead of time; nothing else follows');
  assert.equal(signals[0]?.aborted, false);
  assert.equal(signals[1]?.aborted, true, 'the prefetch is cancelled');
});

test('a next_page_token read early from the wrong place is checked and the list stays right', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const body = '{"meta":{"next_page_token":"not-the-real-one"},"total_records":1,"users":[{"id":"u1","email":"u1@x.example","type":1}],"next_page_token":""}';
  await sim.addFault({ match: { path: '/v2/users' }, action: { kind: 'status', status: 200, body } });
  const users = await client.listUsers({ status: 'active' }).all();
  assert.deepEqual(
    users.map((u) => u.id),
    ['u1'],
  );
});

test('page(token) fetches exactly one page for "Load more"', async () => {
  const { client } = await clientFor(sim, ACME);
  const list = client.listGroups();
  const first = await list.page();
  assert.ok(first.items.length > 0 && first.items.length <= 300);
  assert.equal(typeof first.totalRecords, 'number');
  const requests = await apiRequests(sim, '/v2/groups');
  assert.equal(requests.length, 1);
  assert.equal(requests[0].query.page_size, '300');
});

test('sub-account forms use /accounts/{id}/… paths', async () => {
  const { client } = await clientFor(sim, ACME);
  const subs = await client.listSubAccounts().all();
  const east = subs.find((s) => s.id === 'acme-sub-east');
  assert.ok(east, 'Acme lists its sub account acme-sub-east');
  assert.equal(typeof east.account_name, 'string');
  const users = await client.listUsers({ status: 'active' }, { subAccountId: east.id }).all();
  assert.ok(users.length > 0);
  const one = await client.getUser(users[0].id!, { subAccountId: east.id });
  assert.equal(one.email, users[0].email);
  const groups = await client.listGroups({ subAccountId: east.id }).all();
  const summary = await client.userSummary({ subAccountId: east.id });
  assert.ok(summary.total_users_count && summary.total_users_count >= users.length, "the sub account's own summary");
  const paths = (await apiRequests(sim)).map((r) => r.path);
  assert.ok(paths.includes('/v2/accounts'));
  assert.ok(paths.includes('/v2/accounts/acme-sub-east/users'));
  assert.ok(paths.includes(`/v2/accounts/acme-sub-east/users/${encodeURIComponent(users[0].id!)}`));
  assert.ok(paths.includes('/v2/accounts/acme-sub-east/groups'));
  assert.ok(paths.includes('/v2/accounts/acme-sub-east/users/summary'));
  const own = await client.listGroups().all();
  assert.ok(groups.length > 0, 'the sub account has groups');
  assert.ok(
    groups.every((g) => !own.some((o) => o.id === g.id)),
    "and they are its own, not the master's",
  );
});

test('sub-account IDs are path-encoded', async () => {
  const { client } = await clientFor(sim, ACME);
  const error = await rejection(client.listUsers({ status: 'active' }, { subAccountId: 'a/b?c' }).page());
  assert.ok(error instanceof ZoomApiError, String(error));
  assert.deepEqual(
    (await apiRequests(sim)).map((r) => r.path),
    ['/v2/accounts/a%2Fb%3Fc/users'],
  );
});

test('group members are asked for 2000 at a time, and maxPageSize above a spec maximum is capped', async () => {
  const { client } = await clientFor(sim, ACME);
  const [group] = (await client.listGroups().page()).items;
  await client.listGroupMembers(group.id).page();
  const [members] = await apiRequests(sim, `/v2/groups/${group.id}/members`);
  assert.equal(members.query.page_size, '2000');

  const big = (await clientFor(sim, ACME, { maxPageSize: 5000 })).client;
  await sim.clearRequests();
  await big.listGroups().page();
  await big.listUsers({ status: 'active' }).page();
  assert.equal((await apiRequests(sim, '/v2/groups'))[0].query.page_size, '300');
  assert.equal((await apiRequests(sim, '/v2/users'))[0].query.page_size, '2000');
});

test('getUser by id and by email; an unknown user is code 1001 with a friendly sentence', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const [first] = (await client.listUsers({ status: 'active' }).page()).items;
  const byId = await client.getUser(first.id!);
  const byEmail = await client.getUser(first.email);
  assert.equal(byId.id, first.id);
  assert.equal(byEmail.id, first.id);
  const error = await rejection(client.getUser('nobody@nowhere.example'));
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.httpStatus, 404);
  assert.equal(error.code, 1001);
  assert.equal(error.kind, 'userNotFound');
  assert.equal(error.endpoint, 'GET /users/nobody%40nowhere.example');
  assert.match(error.friendly, /User nobody@nowhere\.example does not exist/);
  assert.match(error.message, /HTTP 404, Zoom code 1001/);
});

test('groups: list, get, members, admins without ids, settings variants, lock settings', async () => {
  const { client } = await clientFor(sim, ACME);
  const groups = await client.listGroups().all();
  assert.ok(groups.length > 0);
  const group = await client.getGroup(groups[0].id);
  assert.equal(group.name, groups[0].name);
  const members = await client.listGroupMembers(group.id).all();
  assert.ok(members.every((m) => typeof m.id === 'string' && typeof m.email === 'string'));
  let admins = 0;
  for (const g of groups) {
    const list = await client.listGroupAdmins(g.id).all();
    assert.ok(list.every((a) => typeof a.email === 'string' && a.id === undefined));
    admins += list.length;
  }
  assert.ok(admins > 0, 'some group has admins');

  const full = await client.groupSettings(group.id);
  assert.ok('in_meeting' in full && 'recording' in full, 'default settings have their sections');
  const security = await client.groupSettings(group.id, { option: 'meeting_security' });
  assert.ok('meeting_security' in security);
  const auth = await client.groupSettings(group.id, { option: 'meeting_authentication' });
  assert.ok('meeting_authentication' in auth);
  const picked = await client.groupSettings(group.id, { custom_query_fields: 'host_video,participant_video' });
  const leaves = JSON.stringify(picked);
  assert.match(leaves, /host_video/);
  assert.doesNotMatch(leaves, /waiting_room/, 'custom_query_fields filters');
  const lock = await client.groupLockSettings(group.id);
  assert.ok('schedule_meeting' in lock && 'in_meeting' in lock, 'lock settings have their sections');
  const lockSecurity = await client.groupLockSettings(group.id, { option: 'meeting_security' });
  assert.ok('meeting_security' in lockSecurity);
  const settingsQueries = (await apiRequests(sim, `/v2/groups/${group.id}/settings`)).map((r) => r.query);
  assert.deepEqual(settingsQueries[1], { option: 'meeting_security' });
});

test('a missing group is code 4130 (HTTP 404) on every group endpoint', async () => {
  const { client } = await clientFor(sim, ACME);
  for (const call of [
    () => client.getGroup('no-such-group'),
    () => client.listGroupMembers('no-such-group').all(),
    () => client.groupSettings('no-such-group'),
  ]) {
    const error = await rejection(call());
    assert.ok(error instanceof ZoomApiError);
    assert.equal(error.code, 4130);
    assert.equal(error.kind, 'groupNotFound');
    assert.match(error.friendly, /Group no-such-group does not exist/);
  }
});

test('roles and role members', async () => {
  const { client } = await clientFor(sim, ACME);
  const roles = await client.listRoles();
  assert.ok(roles.items.length > 0);
  assert.ok(roles.items.every((r) => typeof r.id === 'string' && typeof r.name === 'string'));
  const members = await client.listRoleMembers(roles.items[0].id).all();
  assert.ok(members.length > 0, 'the first role (Owner) has its member');
  assert.ok(members.every((m) => typeof m.email === 'string' && m.email.includes('@')));
  const [request] = await apiRequests(sim, `/v2/roles/${encodeURIComponent(roles.items[0].id)}/members`);
  assert.equal(request.query.page_size, '300');
});

test('sub accounts on a plain account: 4711 naming the missing scope, never retried', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const error = await rejection(client.listSubAccounts().all());
  assert.ok(error instanceof ZoomApiError);
  assert.equal(error.code, 4711);
  assert.equal(error.kind, 'missingScopes');
  assert.deepEqual(error.missingScopes, ['account:read:list_sub_accounts:master']);
  assert.match(error.friendly, /missing the scopes account:read:list_sub_accounts:master/);
  assert.equal((await apiRequests(sim, '/v2/accounts')).length, 1);
});

test('getText returns the body byte for byte', async () => {
  const { client } = await clientFor(sim, ACME);
  // Spacing, key order, escapes, non-ASCII text and a big integer, exactly as sent.
  const sent = '{ "z":1,\n  "a" : "caf\u00e9 \u4e2d", "n":18014398509481985,\t"s":"é中" }';
  await sim.addFault({ match: { path: '/v2/groups/g1/settings' }, action: { kind: 'status', status: 200, body: sent } });
  assert.equal(await client.getText('/groups/g1/settings', { option: 'meeting_security' }), sent);
});

test('integers beyond 2^53 arrive as exact strings', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const body = '{"id":"big1","email":"big@example.com","type":1,"zoom_one_type":18014398509481985,"license_info_list":[{"license_option":36028797018963971}]}';
  await sim.addFault({ match: { path: '/v2/users/big1' }, action: { kind: 'status', status: 200, body, headers: { 'content-type': 'application/json' } } });
  const user = await client.getUser('big1');
  assert.equal(user.zoom_one_type, '18014398509481985');
  assert.deepEqual(user.license_info_list, [{ license_option: '36028797018963971' }]);
});

test('a reply missing a required field names the endpoint and the field', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({
    match: { path: '/v2/users' },
    action: {
      kind: 'status',
      status: 200,
      body: {
        total_records: 2,
        users: [
          { id: 'a', email: 'a@x.example', type: 1 },
          { id: 'b', type: 1 },
        ],
      },
    },
  });
  const error = await rejection(client.listUsers({ status: 'active' }).all());
  assert.ok(error instanceof ZoomResponseError);
  assert.equal(error.kind, 'badShape');
  assert.match(error.message, /GET \/users/);
  assert.match(error.message, /users\[1\]\.email/);

  await sim.addFault({ match: { path: '/v2/groups' }, action: { kind: 'status', status: 200, body: { total_records: 5 } } });
  const missing = await rejection(client.listGroups().all());
  assert.ok(missing instanceof ZoomResponseError);
  assert.match(missing.message, /list field groups is missing/);
});

test('unknown fields are kept', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: '/v2/groups/g1' }, action: { kind: 'status', status: 200, body: { id: 'g1', name: 'G', brand_new_field: { x: 1 } } } });
  const group = await client.getGroup('g1');
  assert.deepEqual(group.brand_new_field, { x: 1 });
});

test('a JSON array where an object is expected is a shape error, for a reply and for a list item', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: '/v2/users/u1' }, action: { kind: 'status', status: 200, body: [{ id: 'u1', email: 'u1@x.example', type: 1 }] } });
  const reply = await rejection(client.getUser('u1'));
  assert.ok(reply instanceof ZoomResponseError, String(reply));
  assert.equal(reply.kind, 'badShape');
  assert.match(reply.message, /is not a JSON object/);

  await sim.addFault({ match: { path: '/v2/users' }, action: { kind: 'status', status: 200, body: { total_records: 1, users: [['u1', 'u1@x.example', 1]] } } });
  const item = await rejection(client.listUsers({ status: 'active' }).all());
  assert.ok(item instanceof ZoomResponseError, String(item));
  assert.equal(item.kind, 'badShape');
  assert.match(item.message, /users\[0\] is not a JSON object/);
});

test('an int-or-string field takes a number or a decimal string and refuses other text', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  const user = (zoomOneType: unknown) => ({ id: 'u1', email: 'u1@x.example', type: 1, zoom_one_type: zoomOneType });
  await sim.addFault({ match: { path: '/v2/users/u1' }, times: 1, action: { kind: 'status', status: 200, body: user('-18014398509481985') } });
  assert.equal((await client.getUser('u1')).zoom_one_type, '-18014398509481985');
  await sim.addFault({ match: { path: '/v2/users/u1' }, times: 1, action: { kind: 'status', status: 200, body: user(4) } });
  assert.equal((await client.getUser('u1')).zoom_one_type, 4);
  for (const bad of ['abc', '12a', '', true]) {
    await sim.addFault({ match: { path: '/v2/users/u1' }, times: 1, action: { kind: 'status', status: 200, body: user(bad) } });
    const error = await rejection(client.getUser('u1'));
    assert.ok(error instanceof ZoomResponseError, `${JSON.stringify(bad)}: ${String(error)}`);
    assert.match(error.message, /zoom_one_type is not a int-or-string/);
  }
});

test('a shape error names the object it is about: user, summary, group, roles[i]', async () => {
  const { client } = await clientFor(sim, GLOBEX);
  await sim.addFault({ match: { path: '/v2/users/u1' }, action: { kind: 'status', status: 200, body: { id: 'u1', type: 1 } } });
  assert.match((await rejection(client.getUser('u1'))).message, /the required field user\.email is missing/);
  await sim.addFault({ match: { path: '/v2/users/summary' }, action: { kind: 'status', status: 200, body: { total_users_count: 'many' } } });
  assert.match((await rejection(client.userSummary())).message, /the field summary\.total_users_count is not a number/);
  await sim.addFault({ match: { path: '/v2/groups/g1' }, action: { kind: 'status', status: 200, body: { id: 'g1' } } });
  assert.match((await rejection(client.getGroup('g1'))).message, /the required field group\.name is missing/);
  await sim.addFault({ match: { path: '/v2/roles' }, action: { kind: 'status', status: 200, body: { total_records: 1, roles: [{ id: '0' }] } } });
  assert.match((await rejection(client.listRoles())).message, /the required field roles\[0\]\.name is missing/);
});

test('a maxPageSize of zero or below is ignored: the spec maximum is used', async () => {
  for (const maxPageSize of [-5, 0]) {
    const { client } = await clientFor(sim, ACME, { maxPageSize });
    await sim.clearRequests();
    await client.listGroups().page();
    assert.equal((await apiRequests(sim, '/v2/groups'))[0].query.page_size, '300', `maxPageSize ${maxPageSize}`);
  }
});
