// zoom-admin: URIs: every form builds and parses back to the same object; the display label never
// decides what is fetched; anything else is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEME, buildUri, parseFieldList, parseUri, labelSegment, type DocumentTarget } from '../../../src/documents/uri';
import { requestFor } from '../../../src/documents/request';

const roundTrips: [DocumentTarget, string, string][] = [
  [{ accountKey: 'acme', kind: 'groupSettings', id: 'g1' }, '/acme/groups/g1/settings.json', ''],
  [
    { accountKey: 'acme', kind: 'groupSettings', id: 'g1', option: 'meeting_security', name: 'Engineering' },
    '/acme/groups/g1/Engineering · settings.json',
    'option=meeting_security',
  ],
  [
    { accountKey: 'acme', kind: 'groupSettings', id: 'g1', option: 'meeting_authentication', fields: ['host_video', 'waiting_room'] },
    '/acme/groups/g1/settings.json',
    'option=meeting_authentication&custom_query_fields=host_video,waiting_room',
  ],
  [{ accountKey: 'acme', kind: 'groupLockSettings', id: 'g1', name: 'Sales' }, '/acme/groups/g1/Sales · lock_settings.json', ''],
  [{ accountKey: 'acme', kind: 'groupLockSettings', id: 'g1', option: 'meeting_security' }, '/acme/groups/g1/lock_settings.json', 'option=meeting_security'],
  [{ accountKey: 'acme', kind: 'group', id: 'g1' }, '/acme/groups/g1.json', ''],
  [{ accountKey: 'acme', kind: 'group', id: 'g1', name: 'Engineering' }, '/acme/groups/g1/Engineering · group.json', ''],
  [{ accountKey: 'acme', kind: 'user', id: 'u1' }, '/acme/users/u1.json', ''],
  [{ accountKey: 'acme', kind: 'user', id: 'u1', name: 'Jane Doe' }, '/acme/users/u1/Jane Doe · user.json', ''],
  [{ accountKey: 'acme', kind: 'role', id: '2', name: 'Admin' }, '/acme/roles/2/Admin · role.json', ''],
  [{ accountKey: 'acme', kind: 'subAccount', id: 's1' }, '/acme/sub_accounts/s1.json', ''],
  [{ accountKey: 'acme', kind: 'subAccount', id: 's1', name: 'East' }, '/acme/sub_accounts/s1/East · sub_account.json', ''],
  [
    { accountKey: 'acme', subAccountId: 's1', kind: 'groupSettings', id: 'g9', option: 'recording_authentication' },
    '/acme/sub_accounts/s1/groups/g9/settings.json',
    'option=recording_authentication',
  ],
  [{ accountKey: 'acme', subAccountId: 's1', kind: 'user', id: 'u9', name: 'Bo' }, '/acme/sub_accounts/s1/users/u9/Bo · user.json', ''],
  [{ accountKey: 'acme', subAccountId: 's1', kind: 'group', id: 'g9' }, '/acme/sub_accounts/s1/groups/g9.json', ''],
  [
    { accountKey: 'acme', kind: 'userSettings', id: 'u1', name: 'Jane Doe', option: 'meeting_security' },
    '/acme/users/u1/Jane Doe · settings.json',
    'option=meeting_security',
  ],
  [{ accountKey: 'acme', kind: 'userSettings', id: 'u1', fields: ['host_video'] }, '/acme/users/u1/settings.json', 'custom_query_fields=host_video'],
  [{ accountKey: 'acme', kind: 'accountSettings', id: 'me', option: 'security' }, '/acme/account/settings.json', 'option=security'],
  [{ accountKey: 'acme', kind: 'accountSettings', id: 'me', name: 'Acme' }, '/acme/account/Acme · settings.json', ''],
  [
    { accountKey: 'acme', subAccountId: 's1', kind: 'accountLockSettings', id: 's1', fields: ['waiting_room'] },
    '/acme/sub_accounts/s1/account/lock_settings.json',
    'custom_query_fields=waiting_room',
  ],
  [
    { accountKey: 'acme', kind: 'groupOverrides', id: 'g1', name: 'Sales', option: 'meeting_security' },
    '/acme/groups/g1/Sales · overrides.json',
    'option=meeting_security',
  ],
  [{ accountKey: 'acme', kind: 'groupOverrides', id: 'g1', fields: ['host_video'] }, '/acme/groups/g1/overrides.json', 'custom_query_fields=host_video'],
  [{ accountKey: 'acme', kind: 'accountSettings', id: 'me', fields: ['host_video'] }, '/acme/account/settings.json', 'custom_query_fields=host_video'],
  ...(['meeting_authentication', 'recording_authentication', 'meeting_security'] as const).map((option): [DocumentTarget, string, string] => [
    { accountKey: 'acme', kind: 'accountSettings', id: 'me', option },
    '/acme/account/settings.json',
    `option=${option}`,
  ]),
];

