import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultWorld, worldWithUsers } from '../../sandbox/server';
import { session, type Session } from './simClient';

let s: Session;
before(async () => {
  s = await session(defaultWorld());
});
after(() => s.sim.close());

test('every page follows next_page_token to "" with the same query; counts add up', async () => {
  const seen = new Set<string>();
  let next = '';
  let pages = 0;
  do {
    const r = await s.get(`/users?status=inactive&page_size=50${next ? `&next_page_token=${next}` : ''}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.total_records, 120);
    assert.equal(r.json.page_count, 3);
    assert.equal(r.json.page_size, 50);
    assert.equal(r.json.page_number, pages + 1);
    for (const u of r.json.users) {
      assert.equal(u.status, 'inactive');
      seen.add(u.id);
    }
    next = r.json.next_page_token;
    pages++;
  } while (next !== '');
  assert.equal(pages, 3);
  assert.equal(seen.size, 120);
});

test('pending users have no id, pmi or last login', async () => {
  const r = await s.get('/users?status=pending&page_size=300');
  assert.equal(r.json.users.length, 45);
  for (const u of r.json.users) {
    assert.equal(u.id, undefined);
    assert.equal(u.last_login_time, undefined);
    assert.equal(u.status, 'pending');
    assert.ok(u.email);
  }
});

test('default status is active, default page size 30, page_size above 2000 is clamped', async () => {
  const r = await s.get('/users');
  assert.equal(r.json.page_size, 30);
  assert.equal(r.json.users.length, 30);
  assert.ok(r.json.users.every((u: { status: string }) => u.status === 'active'));
  const big = await s.get('/users?page_size=5000');
  assert.equal(big.json.page_size, 2000);
  assert.equal(big.json.users.length, 2000);
});

test('a page token replayed with another status or page size, or after 15 minutes, is code 300', async () => {
  const first = await s.get('/users?page_size=10');
  const token = first.json.next_page_token as string;
  assert.ok(token.length > 10);
  for (const q of [`status=inactive&page_size=10`, `page_size=20`, `page_size=10&role_id=2`]) {
    const r = await s.get(`/users?${q}&next_page_token=${token}`);
    assert.deepEqual([r.status, r.json], [400, { code: 300, message: 'The next page token is invalid or expired.' }], q);
  }
  assert.equal((await s.get(`/users?status=active&page_size=10&next_page_token=${token}`)).status, 200);
  s.sim.control.advanceClock(15 * 60_000 + 1000);
  const late = await s.get(`/users?page_size=10&next_page_token=${token}`);
  assert.deepEqual([late.status, late.json.code], [400, 300]);
  s.sim.control.advanceClock(-(15 * 60_000 + 1000));
});

test('deprecated page_number (a string) still pages', async () => {
  const p1 = await s.get('/users?page_size=100&page_number=1');
  const p3 = await s.get('/users?page_size=100&page_number=3');
  assert.equal(p3.json.page_number, 3);
  assert.notEqual(p1.json.users[0].id, p3.json.users[0].id);
});

test('GET /users/{id} by id and by e-mail; unknown is 404 code 1001', async () => {
  const u = (await s.get('/users?page_size=5')).json.users[3];
  const byId = await s.get(`/users/${u.id}`);
  const byEmail = await s.get(`/users/${encodeURIComponent(u.email.toUpperCase())}`);
  assert.equal(byId.json.email, u.email);
  assert.equal(byEmail.json.id, u.id);
  assert.equal(byId.json.account_id, 'acme-master-001');
  assert.ok(byId.json.role_name);
  const missing = await s.get('/users/nobody@example.com');
  assert.deepEqual([missing.status, missing.json], [404, { code: 1001, message: 'User does not exist: nobody@example.com.' }]);
});

test('GET /users/me is the owner; an expired invitation is code 1120; pending details have no id', async () => {
  const me = await s.get('/users/me');
  assert.deepEqual([me.json.role_id, me.json.role_name, me.json.email], ['0', 'Owner', s.account.ownerEmail]);
  const pending = (await s.get('/users?status=pending&page_size=300')).json.users as { email: string }[];
  const answers = await Promise.all(pending.map((u) => s.get(`/users/${encodeURIComponent(u.email)}`)));
  const expired = answers.filter((r) => r.status === 400);
  assert.ok(expired.length > 0 && expired.length < pending.length);
  assert.ok(expired.every((r) => r.json.code === 1120));
  const ok = answers.find((r) => r.status === 200);
  assert.equal(ok?.json.id, undefined);
  assert.equal(ok?.json.status, 'pending');
});

test('big plan options arrive as exact integer literals above 2^53', async () => {
  const r = await s.get('/users?page_size=2000');
  const literals = [...r.text.matchAll(/"license_option":(\d+)/g)].map((m) => m[1]).filter((d) => BigInt(d) > BigInt(Number.MAX_SAFE_INTEGER));
  assert.ok(literals.length > 0, 'some users carry education plans');
  for (const d of literals) assert.ok(['18014398509481984', '72057594037927936', '576460752303423488', '144115188075855872'].includes(d));
  const withBig = r.json.users.find((u: { license_info_list?: { license_option: number }[] }) =>
    u.license_info_list?.some((l) => l.license_option > Number.MAX_SAFE_INTEGER),
  );
  const detail = await s.get(`/users/${withBig.id}`);
  assert.match(detail.text, /"zoom_one_type":\d{17,}[,}]/);
});

test('names come in several scripts; e-mails are unique; the same seed gives the same users', async () => {
  const r = await s.get('/users?page_size=2000');
  const names = r.json.users.map((u: { display_name: string }) => u.display_name).join(' ');
  for (const script of [/\p{Script=Han}/u, /\p{Script=Cyrillic}/u, /\p{Script=Han}+ [\p{Script=Han}\p{Script=Hiragana}]+/u, /[éèüöøåçñłş]/i]) {
    assert.match(names, script);
  }
  const emails = r.json.users.map((u: { email: string }) => u.email);
  assert.equal(new Set(emails).size, emails.length);
  const again = await session(defaultWorld());
  try {
    const r2 = await again.get('/users?page_size=2000');
    assert.deepEqual(r2.json.users, r.json.users);
  } finally {
    await again.sim.close();
  }
});

test('role_id and license filter the listing', async () => {
  const admins = await s.get('/users?role_id=1&page_size=2000');
  assert.ok(admins.json.total_records > 0 && admins.json.total_records < 2500);
  assert.ok(admins.json.users.every((u: { role_id: string }) => u.role_id === '1'));
  const wfm = await s.get('/users?license=zoom_workforce_management&page_size=2000');
  assert.ok(wfm.json.total_records > 0 && wfm.json.total_records < 2500);
  const bad = await s.get('/users?status=gone');
  assert.deepEqual([bad.status, bad.json.code, bad.json.errors[0].field], [400, 300, 'status']);
});

test('users carry 0 to 3 group_ids and a role; /users/summary counts them', async () => {
  const r = await s.get('/users?page_size=2000');
  const sizes = new Set(r.json.users.map((u: { group_ids: string[] }) => u.group_ids.length));
  assert.deepEqual([...sizes].sort(), [0, 1, 2, 3]);
  const sum = await s.get('/users/summary');
  const { licensed_users_count: licensed, basic_users_count: basic, join_only_users_count: joinOnly, room_users_count: rooms } = sum.json;
  assert.equal(licensed + basic + joinOnly, 2500 + 120, 'every active and inactive user is licensed, basic or join-only');
  assert.ok(licensed > 0 && basic > 0 && joinOnly > 0);
  assert.equal(rooms, 12, "the world's rooms");
  assert.equal(sum.json.total_users_count, licensed + basic + joinOnly + rooms + sum.json.on_prem_users_count, "the spec's sum: pending users are not in it");
  assert.equal(sum.json.pending_users_count, 45);
  const east = await s.get('/accounts/acme-sub-east/users/summary');
  assert.deepEqual([east.status, east.json.pending_users_count, east.json.room_users_count, east.json.total_users_count], [200, 4, 3, 290 + 8 + 3]);
});

test('license= lists exactly the holders of that license, in every status', async () => {
  const emails = async (query: string) => {
    const out = new Set<string>();
    for (let n = 1; n <= 2; n++) for (const u of (await s.get(`/users?${query}&page_size=2000&page_number=${n}`)).json.users) out.add(u.email);
    return out;
  };
  for (const status of ['active', 'inactive', 'pending']) {
    const all = await emails(`status=${status}`);
    const wfm = await emails(`status=${status}&license=zoom_workforce_management`);
    const cm = await emails(`status=${status}&license=zoom_compliance_management`);
    assert.ok(wfm.size > 0 && wfm.size < all.size / 10 && cm.size < all.size / 10, `${status}: ${wfm.size} and ${cm.size} of ${all.size}`);
    for (const e of [...wfm, ...cm]) assert.ok(all.has(e));
    assert.notDeepEqual([...wfm], [...cm]);
  }
  const both = await s.get('/users?role_id=2&license=zoom_workforce_management&page_size=2000');
  assert.ok(both.json.users.length > 0 && both.json.users.every((u: { role_id: string }) => u.role_id === '2'), 'combines with role_id');
  const bad = await s.get('/users?license=zoom_rooms');
  assert.deepEqual([bad.status, bad.json.code, bad.json.errors[0].field], [400, 300, 'license']);
});

test('include_fields: custom_attributes only for users who have them, host_key only when asked, one value at a time', async () => {
  const plain = await s.get('/users?page_size=300');
  assert.ok(
    plain.json.users.every((u: object) => !('custom_attributes' in u) && !('host_key' in u)),
    'neither without include_fields',
  );
  const custom = await s.get('/users?page_size=300&include_fields=custom_attributes');
  const withAttrs = custom.json.users.filter((u: object) => 'custom_attributes' in u);
  assert.ok(withAttrs.length > 20 && withAttrs.length < 300, `${withAttrs.length} of 300 have attributes`);
  for (const u of withAttrs) {
    assert.ok(u.custom_attributes.length > 0, 'never an empty list');
    for (const a of u.custom_attributes) assert.deepEqual(Object.keys(a).sort(), ['key', 'name', 'value']);
  }
  assert.ok(custom.json.users.every((u: object) => !('host_key' in u)));
  const keys = await s.get('/users?page_size=300&include_fields=host_key');
  assert.ok(
    keys.json.users.every((u: { host_key?: string }) => /^\d{6}$/.test(u.host_key ?? '')),
    'a host key for each active user',
  );
  assert.ok(keys.json.users.every((u: object) => !('custom_attributes' in u)));
  const pending = await s.get('/users?status=pending&include_fields=host_key');
  assert.ok(
    pending.json.users.every((u: object) => !('host_key' in u)),
    'pending users have no host key',
  );
  const both = await s.get('/users?include_fields=custom_attributes,host_key');
  assert.deepEqual([both.status, both.json.code, both.json.errors[0].field], [400, 300, 'include_fields'], 'the spec takes one value');
  // Get user returns a user's attributes only when there are some.
  const one = await s.get(`/users/${encodeURIComponent(withAttrs[0].email)}`);
  assert.deepEqual(one.json.custom_attributes, withAttrs[0].custom_attributes);
  const none = custom.json.users.find((u: object) => !('custom_attributes' in u));
  assert.ok(!('custom_attributes' in (await s.get(`/users/${none.id}`)).json));
});

test('a 100,000-user account serves its last 2000-user page', async () => {
  const big = await session(worldWithUsers(100_000));
  try {
    const r = await big.get('/users?page_size=2000&page_number=50');
    assert.equal(r.json.users.length, 2000);
    assert.equal(r.json.total_records, 100_000);
    assert.equal(r.json.users[1999].email.includes('100000@'), true);
  } finally {
    await big.sim.close();
  }
});
