// `npm run settings-docs`: generates src/settings/keyDocs.generated.json, what the hover says about every key of
// every settings document, from the official specs (description, type, allowed values, default of each
// field of the 200 schemas; where they live: docs/zoom-api-facts.md §Where the facts come from) and the Chinese page of Get group
// settings (zh-cn/get-group-settings.zh-cn.txt: the sections' and the option views' descriptions).
// The output is committed; test/unit/settings/keyDocs.test.ts fails when it is not what this script
// makes from the specs. `--check` exits 1 instead of writing when the file is stale.
// It is data, not code: esbuild.mjs copies it next to the bundle (dist/keyDocs.json) and the extension reads it
// on the first hover or key list (src/settings/keyDocs.ts), so its 230 KB stay out of the bundle (dist/extension.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(root, 'src/settings/keyDocs.generated.json');
const DEFAULT_SPEC_DIR = join(root, '../shared/zoom-api');

const MAX_DESCRIPTION = 600;
const MAX_VALUES = 40;

/** The properties of a schema, merging oneOf/anyOf/allOf variants (first description wins). */
function propertiesOf(schema) {
  if (!schema) return {};
  const variants = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  const out = { ...(schema.properties ?? {}) };
  for (const v of variants) for (const [k, p] of Object.entries(propertiesOf(v))) out[k] ??= p;
  return out;
}

function typeOf(schema) {
  if (schema.type === 'array') return `array<${schema.items ? typeOf(schema.items) : 'any'}>`;
  const type = schema.type ?? (schema.properties ? 'object' : schema.oneOf || schema.anyOf ? 'oneOf' : 'any');
  return schema.format ? `${type} (${schema.format})` : type;
}

function clean(text) {
  const t = String(text ?? '')
    .replace(/&mdash;/g, '—')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\r/g, '')
    .trim();
  return t.length > MAX_DESCRIPTION ? `${t.slice(0, MAX_DESCRIPTION - 1)}…` : t;
}

/**
 * Walks a schema into flat entries: "in_meeting.chat", "authentication_options[].type" → doc.
 * `entries` is shared and deduplicated: each view maps paths to indexes into it.
 */
function flatten(schema, table, prefix = '', out = {}) {
  for (const [key, prop] of Object.entries(propertiesOf(schema))) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[path] = table.add(prop);
    if (prop.type === 'array' && prop.items) flatten(prop.items, table, `${path}[]`, out);
    else flatten(prop, table, path, out);
  }
  return out;
}

class Table {
  texts = [];
  textIndex = new Map();
  entries = [];
  entryIndex = new Map();

  text(value) {
    if (!value) return -1;
    let i = this.textIndex.get(value);
    if (i === undefined) {
      i = this.texts.push(value) - 1;
      this.textIndex.set(value, i);
    }
    return i;
  }

  /** [description text index, type, allowed values or 0, [default] or 0, deprecated 1/0, the values' labels or 0]. */
  add(schema) {
    const items = schema.type === 'array' ? (schema.items ?? {}) : schema;
    const values = Array.isArray(items.enum) ? items.enum.slice(0, MAX_VALUES) : 0;
    const labels = values && Array.isArray(items['x-enum-descriptions']) ? items['x-enum-descriptions'].slice(0, MAX_VALUES).map(String) : 0;
    const entry = [
      this.text(clean(schema.description ?? items.description)),
      typeOf(schema),
      values,
      schema.default === undefined ? 0 : [schema.default],
      schema.deprecated ? 1 : 0,
      labels,
    ];
    const key = JSON.stringify(entry);
    let i = this.entryIndex.get(key);
    if (i === undefined) {
      i = this.entries.push(entry) - 1;
      this.entryIndex.set(key, i);
    }
    return i;
  }
}

/**
 * The Chinese page's descriptions: of the sections listed under the 200 body ("chat / object / 帐户的
 * 聊天设置。 / 可选"), and of the option values ("'meeting_authentication'-查看应用于…设置。").
 */