test('every document form builds the documented path and parses back to the same target', () => {
  for (const [target, path, query] of roundTrips) {
    const built = buildUri(target);
    assert.deepEqual(built, { path, query }, JSON.stringify(target));
    assert.deepEqual(parseUri(built), target, path);
  }
});

test('a name that looks like a file or a path cannot change what the URI names', () => {
  const tricky = 'R&D / Ops · settings';
  const built = buildUri({ accountKey: 'acme', kind: 'group', id: 'g1', name: tricky });
  assert.equal(built.path.split('/').length, 5, `the name added a segment: ${built.path}`);
  const parsed = parseUri(built);
  assert.equal(parsed?.kind, 'group');
  assert.equal(parsed?.id, 'g1');
  assert.equal(parsed?.name, 'R&D ∕ Ops · settings');
  assert.equal(labelSegment('\u0000..x\n y'), 'x y');
  assert.equal(labelSegment('   '), undefined);
  assert.equal(labelSegment('a'.repeat(200))?.length, 80);
  assert.equal(labelSegment('a'.repeat(80)), 'a'.repeat(80), 'a name of 80 characters is kept whole');
  assert.equal(labelSegment('a\u0001b'), 'a b', 'a control character becomes a space');
  assert.equal(labelSegment('v1.2 team'), 'v1.2 team', 'only leading dots go');
});

test('a sub account document never nests under another sub account', () => {
  assert.deepEqual(buildUri({ accountKey: 'acme', subAccountId: 's1', kind: 'subAccount', id: 's2' }), { path: '/acme/sub_accounts/s2.json', query: '' });
});

test('a label cut at its very start still names the settings file', () => {
  assert.deepEqual(parseUri({ path: '/acme/groups/g1/ · settings.json', query: '' }), { accountKey: 'acme', kind: 'groupSettings', id: 'g1' });
});

test('paths and queries that name no document are refused', () => {
  const bad: [string, string][] = [
    ['/acme', ''],
    ['/acme/groups', ''],
    ['/acme/groups/g1', ''],
    ['/acme/things/x.json', ''],
    ['/acme/groups/g1/members.json', ''],
    ['/acme/users/u1/overrides.json', ''],
    ['/acme/account/overrides.json', ''],
    ['/acme/account/settings.json', 'option=everything'],
    ['/acme/account/x/settings.json', ''],
    ['/acme/users/u1/user.json', ''], // the named form needs a name
    ['/acme/groups/g1/settings.json', 'option=everything'],
    ['/acme/groups/g1/lock_settings.json', 'option=meeting_authentication'],
    ['/acme/groups/g1/lock_settings.json', 'custom_query_fields=host_video'],
    ['/acme/groups/g1/settings.json', 'custom_query_fields=host video'],
    ['/acme/groups/g1/settings.json', 'custom_query_fields='],
    ['/acme/groups/g1/settings.json', 'token=abc'],
    ['/acme/groups/g1.json', 'option=meeting_security'],
    ['/acme/sub_accounts/s1/sub_accounts/s2.json', ''],
    ['/acme//groups/g1.json', ''],
    ['acme/groups/g1.json', ''],
    // Each of these is refused by one check alone.
    ['x/acme/groups/g1.json', ''],
    ['/acme/sub_accounts//groups/g1.json', ''],
    ['/acme/users/u9/groups/g1.json', ''],
    ['/acme/account/settings.json/settings.json', ''],
    ['/acme/groups/g1.txt', ''],
    ['/acme/groups/g1/settings.json/extra', ''],
    ['/acme/groups/g1/Eng · group.json', 'option=meeting_security'],
    ['/acme/groups/g1/Eng · groupxjson', ''],
    ['/acme/groups/g1/settingsxjson', ''],
  ];
  for (const [path, query] of bad) assert.equal(parseUri({ path, query }), undefined, `${path}?${query}`);
});

