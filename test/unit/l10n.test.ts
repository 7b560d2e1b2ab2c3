// English and Simplified Chinese stay complete and consistent: the manifest (package.nls*.json),
// the runtime bundle (exported fresh from src/ with @vscode/l10n-dev plus the client's error templates
// of src/zoom/errorWords.ts, so a new vscode.l10n.t string or error kind without a translation fails
// here), placeholders, links, and the glossary's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { l10nCallSites, type CallSite } from './l10nCallSites';
import { FRIENDLY_TEMPLATES } from '../../src/zoom/errorWords';

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
    const exported = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v : v.message]));
    // What scripts/l10n.mjs adds: src/errorText.ts translates these with a non-literal vscode.l10n.t call.
    return { ...exported, ...Object.fromEntries(Object.values(FRIENDLY_TEMPLATES).map((t) => [t, t])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const bundleEn = exportBundle();

/** English/Chinese pairs of both files, for the checks that apply to every string. */
function pairs(): { where: string; en: string; zh: string }[] {
  return [
    ...Object.keys(nlsEn)
      .filter((k) => k in nlsZh)
      .map((k) => ({ where: `package.nls ${k}`, en: nlsEn[k], zh: nlsZh[k] })),
    ...Object.keys(bundleEn)
      .filter((k) => k in bundleZh)
      .map((k) => ({ where: `bundle ${JSON.stringify(k)}`, en: bundleEn[k], zh: bundleZh[k] })),
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
  assert.deepEqual(
    refs.filter((k) => !(k in nlsEn)),
    [],
    'missing from package.nls.json',
  );
  assert.deepEqual(
    refs.filter((k) => !(k in nlsZh)),
    [],
    'missing from package.nls.zh-cn.json',
  );
});

test('user-facing manifest fields are %key% references, not literal English', () => {
  const shown = new Set([
    'title',
    'name',
    'description',
    'markdownDescription',
    'contents',
    'patternErrorMessage',
    'enumDescriptions',
    'markdownEnumDescriptions',
    'shortTitle',
    'contextualTitle',
    'displayName',
    'label',
    'deprecationMessage',
    'markdownDeprecationMessage',
    'category',
  ]);
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
    // Identical text is fine only when nothing but names, ids and placeholders is left to translate;
    // the product name stays as the Marketplace lists it (docs/zh-cn-glossary.md).
    const words = en.replace(/\{\d+\}|\bZoom Admin Explorer\b|\bZoom\b|\bJSON\b|\bCSV\b|\bID\b|\bOAuth\b|\bURL\b|https?:\/\/\S+|zoomAdmin\.\w+/g, '');
    return zh === en && /[A-Za-z]{2,}/.test(words);
  });
  assert.deepEqual(
    untranslated.map((p) => p.where),
    [],
  );
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
    // Setting ids, command ids, OAuth scope names (user:read:list_users:admin) and URLs are not words to translate.
    const words = en.replace(/\bzoomAdmin\.[\w.]+|command:[\w.]+|https?:\/\/\S+|`[^`]*`|\b[a-z_]+(?::[a-z_]+)+:admin\b/g, '');
    for (const [re, word] of glossary) if (re.test(words) && !zh.includes(word)) wrong.push(`${where}: ${re} should read ${word}`);
  }
  assert.deepEqual(wrong, []);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('vscode.l10n.t is always called with a literal message the exporter can see, or a template of the error table', () => {
  const bad: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*([^\s])/g)) {
      const after = text.slice(m.index, m.index + 80);
      // src/errorText.ts looks the client's error words up by kind; the bundle has them (see exportBundle).
      if (relative(root, file) === join('src', 'errorText.ts') && after.startsWith('l10n.t(FRIENDLY_TEMPLATES[kind],')) continue;
      if (!`'"{`.includes(m[1]) && !(m[1] === '`' && !after.split('`')[1]?.includes('${'))) bad.push(`${relative(root, file)}: ${after.split('\n')[0]}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('messages, prompts and titles shown by the editor are not literal English', () => {
  // A string literal handed straight to the UI; `${...}` and $(codicon) parts are not words.
  const literal =
    /\b(?:show(?:Information|Warning|Error)Message\(|setStatusBarMessage\(|(?:placeHolder|prompt|title|tooltip|detail|message)\s*[:=])\s*(['"`])((?:(?!\1).)*)\1/g;
  const found: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    if (relative(root, file).startsWith(join('src', 'zoom'))) continue; // no UI there: errors become text in src/errorText.ts
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim().startsWith('//')) return;
        for (const m of line.matchAll(literal)) {
          if (m[2] !== 'Zoom' && /[A-Za-z]{3}/.test(m[2].replace(/\$\{[^}]*\}|\$\([a-z-]+\)/g, '')))
            found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        }
      });
  }
  assert.deepEqual(found, []);
});

