// Documents are indented per the editor settings by whitespace edits only: numbers beyond 2^53,
// their spelling and key order come out exactly as Zoom sent them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson } from '../../../src/documents/format';

const raw = '{"zoom_one_type":134217728000000001,"b":1.50,"a":{"z":[1,2],"y":"x, y"},"empty":{}}';

test('indents with spaces at the editor tab size, ending with one newline', () => {
  const out = formatJson(raw, { tabSize: 2, insertSpaces: true, eol: '\n' });
  assert.equal(
    out,
    [
      '{',
      '  "zoom_one_type": 134217728000000001,',
      '  "b": 1.50,',
      '  "a": {',
      '    "z": [',
      '      1,',
      '      2',
      '    ],',
      '    "y": "x, y"',
      '  },',
      '  "empty": {}',
      '}',
      '',
    ].join('\n'),
  );
});

test('indents with tabs and CRLF when the editor is set up so', () => {
  const out = formatJson(raw, { tabSize: 8, insertSpaces: false, eol: '\r\n' });
  assert.ok(out.startsWith('{\r\n\t"zoom_one_type": 134217728000000001,\r\n'), JSON.stringify(out.slice(0, 60)));
  assert.ok(out.includes('\r\n\t\t"z": [\r\n\t\t\t1,'), 'nested levels use one tab each');
  assert.ok(out.endsWith('}\r\n'));
});

test('the text differs from the raw body only in whitespace outside strings', () => {
  const out = formatJson(raw, { tabSize: 4, insertSpaces: true, eol: '\n' });
  const squeeze = (s: string) => s.replace(/"(?:[^"\\]|\\.)*"|\s+/g, (m) => (m.startsWith('"') ? m : ''));
  assert.equal(squeeze(out), squeeze(raw));
  assert.ok(out.includes('"y": "x, y"'), 'whitespace inside strings is kept');
});

test('a workspace tab size outside 1 to 8 is clamped: 100000 indents by 8, not by 100000 spaces', () => {
  const body = JSON.stringify({ a: { b: [1, 2, { c: 'x' }] } });
  const widest = (tabSize: number) =>
    Math.max(
      ...formatJson(body, { tabSize, insertSpaces: true, eol: '\n' })
        .split('\n')
        .map((l) => l.length - l.trimStart().length),
    );
  assert.equal(widest(100_000), 4 * 8, 'four levels of 8 spaces');
  assert.equal(widest(0), 4 * 1);
  assert.equal(widest(-3), 4 * 1);
  assert.equal(widest(Number.NaN), 4 * 4);
  assert.equal(widest(Number.POSITIVE_INFINITY), 4 * 4);
  assert.equal(widest(2.6), 4 * 3);
  assert.equal(widest(8), 4 * 8);
});

test('trailing blank lines of the reply collapse into the one final newline', () => {
  assert.equal(formatJson('{"a":1}\n\n  ', { tabSize: 2, insertSpaces: true, eol: '\n' }), '{\n  "a": 1\n}\n');
});
