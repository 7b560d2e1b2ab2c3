// Names shown on user rows, and how Search Users reads a query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeEmail, looksLikeUserId, searchKey, userDisplayName, userMatches } from '../../../src/tree/userText';

test('display name, else first + last, else the admin name, else the email', () => {
  assert.equal(userDisplayName({ display_name: ' Jill C ', first_name: 'Jill', email: 'j@x.io' }), 'Jill C');
  assert.equal(userDisplayName({ first_name: 'Jill', last_name: 'Chill', email: 'j@x.io' }), 'Jill Chill');
  assert.equal(userDisplayName({ last_name: '王', email: 'w@x.io' }), '王');
  assert.equal(userDisplayName({ name: 'Admin A', email: 'a@x.io' }), 'Admin A');
  assert.equal(userDisplayName({ email: 'pending@x.io' }), 'pending@x.io');
});

test('emails and Zoom user ids are recognised; names are not', () => {
  assert.equal(looksLikeEmail('jchill@example.com'), true);
  assert.equal(looksLikeEmail('jchill'), false);
  assert.equal(looksLikeUserId('KDcuGIm1QgePTO8WbOqwIQ'), true);
  assert.equal(looksLikeUserId('Christopher'), false);
  assert.equal(looksLikeUserId('Mary Jane'), false);
  assert.equal(looksLikeUserId('abcdefghijklmnopqrstu'), false, 'all lower-case letters reads as a word');
});

test('search matches name, first + last and email, ignoring case and width', () => {
  const user = { display_name: 'Ｊｉｌｌ Chill', first_name: 'Jill', last_name: 'Chill', email: 'JC@Example.com' };
  assert.equal(userMatches(user, searchKey('jill ch')), true);
  assert.equal(userMatches(user, searchKey('example.COM')), true);
  assert.equal(userMatches(user, searchKey('nobody')), false);
  assert.equal(userMatches({ first_name: '芳', last_name: '王', email: 'w@x.io' }, searchKey('芳 王')), true);
  assert.equal(userMatches(user, ''), false);
  // Width alone: only the display name holds the text, in full-width letters, or only the query does.
  assert.equal(userMatches({ display_name: 'Ｊｉｌｌ', email: 'x@y.io' }, searchKey('jill')), true);
  assert.equal(userMatches({ display_name: 'Jill', email: 'x@y.io' }, searchKey('ＪＩＬＬ')), true);
  assert.equal(userMatches({ display_name: 'ｶﾀｶﾅ', email: 'x@y.io' }, searchKey('カタカナ')), true, 'half-width katakana too');
});

test('search matches the values of custom attributes, not their names; odd shapes from the network are skipped', () => {
  const user = {
    email: 'a@x.io',
    custom_attributes: [
      { key: 'cbf_1', name: 'Cost center', value: 'CC-4711' },
      { name: 'Badge', value: '００１２３' },
    ],
  };
  assert.equal(userMatches(user, searchKey('cc-4711')), true);
  assert.equal(userMatches(user, searchKey('00123')), true, 'full-width digits match');
  assert.equal(userMatches(user, searchKey('cost center')), false, 'an attribute name is not a value');
  const odd = { email: 'b@x.io', custom_attributes: [null, { value: 7 }, {}] } as unknown as Parameters<typeof userMatches>[0];
  assert.equal(userMatches(odd, searchKey('7')), false);
  assert.equal(userMatches({ email: 'c@x.io', custom_attributes: 'CC-1' } as unknown as Parameters<typeof userMatches>[0], searchKey('cc-1')), false);
});

test('names are trimmed part by part; an admin name is trimmed; nothing at all is an empty name', () => {
  assert.equal(userDisplayName({ first_name: ' Jill ', last_name: ' Chill ' }), 'Jill Chill');
  assert.equal(userDisplayName({ first_name: '  ', last_name: 'Chill' }), 'Chill');
  assert.equal(userDisplayName({ name: '  Admin A  ', email: 'a@x.io' }), 'Admin A');
  assert.equal(userDisplayName({}), '');
});

test('an email or a user id is the whole query (blanks around it aside), not a part of it', () => {
  assert.equal(looksLikeEmail('  jchill@example.com  '), true);
  assert.equal(looksLikeEmail('Jill jchill@example.com'), false);
  assert.equal(looksLikeEmail('jchill@example.com and more'), false);
  assert.equal(looksLikeUserId('  KDcuGIm1QgePTO8WbOqwIQ  '), true);
  assert.equal(looksLikeUserId('Mary KDcuGIm1QgePTO8WbOqwIQ'), false);
  assert.equal(looksLikeUserId('KDcuGIm1QgePTO8WbOqwIQ!'), false);
  assert.equal(looksLikeUserId('KDcuGIm1QgePTO8WbOqwIQ'.repeat(2)), false, 'longer than 40');
  assert.equal(looksLikeUserId('ABCDEFGHIJKLMNOPQRSTUV'), false, 'no digit, dash or lower-upper step: a word in capitals');
  assert.equal(looksLikeUserId(' abcdefghijklmnopqrsT '), true, 'a lower-upper step inside counts');
});

test('the search key is trimmed and lower-cased; a blank query or missing attributes match nothing', () => {
  assert.equal(searchKey('  JiLL  '), 'jill');
  assert.equal(userMatches({ email: 'a@x.io' }, searchKey(' ')), false);
  assert.equal(userMatches({ email: 'a@x.io' }, 'stryker'), false);
});