test('building refuses ids and views that could not be parsed back', () => {
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'group', id: 'a/b' }), /invalid id/);
  assert.throws(() => buildUri({ accountKey: '', kind: 'group', id: 'g' }), /invalid account key/);
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'groupLockSettings', id: 'g', option: 'meeting_authentication' }), /does not apply/);
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'groupSettings', id: 'g', fields: ['a,b'] }), /invalid field name/);
});

test('field filters: comma-separated names, blanks and repeats dropped, the first bad entry reported', () => {
  assert.deepEqual(parseFieldList(' host_video, waiting_room ,,host_video'), { fields: ['host_video', 'waiting_room'] });
  assert.deepEqual(parseFieldList(''), { fields: [] });
  assert.deepEqual(parseFieldList('host_video, waiting room, x-y'), { invalid: 'waiting room' });
});

test('each document maps to the Zoom endpoint of its object, in its account or sub account', () => {
  const req = (t: DocumentTarget) => requestFor(t);
  assert.deepEqual(req({ accountKey: 'a', kind: 'groupSettings', id: 'g 1', option: 'meeting_security', fields: ['x', 'y'] }), {
    path: '/groups/g%201/settings',
    query: { option: 'meeting_security', custom_query_fields: 'x,y' },
  });
  assert.deepEqual(req({ accountKey: 'a', kind: 'groupSettings', id: 'g' }), {
    path: '/groups/g/settings',
    query: { option: undefined, custom_query_fields: undefined },
  });
  assert.deepEqual(req({ accountKey: 'a', subAccountId: 's', kind: 'groupLockSettings', id: 'g' }), {
    path: '/accounts/s/groups/g/lock_settings',
    query: { option: undefined },
  });
  assert.equal(req({ accountKey: 'a', kind: 'user', id: 'jane@example.com' }).path, '/users/jane%40example.com');
  assert.equal(req({ accountKey: 'a', subAccountId: 's', kind: 'group', id: 'g' }).path, '/accounts/s/groups/g');
  assert.equal(req({ accountKey: 'a', kind: 'role', id: '2' }).path, '/roles/2');
  assert.equal(req({ accountKey: 'a', kind: 'subAccount', id: 's' }).path, '/accounts/s');
  const view = { option: 'meeting_security' as const, fields: ['x'] };
  const query = { option: 'meeting_security', custom_query_fields: 'x' };
  assert.deepEqual(
    req({ accountKey: 'a', kind: 'groupOverrides', id: 'g', ...view }),
    { path: '/groups/g/settings', query },
    'overrides start from the group settings',
  );
  assert.deepEqual(req({ accountKey: 'a', kind: 'userSettings', id: 'u', ...view }), { path: '/users/u/settings', query });
  assert.deepEqual(req({ accountKey: 'a', kind: 'accountSettings', id: 'me', ...view }), { path: '/accounts/me/settings', query });
  assert.deepEqual(req({ accountKey: 'a', subAccountId: 's', kind: 'accountLockSettings', id: 's', ...view }), { path: '/accounts/s/lock_settings', query });
});

