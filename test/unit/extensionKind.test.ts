// Issue 17 item 11: in Remote-SSH, WSL and Codespaces the extension prefers the local (UI) side,
// where the user's keychain backs SecretStorage, and the README says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

test('package.json declares extensionKind ["ui", "workspace"] and the README explains the keychain', () => {
  const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { extensionKind?: unknown };
  assert.deepEqual(manifest.extensionKind, ['ui', 'workspace']);
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const section = /\n## Remote windows[^\n]*\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  assert.match(section, /"extensionKind": \["ui", "workspace"\]/, 'the README names the declaration');
  assert.match(section, /keychain/, 'the README says why: the keychain is on the UI side');
  assert.match(section, /Remote-SSH|WSL|Codespaces/);
});
