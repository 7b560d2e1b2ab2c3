// English and Simplified Chinese stay complete and consistent: the manifest (package.nls*.json),
// the runtime bundle (exported fresh from src/ with @vscode/l10n-dev, so a new vscode.l10n.t string
// without a translation fails here), placeholders, links, and the glossary's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
type Strings = Record<string, string>;
const readJson = <T = Strings>(...p: string[]): T => JSON.parse(readFileSync(join(root, ...p), 'utf8')) as T;

const manifest = readJson<Record<string, unknown>>('package.json');
const nlsEn = readJson('package.nls.json');
const nlsZh = readJson('package.nls.zh-cn.json');
const bundleZh = readJson('l10n', 'bundle.l10n.zh-cn.json');

function exportBundle(): Strings {
  const dir = mkdtempSync(join(tmpdir(), 'zoom-l10n-'));
  try {
    const cli = require.resolve('@vscode/l10n-dev/dist/cli.js');
    execFileSync(process.execPath, [cli, 'export', '--outDir', dir, join(root, 'src')], { stdio: 'pipe' });
    const raw = JSON.parse(readFileSync(join(dir, 'bundle.l10n.json'), 'utf8')) as Record<string, string | { message: string }>;
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v : v.message]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const bundleEn = exportBundle();

/** English/Chinese pairs of both files, for the checks that apply to every string. */
function pairs(): { where: string; en: string; zh: string }[] {
  return [
    ...Object.keys(nlsEn).filter((k) => k in nlsZh).map((k) => ({ where: `package.nls ${k}`, en: nlsEn[k], zh: nlsZh[k] })),
    ...Object.keys(bundleEn).filter((k) => k in bundleZh).map((k) => ({ where: `bundle ${JSON.stringify(k)}`, en: bundleEn[k], zh: bundleZh[k] })),
  ];
}

const sortedMatches = (s: string, re: RegExp): string[] => [...s.matchAll(re)].map((m) => m[0]).sort();

function missingKeys(from: object, to: object): string[] {
  return Object.keys(from).filter((k) => !(k in to));
}

test('package.nls.json and package.nls.zh-cn.json have the same keys', () => {
  assert.deepEqual(missingKeys(nlsEn, nlsZh), [], 'keys missing from package.nls.zh-cn.json');
  assert.deepEqual(missingKeys(nlsZh, nlsEn), [], 'keys in package.nls.zh-cn.json that package.nls.json does not have');
});

test('every %key% in package.json has an entry in both languages', () => {
  const refs = sortedMatches(JSON.stringify(manifest), /"%[^"%]+%"/g).map((s) => s.slice(2, -2));
  assert.ok(refs.length > 5, `expected the manifest to use %key% strings, found ${refs.length}`);
  assert.deepEqual(refs.filter((k) => !(k in nlsEn)), [], 'missing from package.nls.json');
  assert.deepEqual(refs.filter((k) => !(k in nlsZh)), [], 'missing from package.nls.zh-cn.json');
});

test('user-facing manifest fields are %key% references, not literal English', () => {
  const shown = new Set(['title', 'name', 'description', 'markdownDescription', 'contents', 'patternErrorMessage',
    'enumDescriptions', 'markdownEnumDescriptions', 'shortTitle', 'contextualTitle', 'displayName', 'label', 'deprecationMessage',
    'markdownDeprecationMessage', 'category']);
  const literal: string[] = [];
  const walk = (value: unknown, path: string, field: string): void => {
    if (typeof value === 'string') {
      // Brand names read the same in every language.
      if (shown.has(field) && !/^%[^%]+%$/.test(value) && value !== 'Zoom') literal.push(`${path}: ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, field));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, k);
    }
  };
  walk(manifest.contributes, 'contributes', '');
  walk(manifest.displayName, 'displayName', 'displayName');
  walk(manifest.description, 'description', 'description');
  assert.deepEqual(literal, []);
});

test('the committed l10n/bundle.l10n.json matches the strings in src (run `npm run l10n`)', () => {
  const committed = readJson('l10n', 'bundle.l10n.json');
  assert.ok(Object.keys(bundleEn).length > 20, `expected many vscode.l10n.t strings in src, found ${Object.keys(bundleEn).length}`);
  assert.deepEqual(missingKeys(bundleEn, committed), [], 'in src but not in l10n/bundle.l10n.json');
  assert.deepEqual(missingKeys(committed, bundleEn), [], 'in l10n/bundle.l10n.json but no longer in src');
});

test('every runtime string has a zh-cn translation, and no translation is left over', () => {
  assert.deepEqual(missingKeys(bundleEn, bundleZh), [], 'add these to l10n/bundle.l10n.zh-cn.json');
  assert.deepEqual(missingKeys(bundleZh, bundleEn), [], 'no longer in src: run `npm run l10n` to drop them');
});

test('translations keep the placeholders, links and command ids of the English text', () => {
  for (const { where, en, zh } of pairs()) {
    assert.deepEqual(sortedMatches(zh, /\{\d+\}/g), sortedMatches(en, /\{\d+\}/g), `placeholders differ in ${where}`);
    assert.deepEqual(sortedMatches(zh, /\]\([^)]*\)/g), sortedMatches(en, /\]\([^)]*\)/g), `link targets differ in ${where}`);
    assert.deepEqual(sortedMatches(zh, /\$\([a-z-]+\)/g), sortedMatches(en, /\$\([a-z-]+\)/g), `codicons differ in ${where}`);
  }
});

test('zh-cn strings are non-empty and actually translated', () => {
  const untranslated = pairs().filter(({ en, zh }) => {
    if (!zh.trim()) return true;
    // Identical text is fine only when nothing but names, ids and placeholders is left to translate.
    const words = en.replace(/\{\d+\}|\bZoom\b|\bJSON\b|\bCSV\b|\bID\b|\bOAuth\b|\bURL\b|https?:\/\/\S+|zoomAdmin\.\w+/g, '');
    return zh === en && /[A-Za-z]{2,}/.test(words);
  });
  assert.deepEqual(untranslated.map((p) => p.where), []);
});

test('zh-cn strings use the glossary words (帐户, never 账户; 用户, 组, 令牌, ...)', () => {
  const glossary: [RegExp, string][] = [
    [/\baccounts?\b/i, '帐户'],
    [/\bsub ?accounts?\b/i, '子帐户'],
    [/\busers?\b/i, '用户'],
    [/\bgroups?\b/i, '组'],
    [/\bgroup members\b/i, '组成员'],
    [/\bgroup admins\b/i, '组管理员'],
    [/\broles?\b/i, '角色'],
    [/\btokens?\b/i, '令牌'],
    [/\bscopes?\b/i, '范围'],
    [/\block settings\b/i, '锁定设置'],
    [/\bmeeting authentication\b/i, '会议身份验证'],
    [/\brecording authentication\b/i, '录制身份验证'],
    [/\bmeeting security\b/i, '会议安全'],
    [/\bdepartment\b/i, '部门'],
    [/\btime ?zone\b/i, '时区'],
    [/\bdisplay name\b/i, '显示名称'],
    [/\blast login\b/i, '上次登录'],
    [/\bpaid account only\b/i, '仅适用于付费帐户'],
  ];
  const wrong: string[] = [];
  for (const { where, en, zh } of pairs()) {
    if (zh.includes('账户')) wrong.push(`${where}: uses 账户 (write 帐户)`);
    // Setting ids, command ids and URLs are not words to translate.
    const words = en.replace(/\bzoomAdmin\.[\w.]+|command:[\w.]+|https?:\/\/\S+|`[^`]*`/g, '');
    for (const [re, word] of glossary) if (re.test(words) && !zh.includes(word)) wrong.push(`${where}: ${re} should read ${word}`);
  }
  assert.deepEqual(wrong, []);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

test('vscode.l10n.t is always called with a literal message the exporter can see', () => {
  const bad: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*([^\s])/g)) {
      const after = text.slice(m.index, m.index + 80);
      if (!`'"{`.includes(m[1]) && !(m[1] === '`' && !after.split('`')[1]?.includes('${'))) bad.push(`${relative(root, file)}: ${after.split('\n')[0]}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('messages, prompts and titles shown by the editor are not literal English', () => {
  // A string literal handed straight to the UI; `${...}` and $(codicon) parts are not words.
  const literal = /\b(?:show(?:Information|Warning|Error)Message\(|setStatusBarMessage\(|(?:placeHolder|prompt|title|tooltip|detail|message)\s*[:=])\s*(['"`])((?:(?!\1).)*)\1/g;
  const found: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    if (relative(root, file).startsWith(join('src', 'zoom'))) continue; // no UI there: errors become text in src/errorText.ts
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim().startsWith('//')) return;
      for (const m of line.matchAll(literal)) {
        if (m[2] !== 'Zoom' && /[A-Za-z]{3}/.test(m[2].replace(/\$\{[^}]*\}|\$\([a-z-]+\)/g, ''))) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  assert.deepEqual(found, []);
});