test('an account, sub account or object ID that walks the path is refused, naming it', () => {
  const walking: [string, string][] = [
    ['/acme/users/...json', '..'], // %2e%2e.json once VS Code has decoded the path
    ['/acme/users/%2e%2e.json', '%2e%2e'],
    ['/acme/groups/../settings.json', '..'],
    ['/acme/groups/./Team · group.json', '.'],
    ['/acme/sub_accounts/../users/u1.json', '..'],
    ['/acme/sub_accounts/%252e%252e/groups/g1/settings.json', '%252e%252e'],
    ['/acme/sub_accounts/...json', '..'],
    ['/../users/u1.json', '..'],
  ];
  for (const [path, id] of walking) {
    assert.throws(
      () => parseUri({ path, query: '' }),
      (error: Error) => error.message.includes(`"${id}" is not a valid ID`),
      path,
    );
  }
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'user', id: '%2e%2e' }), /invalid id/);
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'user', id: '..' }), /invalid id "\.\."/);
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'group', id: '.' }), /invalid id "\."/);
  assert.throws(() => buildUri({ accountKey: '..', kind: 'group', id: 'g1' }), /invalid account key "\.\."/);
  assert.throws(() => buildUri({ accountKey: 'acme', subAccountId: '..', kind: 'user', id: 'u1' }), /invalid sub account id/);
});

test("one key or section across groups, and a snapshot file's live side: built, parsed back, anything else refused", () => {
  const forms: [DocumentTarget, string, string][] = [
    [{ accountKey: 'acme', kind: 'settingAcross', id: 'in_meeting.waiting_room' }, '/acme/across/settings/in_meeting.waiting_room.md', ''],
    [{ accountKey: 'acme', kind: 'sectionAcross', id: 'recording', include: ['s1', 's2'] }, '/acme/across/sections/recording.md', 'sub_accounts=s1,s2'],
    [
      { accountKey: 'acme', subAccountId: 's1', kind: 'settingAcross', id: 'recording.cloud_recording' },
      '/acme/sub_accounts/s1/across/settings/recording.cloud_recording.md',
      '',
    ],
    [{ accountKey: 'acme', kind: 'liveAccountSnapshot', id: 'me', name: 'Acme' }, '/acme/live/account.json', 'name=Acme'],
    [
      { accountKey: 'acme', subAccountId: 's1', kind: 'liveGroupSnapshot', id: 'g1', name: 'R&D / 研发' },
      '/acme/sub_accounts/s1/live/groups/g1.json',
      `name=${encodeURIComponent('R&D / 研发')}`,
    ],
  ];
  for (const [target, path, query] of forms) {
    assert.deepEqual(buildUri(target), { path, query });
    assert.deepEqual(parseUri({ path, query }), target);
  }
  for (const [path, query] of [
    ['/acme/across/settings/in_meeting..waiting_room.md', ''],
    ['/acme/across/sections/in_meeting.chat.md', ''],
    ['/acme/across/settings/in_meeting.waiting_room.json', ''],
    ['/acme/across/settings/in_meeting.waiting_room.md', 'option=meeting_security'],
    ['/acme/live/groups/g1.json', 'custom_query_fields=a'],
  ])
    assert.equal(parseUri({ path, query }), undefined, `${path}?${query}`);
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'settingAcross', id: 'a/b' }));
  assert.throws(() => buildUri({ accountKey: 'acme', kind: 'sectionAcross', id: 'a', include: ['..'] }));
});

test('the scheme is the one the manifest activates the extension for', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as { activationEvents: string[] };
  assert.equal(SCHEME, 'zoom-admin');
  assert.ok(manifest.activationEvents.includes(`onFileSystem:${SCHEME}`));
});
