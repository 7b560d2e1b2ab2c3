// parseJson: JSON.parse semantics, except integers beyond 2^53 survive as exact strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isInteger, parse as losslessParse } from 'lossless-json';
import { parseJson, quoteUnsafeIntegers } from '../../../src/zoom/json';
import { listUserJson } from '../../sandbox/userShapes';
import { World } from '../../sandbox/world';
import { worldWithUsers } from '../../sandbox/worldSpec';

test('keeps unsafe integers exact and leaves everything else as JSON.parse does', () => {
  const text =
    '{"zoom_one_type":18014398509481984,"neg":-9007199254740993,"pmi":6589310093,"max":9007199254740991,' +
    '"f":1234567890123456789.5,"e":12345678901234567e2,"s":"12345678901234567890","nested":[{"license_option":36028797018963968}]}';
  const value = parseJson(text) as Record<string, unknown>;
  assert.equal(value.zoom_one_type, '18014398509481984');
  assert.equal(value.neg, '-9007199254740993');
  assert.equal(value.pmi, 6589310093);
  assert.equal(value.max, 9007199254740991, 'the largest safe integer stays a number');
  assert.equal(typeof value.f, 'number', 'fractions are not integers: JSON.parse semantics');
  assert.equal(typeof value.e, 'number');
  assert.equal(value.s, '12345678901234567890');
  assert.deepEqual(value.nested, [{ license_option: '36028797018963968' }]);
});

test('digits inside strings, including escaped quotes, are not touched', () => {
  const text = '{"a":"x\\"12345678901234567890\\"","b":"\\\\","c":12345678901234567890}';
  assert.deepEqual(parseJson(text), { a: 'x"12345678901234567890"', b: '\\', c: '12345678901234567890' });
});

test('a long number inside a string that looks like a value position stays in its string', () => {
  const text = '{"note":"id: 12345678901234567890, [98765432109876543210]","n":12345678901234567891}';
  assert.deepEqual(parseJson(text), { note: 'id: 12345678901234567890, [98765432109876543210]', n: '12345678901234567891' });
});

test('invalid and truncated JSON throw, whichever path parses it', () => {
  assert.throws(() => parseJson('{"users":[{"id":"a"'), SyntaxError);
  assert.throws(() => parseJson('{"n":12345678901234567890,'), SyntaxError);
  assert.throws(() => parseJson('<html>Bad gateway</html>'), SyntaxError);
  assert.throws(() => parseJson(''), SyntaxError);
});

test('big integers under integer-like keys, and literals that round alike, stay exact', () => {
  // V8 iterates "10" before "a": the walk order differs from the text order here.
  const text = '{"a":18014398509481985,"10":18014398509481987,"list":[36028797018963971,36028797018963970]}';
  assert.deepEqual(parseJson(text), { a: '18014398509481985', 10: '18014398509481987', list: ['36028797018963971', '36028797018963970'] });
  const same = '{"x":[18014398509481985,18014398509481985]}';
  assert.deepEqual(parseJson(same), { x: ['18014398509481985', '18014398509481985'] });
});

test('values under integer-like keys that round alike come back under their own keys', () => {
  // Both literals round to 36028797018963970 and V8 lists "10" before "a": a parser that pairs
  // rounded values with literals by walk order would swap them.
  const value = parseJson('{"a":36028797018963971,"10":36028797018963970}') as Record<string, unknown>;
  assert.equal(value.a, '36028797018963971');
  assert.equal(value['10'], '36028797018963970');
});

test('the exact path keeps JSON.parse semantics: last repeated key wins, __proto__ is a plain key', () => {
  const value = parseJson('{"k":1,"k":2,"big":12345678901234567890,"__proto__":{"polluted":true}}') as Record<string, unknown>;
  assert.equal(value.k, 2);
  assert.equal(value.big, '12345678901234567890');
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.deepEqual(Object.keys(value), ['k', 'big', '__proto__']);
});

test("a reply without big integers is JSON.parse's result, numbers stay numbers", () => {
  assert.deepEqual(parseJson('{"n":[1,-2.5,9007199254740991,1e3],"s":"x"}'), { n: [1, -2.5, 9007199254740991, 1000], s: 'x' });
  assert.equal(parseJson('-9007199254740993'), '-9007199254740993', 'a bare top-level literal is kept exact too');
  assert.equal(parseJson('null'), null);
});

test('literals in value positions are quoted wherever JSON allows a value, spaces and signs included', () => {
  const text = ' [ -18014398509481985 ,\n\t{"a" : 18014398509481985\r\n},[36028797018963971]] ';
  assert.deepEqual(parseJson(text), ['-18014398509481985', { a: '18014398509481985' }, ['36028797018963971']]);
  assert.equal(parseJson('18014398509481985'), '18014398509481985', 'a bare top-level literal');
});

test('quoting leaves text without unsafe integers as the very same string (the JSON.parse-only path)', () => {
  for (const text of ['{"n":9007199254740991,"m":-9007199254740991}', '{"s":"1234567890123456789012"}', '{"f":12345678901234567.5}', '[1e300]']) {
    assert.equal(quoteUnsafeIntegers(text), text, text);
  }
  assert.equal(quoteUnsafeIntegers('{"n":9007199254740993}'), '{"n":"9007199254740993"}');
  assert.equal(quoteUnsafeIntegers('[18014398509481985,1,-36028797018963971]'), '["18014398509481985",1,"-36028797018963971"]');
});

test('quoting never makes invalid JSON valid: a leading zero or a number glued to a string still throws', () => {
  assert.throws(() => parseJson('{"n":012345678901234567890}'), SyntaxError);
  assert.throws(() => parseJson('{"n":-012345678901234567890}'), SyntaxError);
  assert.throws(() => parseJson('["a"18014398509481985]'), SyntaxError);
  assert.throws(() => parseJson('{"n":18014398509481985 18014398509481985}'), SyntaxError);
});

test('a users page as the simulator writes it parses to what lossless-json makes of it', () => {
  const account = new World(worldWithUsers(300)).accounts[0];
  const users: string[] = [];
  for (let i = 0; i < 300; i++) users.push(listUserJson(account, i));
  const text = `{"page_size":300,"total_records":300,"next_page_token":"","users":[${users.join(',')}]}`;
  assert.notEqual(quoteUnsafeIntegers(text), text, 'the page holds integers above 2^53');
  const exact = losslessParse(text, null, (literal) => (isInteger(literal) && !Number.isSafeInteger(Number(literal)) ? literal : Number(literal)));
  assert.deepEqual(parseJson(text), exact);
});