export function chineseDescriptions(text) {
  const lines = text.split('\n').map((l) => l.trim());
  const sections = {};
  const body = lines.indexOf('One of');
  const end = lines.indexOf('示例', body);
  for (let i = body + 1; i < end; i++) {
    if (/^[a-z_]+$/.test(lines[i]) && /^(object|string|boolean|integer|array)$/.test(lines[i + 1] ?? '')) {
      const description = lines[i + 2];
      if (description && description !== '可选' && description !== '必需') sections[lines[i]] = description;
    }
  }
  const options = {};
  for (const line of lines) {
    const m = /^'(meeting_authentication|recording_authentication|meeting_security)'-(.+)$/.exec(line);
    if (m) options[m[1]] = m[2].replace(/\s+/g, '');
  }
  return { sections, options };
}

export function generate(specDir = DEFAULT_SPEC_DIR) {
  const read = (file) => JSON.parse(readFileSync(join(specDir, file), 'utf8'));
  const users = read('zoom-users-api.openapi.json');
  const accounts = read('zoom-accounts-api.openapi.json');
  const ok = (spec, path) => spec.paths[path].get.responses['200'].content['application/json'].schema;
  const table = new Table();
  const view = (schema) => flatten(schema, table);

  const group = ok(users, '/groups/{groupId}/settings').oneOf;
  const groupLocks = ok(users, '/groups/{groupId}/lock_settings').oneOf;
  const account = ok(accounts, '/accounts/{accountId}/settings').oneOf;
  const accountLocks = ok(accounts, '/accounts/{accountId}/lock_settings').oneOf;
  const user = ok(users, '/users/{userId}/settings').oneOf;
  // Per document kind, per view ("" is the full body, and the body of custom_query_fields).
  const kinds = {
    groupSettings: {
      '': view(group[0]),
      meeting_authentication: view(group[1].oneOf[0]),
      recording_authentication: view(group[1].oneOf[1]),
      meeting_security: view(group[2]),
    },
    groupLockSettings: { '': view(groupLocks[0]), meeting_security: view(groupLocks[1]) },
    accountSettings: {
      '': view(account[0]),
      meeting_authentication: view(account[1].oneOf[0]),
      recording_authentication: view(account[1].oneOf[1]),
      security: view({ properties: { security: account[0].properties.security } }),
      meeting_security: view(account[2]),
    },
    accountLockSettings: { '': view(accountLocks[0]), meeting_security: view(accountLocks[1]) },
    userSettings: {
      '': view(user[0]),
      meeting_authentication: view(user[2].oneOf[0]),
      recording_authentication: view(user[2].oneOf[1]),
      meeting_security: view(user[3]),
    },
  };

  // zh-cn: the page is Get group settings', so its wording applies to the group settings document.
  const zhPage = join(specDir, 'zh-cn/get-group-settings.zh-cn.txt');
  const zh = { groupSettings: {} };
  if (existsSync(zhPage)) {
    const { sections, options } = chineseDescriptions(readFileSync(zhPage, 'utf8'));
    zh.groupSettings[''] = Object.fromEntries(Object.entries(sections).filter(([k]) => k in kinds.groupSettings['']));
    for (const [option, text] of Object.entries(options)) zh.groupSettings[option] = { [option]: text };
  }
  return { texts: table.texts, entries: table.entries, kinds, zh };
}

/** The file's text: compact JSON (the hover's data: texts, entries, kinds, zh; see KeyDocsData in src/settings/keyDocs.ts). */
export function render(data) {
  return `${JSON.stringify(data)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const specDir = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? DEFAULT_SPEC_DIR;
  const text = render(generate(specDir));
  const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${OUTPUT} is not what scripts/settings-docs.mjs makes from ${specDir}: run npm run settings-docs`);
      process.exitCode = 1;
    } else console.log('settings docs: up to date');
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT} (${(text.length / 1024).toFixed(1)} KiB)`);
  }
}
