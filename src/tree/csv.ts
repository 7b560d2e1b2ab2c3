// CSV for "Export Users to CSV" (RFC 4180 quoting). No `vscode`: unit-tested in Node.
//
// Hand-written rather than csv-stringify: its `escape_formulas` looks only at a cell's first
// character, and the file may be opened where the list separator is `;` (or a tab, or `|`), where
// `Bob;=1+1` splits into a cell `=1+1` whatever the comma-quoting says. Quoting is one line; the
// part that matters is the formula guard below, which no CSV writer on npm does.
import type { ZoomUser } from '../zoom/types';

/** Excel reads a UTF-8 file as the local ANSI code page unless it starts with a BOM; CJK names need it. */
export const CSV_BOM = '\uFEFF';

/**
 * Characters a spreadsheet starts a formula with (= + - @), with every form Unicode NFKC folds into
 * them (full-width ＝, small ﹦, super- and subscript), as spreadsheets fold them too.
 */
const TRIGGER = '=+\\-@\u207a\u207b\u207c\u208a\u208b\u208c\ufb29\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20';
/** List separators of any locale (, ; | tab) and their NFKC look-alikes, and line breaks: each can start a new cell. */
const SEPARATOR = ',;|\\t\\r\\n\u037e\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b\uff5c';
/** A trigger at the start of the cell, or right after a separator, past blanks and quotes. */
const FORMULA_START = new RegExp(`(^|[${SEPARATOR}])([\\s"]*)(?=[${TRIGGER}])`, 'g');
/** Tab or CR at the very start: some readers trim them and then see a formula (OWASP). */
const LEADING_CONTROL = /^[\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** RFC 4180: the file's own separator, quotes and line breaks. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell. A text cell where a spreadsheet could start a formula (its start, or after any
 * separator or line break inside it) gets an apostrophe there, so no cell of the file is a formula
 * in a comma, semicolon, tab or pipe locale (CSV injection); plain numbers stay as they are.
 * Quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  let text = Array.isArray(value) ? value.join(';') : typeof value === 'string' ? value : JSON.stringify(value);
  if (!PLAIN_NUMBER.test(text)) {
    text = text.replace(FORMULA_START, "$1$2'");
    if (LEADING_CONTROL.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** What a users CSV reads besides the user: names Zoom keeps elsewhere, and the type as a word. */
export interface UserCsvContext {
  typeName(type: number): string;
  roleName(roleId: string): string | undefined;
  groupName(groupId: string): string | undefined;
  /** The opt-in host_key column (a host key lets its holder claim host in that user's meetings). */
  hostKeys: boolean;
}

type Column = readonly [name: string, read: (user: ZoomUser, context: UserCsvContext) => unknown];

/** Columns that are a field as Zoom gives it, named by the field. */
function fields(...names: (keyof ZoomUser & string)[]): Column[] {
  return names.map((name) => [name, (user) => user[name]]);
}

/**
 * Every field List users returns, each under the API's field name so scripts can rely on it in any
 * language; a word beside the numbers and ids Zoom gives (type_name, role_name, group_names).
 */
const COLUMNS: readonly Column[] = [
  ...fields('id', 'email', 'display_name', 'first_name', 'last_name', 'type'),
  ['type_name', (u, c) => (typeof u.type === 'number' ? c.typeName(u.type) : undefined)],
  ...fields('status', 'role_id'),
  ['role_name', (u, c) => (u.role_id ? c.roleName(u.role_id) : undefined)],
  ...fields('dept', 'timezone', 'language', 'verified', 'pmi', 'employee_unique_id', 'plan_united_type'),
  ...fields('user_created_at', 'created_at', 'last_login_time', 'last_client_version', 'group_ids'),
  ['group_names', (u, c) => ids(u.group_ids).map((id) => c.groupName(id) ?? '')],
  ...fields('im_group_ids', 'division_ids'),
  ['license_info_list', (u) => (Array.isArray(u.license_info_list) && u.license_info_list.length ? JSON.stringify(u.license_info_list) : undefined)],
];
const [HOST_KEY] = fields('host_key');
/** Custom attribute columns are named by the attribute's name under this prefix, so none can clash with a field. */
const ATTRIBUTE_PREFIX = 'custom_attributes.';

function columns(context: UserCsvContext): readonly Column[] {
  return context.hostKeys ? [...COLUMNS, HOST_KEY] : COLUMNS;
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * One user's cells, before the header is known: the fixed columns, and the custom attributes by
 * name (an account's attribute names show only as its users arrive, so their columns come last).
 */
export interface UserCsvRow {
  cells: unknown[];
  attributes?: Record<string, string>;
}

export function userCsvRow(user: ZoomUser, context: UserCsvContext, fallbackStatus?: string): UserCsvRow {
  const cells = columns(context).map(([name, read]) => (name === 'status' ? (read(user, context) ?? fallbackStatus) : read(user, context)));
  const attributes: Record<string, string> = {};
  for (const a of Array.isArray(user.custom_attributes) ? user.custom_attributes : []) {
    const name = a?.name ?? a?.key;
    if (typeof name === 'string' && name !== '') attributes[name] = typeof a.value === 'string' ? a.value : '';
  }
  return Object.keys(attributes).length ? { cells, attributes } : { cells };
}

export function userCsvHeader(context: UserCsvContext, attributeNames: readonly string[]): string {
  return csvLine([...columns(context).map(([name]) => name), ...attributeNames.map((name) => ATTRIBUTE_PREFIX + name)]);
}

export function userCsvLine(row: UserCsvRow, attributeNames: readonly string[]): string {
  return csvLine([...row.cells, ...attributeNames.map((name) => row.attributes?.[name])]);
}
