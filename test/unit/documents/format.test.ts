// Documents are indented per the editor settings by whitespace edits only: numbers beyond 2^53,
// their spelling and key order come out exactly as Zoom sent them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson } from '../../../src/documents/format';

const raw = '{"zoom_one_type":134217728000000001,"b":1.50,"a":{"z":[1,2],"y":"x, y"},"empty":{}}';

test('indents with spaces at the editor tab size, ending with one newline', () => {
  const out = formatJson(raw, { tabSize: 2, insertSpaces: true, eol: '\n' });
  assert.equal(out, [
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
  ].join('\n'));
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
