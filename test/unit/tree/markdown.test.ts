// Tooltip Markdown with values a hostile server could send (issue 17 item 9): escaped text and
// code spans render as text, never as a link, an image or HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSpan, escapeMarkdown } from '../../../src/tree/markdown';
import { liveLinks, renderMarkdown } from '../../liveLinks';

const HOSTILE = [
  '[x](https://evil)',
  '![i](http://x)',
  '<img src=x onerror=alert(1)>',
  '<https://evil.com>',
  'https://evil.com/path?q=1',
  'www.evil.com',
  'bob@evil.com',
  'mailto:bob@evil.com',
  'a`[x](https://evil)`b',
  '`',
  ' ``[y](http://z)`` ',
  'line\n# heading\n[y](http://z)',
  'line\n\n[ref]: http://evil\n\n[ref]',
  '&#91;x&#93;(http://evil)',
  '**bold** _em_ ~~del~~ | a | b |',
];

test('the renderer used here does turn these values into links when they are not escaped', () => {
  for (const value of ['[x](https://evil)', '![i](http://x)', 'https://evil.com/path', 'bob@evil.com']) {
    assert.ok(liveLinks(value).length > 0, value);
  }
});

test('escaped text renders no link, image or HTML, and reads as the value', () => {
  for (const value of HOSTILE) {
    const markdown = `**Name**\n\nDepartment: ${escapeMarkdown(value)}  \n`;
    assert.deepEqual(liveLinks(markdown), [], `${JSON.stringify(value)} -> ${renderMarkdown(markdown)}`);
  }
  assert.equal(renderMarkdown(escapeMarkdown('[x](https://evil) & bob@evil.com')).trim(), '<p>[x](https://evil) &amp; bob@evil.com</p>');
});

test('a code span holds any value as it is, even backticks, and renders no link', () => {
  for (const value of HOSTILE) {
    const markdown = `User ID: ${codeSpan(value)}`;
    assert.deepEqual(liveLinks(markdown), [], `${JSON.stringify(value)} -> ${renderMarkdown(markdown)}`);
    const code = /<code>([\s\S]*)<\/code>/.exec(renderMarkdown(markdown))?.[1];
    const html = value
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    assert.equal(code, html, JSON.stringify(value));
  }
  assert.equal(codeSpan('aBc-123_x'), '`aBc-123_x`', 'an ordinary ID is copied as it is');
  assert.equal(codeSpan(''), '');
});

test('numbers and other non-strings are written out or left empty, never thrown on', () => {
  assert.equal(escapeMarkdown(42), '42');
  assert.equal(escapeMarkdown(true), 'true');
  assert.equal(escapeMarkdown({ toString: () => '[x](https://evil)' }), '');
  assert.equal(escapeMarkdown(undefined), '');
  assert.equal(codeSpan(7), '`7`');
});
