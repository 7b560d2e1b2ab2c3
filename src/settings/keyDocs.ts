// What the official spec says about one key of a settings document (description, type, allowed
// values, default), looked up in the data scripts/settings-docs.mjs generates. Plain TypeScript (no
// vscode): the hover formats it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** [description (index into texts, -1 for none), type, allowed values or 0, [default] or 0, deprecated, the values' labels or 0]. */
export type KeyDocEntry = [number, string, readonly unknown[] | 0, readonly [unknown] | 0, number, readonly string[] | 0];

export interface KeyDocsData {
  texts: string[];
  entries: KeyDocEntry[];
  /** Per document kind, per view ("" for the full body): path ("in_meeting.chat", "a[].b") → entry. */
  kinds: Record<string, Record<string, Record<string, number>>>;
  /** zh-cn descriptions per kind, per view, per path, from the Chinese page. */
  zh: Record<string, Record<string, Record<string, string>>>;
}

/**
 * Where the extension finds the data: esbuild.mjs copies src/settings/keyDocs.generated.json next to the
 * bundle, so `__dirname` (dist/; the ESM bundle defines it, esbuild.mjs) holds it. It is a file and not a module because it is 230 KB of text
 * that only a hover or a key list needs: bundled, it was half of the bundle (dist/extension.mjs), parsed at every activation.
 */
export const KEY_DOCS_FILE = join(__dirname, 'keyDocs.json');

/** The data of a key docs file (tests read the generated source, src/settings/keyDocs.generated.json). */
export async function readKeyDocs(file: string): Promise<KeyDocsData> {
  return JSON.parse(await readFile(file, 'utf8')) as KeyDocsData;
}

let shipped: Promise<KeyDocsData> | undefined;

/** The shipped data, read on first use and kept; a failed read is tried again next time. */
export function keyDocs(): Promise<KeyDocsData> {
  shipped ??= readKeyDocs(KEY_DOCS_FILE).catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}

export type SettingsDocKind = 'groupSettings' | 'groupLockSettings' | 'accountSettings' | 'accountLockSettings' | 'userSettings';

export interface KeyDoc {
  /** The key's path as the spec names it: "in_meeting.chat", "authentication_options[].type". */
  path: string;
  description?: string;
  /** True when the description is the Chinese page's. */
  localized: boolean;
  type: string;
  values?: readonly unknown[];
  /** What each allowed value means (x-enum-descriptions), same order as values. */
  valueLabels?: readonly string[];
  default?: { value: unknown };
  deprecated: boolean;
}

/** "authentication_options[].type" for the JSON path ["authentication_options", 0, "type"]. */
export function specPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? '[]' : out ? `.${segment}` : segment;
  return out;
}

/**
 * The documentation of the key at `path` in a document of `kind` shown with `option` (undefined for
 * the full body and for custom_query_fields, whose body has the full body's shape).
 */
export function keyDoc(
  data: KeyDocsData,
  kind: SettingsDocKind,
  option: string | undefined,
  path: readonly (string | number)[],
  language: string,
): KeyDoc | undefined {
  const views = data.kinds[kind];
  const name = specPath(path);
  const view = option && views[option] ? option : '';
  const index = views[view]?.[name];
  if (index === undefined) return undefined;
  const [text, type, values, dflt, deprecated, labels] = data.entries[index];
  const zh = language.toLowerCase() === 'zh-cn' ? data.zh[kind]?.[view]?.[name] : undefined;
  const description = zh ?? (text >= 0 ? data.texts[text] : undefined);
  return {
    path: name,
    ...(description ? { description } : {}),
    localized: zh !== undefined,
    type,
    ...(values ? { values } : {}),
    ...(labels ? { valueLabels: labels } : {}),
    ...(dflt ? { default: { value: dflt[0] } } : {}),
    deprecated: deprecated === 1,
  };
}
