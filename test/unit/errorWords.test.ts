// The client's error sentences (src/zoom/errors.ts FRIENDLY_TEMPLATES, English, for plain Node and the
// log) and the editor's translatable copies (src/errorText.ts, literal vscode.l10n.t calls the l10n
// exporter can see) are the same words: a sentence changed in one place fails here until the other follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { FRIENDLY_TEMPLATES } from '../../src/zoom/errors';

const root = resolve(__dirname, '../../..');

/** kind -> the literal message of the vscode.l10n.t call its entry in errorText.ts makes. */
function translatedTemplates(text: string): Record<string, string> {
  const file = ts.createSourceFile('errorText.ts', text, ts.ScriptTarget.Latest, true);
  const found: Record<string, string> = {};
  const visit = (node: ts.Node, kind?: string): void => {
    if (ts.isPropertyAssignment(node) && ts.isArrowFunction(node.initializer)) kind = node.name.getText(file);
    if (kind && ts.isCallExpression(node) && node.expression.getText(file) === 'vscode.l10n.t' && ts.isStringLiteralLike(node.arguments[0])) {
      found[kind] = node.arguments[0].text;
      return;
    }
    ts.forEachChild(node, (child) => visit(child, kind));
  };
  visit(file);
  return found;
}

test('every client error sentence has the same words in its translatable copy, and no copy is left over', () => {
  const copies = translatedTemplates(readFileSync(join(root, 'src/errorText.ts'), 'utf8'));
  assert.ok(Object.keys(copies).length >= 30, `found the copies (${Object.keys(copies).length})`);
  assert.deepEqual(copies, { ...FRIENDLY_TEMPLATES });
});

test('the comparison does see a copy whose words drifted', () => {
  const drifted = "const T = { userNotFound: (p) => vscode.l10n.t('User {0} is not here.', ...p) };";
  assert.deepEqual(translatedTemplates(drifted), { userNotFound: 'User {0} is not here.' });
});
