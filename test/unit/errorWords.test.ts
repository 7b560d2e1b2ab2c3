// The client's error sentences are written once, in src/zoom/errorWords.ts: the client formats English
// from that table, the editor translates the same template (src/errorText.ts), and the l10n bundles carry
// every template with its zh-CN translation (scripts/l10n.mjs adds them; the exporter cannot see them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { FRIENDLY_TEMPLATES } from '../../src/zoom/errorWords';

const root = resolve(__dirname, '../../..');
const templates = new Set<string>(Object.values(FRIENDLY_TEMPLATES));
const readJson = (...p: string[]) => JSON.parse(readFileSync(join(root, ...p), 'utf8')) as Record<string, string>;

/** The string literals of a source text that are one of the templates, as "file:line: text". */
function copiesIn(where: string, text: string): string[] {
  const file = ts.createSourceFile(where, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) && templates.has(node.text)) {
      found.push(`${where}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('no error sentence of src/zoom/errorWords.ts is written a second time anywhere in src', () => {
  const own = join(root, 'src', 'zoom', 'errorWords.ts');
  assert.equal(copiesIn('errorWords.ts', readFileSync(own, 'utf8')).length, templates.size, 'the table itself is found');
  const copies = sourceFiles(join(root, 'src'))
    .filter((file) => file !== own)
    .flatMap((file) => copiesIn(relative(root, file), readFileSync(file, 'utf8')));
  assert.deepEqual(copies, []);
});

test('the search does find a sentence copied into a translatable call', () => {
  const copied = "super(vscode.l10n.t('Group {0} does not exist.', id));";
  assert.deepEqual(copiesIn('copy.ts', copied), ['copy.ts:1: Group {0} does not exist.']);
});

test('every error kind has its template in the English bundle and a zh-CN translation', () => {
  const en = readJson('l10n', 'bundle.l10n.json');
  const zh = readJson('l10n', 'bundle.l10n.zh-cn.json');
  assert.ok(templates.size >= 30, `found the templates (${templates.size})`);
  const lacking = Object.entries(FRIENDLY_TEMPLATES).flatMap(([kind, template]) => [
    ...(en[template] === template ? [] : [`${kind}: not in l10n/bundle.l10n.json (run npm run l10n)`]),
    ...(zh[template]?.trim() && zh[template] !== template ? [] : [`${kind}: no translation in l10n/bundle.l10n.zh-cn.json`]),
  ]);
  assert.deepEqual(lacking, []);
});
