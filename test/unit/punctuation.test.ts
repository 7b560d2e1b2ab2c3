// Text a user reads is punctuated by its language (zh-cn writes ： and 、, not ": " and ", "): code
// never glues "label: value", lists or two sentences together itself; src/punctuation.ts and the
// l10n bundle do. Log lines and thrown Errors (English, for the log) are not user text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const GLUED: [RegExp, string][] = [
  [/\.join\(['"], ['"]\)/, 'a list joined with ", " (use listText)'],
  [/appendMarkdown\(`[^`]*\}: /, '"label: value" in Markdown (use labelled)'],
  [/['"] \+ vscode\.l10n\.t\(|vscode\.l10n\.t\([^)]*\) \+ ['"]/, 'a translated sentence glued to other text (one l10n string per sentence)'],
];
const NOT_USER_TEXT = /\blog\.(trace|debug|info|warn|error|warnOnce)\(|\bthrow\b|new Error\(|^\s*(\/\/|\*)/;

/** Every line of src outside src/zoom (which has no user text) that punctuates user text in code. */
function glued(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        NOT_USER_TEXT.test(line) ? [] : GLUED.filter(([re]) => re.test(line)).map(([, why]) => `${relative(root, file)}:${i + 1}: ${why}`),
      ),
  );
}

test('no user-facing text is punctuated in code', () => {
  const files = sources(join(root, 'src')).filter((f) => !relative(root, f).startsWith(join('src', 'zoom')) && !f.endsWith('punctuation.ts'));
  assert.ok(files.length > 50, `found the sources (${files.length})`);
  assert.deepEqual(glued(files), []);
});

test('the check does catch each way of gluing text', () => {
  const samples = [
    "tooltip = vscode.l10n.t('Signed in: {0}', names.join(', '));",
    'md.appendMarkdown(`${escapeMarkdown(label)}: ${value}  \\n`);',
    "const note = ' ' + vscode.l10n.t('(skipped)');",
  ];
  const found = samples.map((line) => GLUED.some(([re]) => re.test(line)) && !NOT_USER_TEXT.test(line));
  assert.deepEqual(found, [true, true, true]);
  assert.ok(NOT_USER_TEXT.test("log.warn(`x: ${a.join(', ')}`)"), 'log lines are English for the log');
});
