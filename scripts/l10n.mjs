// `npm run l10n`: exports every vscode.l10n.t string from src/ into l10n/bundle.l10n.json with
// @vscode/l10n-dev, adds the client's error templates (src/zoom/errorWords.ts: the editor translates
// them with vscode.l10n.t(template, ...), a call the exporter cannot read), then rewrites l10n/bundle.l10n.zh-cn.json in the same key order, dropping keys
// the code no longer uses. It never invents translations: untranslated keys are listed (and make
// test/unit/l10n.test.ts fail) until someone writes them, with the words of docs/zh-cn-glossary.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = require.resolve('@vscode/l10n-dev/dist/cli.js');
const english = join(root, 'l10n', 'bundle.l10n.json');
const chinese = join(root, 'l10n', 'bundle.l10n.zh-cn.json');

execFileSync(process.execPath, [cli, 'export', '--outDir', join(root, 'l10n'), join(root, 'src')], { stdio: ['ignore', 'ignore', 'inherit'] });

const en = { ...JSON.parse(readFileSync(english, 'utf8')), ...(await errorTemplates()) };
writeFileSync(english, JSON.stringify(en, null, 2) + '\n');
const zh = existsSync(chinese) ? JSON.parse(readFileSync(chinese, 'utf8')) : {};
const synced = {};
const missing = [];
for (const key of Object.keys(en)) {
  if (typeof zh[key] === 'string') synced[key] = zh[key];
  else missing.push(key);
}
const stale = Object.keys(zh).filter((key) => !(key in en));
writeFileSync(chinese, JSON.stringify(synced, null, 2) + '\n');

console.log(`l10n: ${Object.keys(en).length} strings, ${Object.keys(synced).length} translated to zh-cn`);
for (const key of stale) console.log(`  removed from zh-cn (no longer in src): ${JSON.stringify(key)}`);
if (missing.length) {
  console.log(`  ${missing.length} without a zh-cn translation (add them to l10n/bundle.l10n.zh-cn.json):`);
  for (const key of missing) console.log(`    ${JSON.stringify(key)}`);
  process.exitCode = 1;
}

/** template -> template for every kind of src/zoom/errorWords.ts, read by running the file (it imports nothing). */
async function errorTemplates() {
  const ts = require('typescript');
  const source = readFileSync(join(root, 'src', 'zoom', 'errorWords.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
  const { FRIENDLY_TEMPLATES } = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  return Object.fromEntries(Object.values(FRIENDLY_TEMPLATES).map((template) => [template, template]));
}
