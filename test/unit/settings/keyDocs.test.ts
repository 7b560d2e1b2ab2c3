// The key documentation: the committed generated file is what scripts/settings-docs.mjs makes from
// the specs, and a lookup finds a key's spec description, type, values and default in each kind and
// view, zh-cn from the Chinese page for the sections it describes, English otherwise.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { keyDoc as lookUp, readKeyDocs, specPath, type KeyDocsData } from '../../../src/settings/keyDocs';

const repo = path.resolve(__dirname, '../../../..');
const specDir = path.resolve(repo, '../shared/zoom-api');

// The committed data, as the extension reads its shipped copy (dist/keyDocs.json).
let data: KeyDocsData;
before(async () => {
  data = await readKeyDocs(path.join(repo, 'src/settings/keyDocs.generated.json'));
});
const keyDoc = (...args: Parameters<typeof lookUp> extends [KeyDocsData, ...infer Rest] ? Rest : never) => lookUp(data, ...args);

test(
  'src/settings/keyDocs.generated.json is what scripts/settings-docs.mjs makes from the specs',
  { skip: !existsSync(specDir) && 'no ../shared/zoom-api here' },
  async () => {
    const script = (await import(pathToFileURL(path.join(repo, 'scripts/settings-docs.mjs')).href)) as {
      generate(dir: string): unknown;
      render(data: unknown): string;
      OUTPUT: string;
    };
    assert.equal(readFileSync(script.OUTPUT, 'utf8'), script.render(script.generate(specDir)), 'stale: run npm run settings-docs');
  },
);

test('a group setting: its description, type, allowed values with their labels', () => {
  const chat = keyDoc('groupSettings', undefined, ['in_meeting', 'allow_participants_chat_with'], 'en');
  assert.ok(chat);
  assert.match(chat.description ?? '', /^Whether to allow participants to only chat with certain groups\./);
  assert.equal(chat.type, 'integer');
  assert.deepEqual(chat.values, [1, 2, 3, 4]);
  assert.deepEqual(chat.valueLabels, ['No one', 'Host and co-hosts', 'Everyone', 'Everyone and anyone directly']);
  assert.equal(keyDoc('groupSettings', undefined, ['in_meeting', 'no_such_key'], 'en'), undefined);
});

test('array items and option views have their own keys; each kind its own schema', () => {
  assert.equal(specPath(['authentication_options', 3, 'type']), 'authentication_options[].type');
  const type = keyDoc('groupSettings', 'meeting_authentication', ['authentication_options', 0, 'type'], 'en');
  assert.deepEqual(type?.values, ['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains']);
  assert.equal(keyDoc('groupSettings', undefined, ['authentication_options', 0, 'type'], 'en'), undefined, 'not a key of the full view');
  assert.ok(keyDoc('accountSettings', 'security', ['security', 'admin_change_user_info'], 'en')?.description);
  assert.ok(keyDoc('accountLockSettings', undefined, ['in_meeting', 'chat'], 'en'));
  assert.ok(keyDoc('userSettings', undefined, ['schedule_meeting', 'host_video'], 'en'));
  assert.ok(keyDoc('groupLockSettings', 'meeting_security', ['meeting_security', 'waiting_room'], 'en'));
});

test("zh-cn: the Chinese page's words for the sections and option keys it describes, English for the rest", () => {
  assert.deepEqual(
    [keyDoc('groupSettings', undefined, ['chat'], 'zh-cn')?.description, keyDoc('groupSettings', undefined, ['chat'], 'zh-cn')?.localized],
    ['帐户的聊天设置。', true],
  );
  assert.equal(keyDoc('groupSettings', undefined, ['audio_conferencing'], 'zh-CN')?.description, '组的音频会议设置。');
  assert.equal(keyDoc('groupSettings', 'meeting_security', ['meeting_security'], 'zh-cn')?.description, '查看应用于用户帐户的会议安全设置。');
  assert.equal(keyDoc('groupSettings', undefined, ['chat'], 'en')?.description, "The account's chat settings.");
  const fallback = keyDoc('groupSettings', undefined, ['in_meeting', 'waiting_room'], 'zh-cn');
  assert.deepEqual(
    [fallback?.description, fallback?.localized],
    ["Attendees can't join a meeting until a host admits them individually from the waiting room.", false],
  );
});