// Each call site's translation, rendered with what its arguments really are (see l10nCallSites.ts):
// a count as digits, a name or id as Latin text, an error as a Chinese sentence, a nested phrase as
// its own rendered translation. The checks are the punctuation and spacing of docs/zh-cn-glossary.md.
const CJK = '\\u3400-\\u9fff';
const FULL_WIDTH = '，。：；？！、（）“”';
const SAMPLE: Record<'count' | 'text' | 'sentence' | 'opaque', string> = {
  count: '2,665',
  text: 'Sales',
  sentence: (bundleZh['Role {0} does not exist.'] ?? '角色 {0} 不存在。').replace('{0}', 'Sales'),
  opaque: 'GET /users/Sales',
};
const MAX_VARIANTS = 64;

function renderings(site: CallSite, depth = 0): string[] {
  const zh = bundleZh[site.message];
  if (zh === undefined || depth > 6) return [];
  const spreadAt = site.args.findIndex((a) => a.some((s) => s.kind === 'opaque'));
  const valuesOf = (i: number): string[] => {
    const sources = spreadAt >= 0 && i >= spreadAt ? [{ kind: 'opaque' } as const] : (site.args[i] ?? []);
    return [...new Set(sources.flatMap((s) => (s.kind === 'literal' ? [s.text] : s.kind === 'call' ? renderings(s.site, depth + 1) : [SAMPLE[s.kind]])))];
  };
  const used = [...new Set([...zh.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])))];
  let out = [zh];
  for (const i of used) {
    const values = valuesOf(i);
    out = out.flatMap((s) => values.map((v) => s.split(`{${i}}`).join(v))).slice(0, MAX_VARIANTS);
  }
  return out;
}

/** Every argument of `{i}` is a count (the client's error params, spread from src/zoom, are not known here). */
function countOnly(site: CallSite, i: number): boolean {
  const spreadAt = site.args.findIndex((a) => a.some((s) => s.kind === 'opaque'));
  if (spreadAt >= 0 && i >= spreadAt) return true;
  const sources = site.args[i] ?? [];
  return sources.length > 0 && sources.every((s) => s.kind === 'count');
}

const sites = l10nCallSites(root);

test('the call-site analysis finds the calls and what their arguments are', () => {
  assert.ok(sites.length > 100, `expected the l10n.t calls of src, found ${sites.length}`);
  const kinds = (message: string, i: number) => sites.filter((s) => s.message === message).flatMap((s) => s.args[i].map((a) => a.kind));
  assert.deepEqual([...new Set(kinds('Copied {0} user IDs', 0))], ['count']);
  assert.deepEqual([...new Set(kinds('Cannot show {0}: {1}', 1))], ['sentence']);
  assert.deepEqual([...new Set(kinds('Role {0} does not exist.', 0))], ['opaque'], 'each error template is a site of its table lookup');
  assert.ok(
    kinds('Cannot show {0}: {1}', 0).every((k) => k === 'call'),
    'a document description is a translated phrase',
  );
  // Words from tables of thunks: `STATUS_LISTS[status]()`, `LISTS[list].what()`, and a table passed to a lookup function.
  assert.deepEqual([...new Set(kinds('No {0} with this role', 0))], ['call'], 'a status list is named by a translated phrase');
  assert.deepEqual([...new Set(kinds('No {0}', 0))], ['call'], 'every folder says what it lists with a translated phrase');
  assert.deepEqual([...new Set(kinds('Looking for {0} in {1} users', 1))], ['call'], "a status is named by a translated word, never Zoom's own value");
});

test('a placeholder before a measure word (个, 位, 秒 ...) is always given a count', () => {
  const wrong: string[] = [];
  for (const site of sites) {
    const zh = bundleZh[site.message];
    if (zh === undefined) continue;
    for (const m of zh.matchAll(/\{(\d+)\}\s*[个位项秒条次页]/g)) {
      if (!countOnly(site, Number(m[1]))) wrong.push(`${site.where}: ${JSON.stringify(zh)}: {${m[1]}} is not a number`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('rendered with real arguments, zh-cn text spaces and punctuates like Chinese', () => {
  const rules: [RegExp, string][] = [
    [new RegExp(`[${CJK}][A-Za-z0-9]|[A-Za-z0-9][${CJK}]`), 'a space between Chinese and Latin letters or digits'],
    [new RegExp(`[${CJK}] [${CJK}]`), 'no space between two Chinese words'],
    [new RegExp(` [${FULL_WIDTH}]|[${FULL_WIDTH}] `), 'no space next to full-width punctuation'],
    [
      new RegExp(`[${CJK}][,:;!?]|(?<!\\bZoom)[,:;!?] ?[${CJK}]|[${CJK}] ?\\(|\\) ?[${CJK}]`),
      'full-width punctuation in Chinese text (only the command category keeps "Zoom: ")',
    ],
    [/您/, '你, not 您'],
  ];
  const wrong: string[] = [];
  const check = (where: string, text: string) => {
    for (const [re, rule] of rules) if (re.test(text)) wrong.push(`${where}: ${JSON.stringify(text)}: ${rule}`);
  };
  for (const site of sites) for (const text of renderings(site)) check(site.where, text);
  for (const [key, text] of Object.entries(nlsZh)) check(`package.nls.zh-cn.json ${key}`, text);
  assert.deepEqual(wrong, []);
});
