// Tooltip Markdown: names and emails are data, every markup character is escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/tree/markdown';

test('every Markdown markup character is escaped, other text is kept', () => {
  assert.equal(escapeMarkdown('\\`*_{}[]()#+-.!|<>'), '\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\<\\>');
  assert.equal(escapeMarkdown('[click](https://evil.example) 王 a@b'), '\\[click\\]\\(https://evil\\.example\\) 王 a@b');
});
