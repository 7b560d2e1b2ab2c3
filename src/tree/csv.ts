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
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (!PLAIN_NUMBER.test(text)) {
    text = text.replace(FORMULA_START, "$1$2'");
    if (LEADING_CONTROL.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** Column name (the API's field names, so scripts can rely on them) and how to read it. */
export const USER_CSV_COLUMNS: ReadonlyArray<readonly [string, (user: ZoomUser) => unknown]> = [
  ['id', (u) => u.id],
  ['email', (u) => u.email],
  ['display_name', (u) => u.display_name],
  ['first_name', (u) => u.first_name],
  ['last_name', (u) => u.last_name],
  ['type', (u) => u.type],
  ['status', (u) => u.status],
  ['role_id', (u) => u.role_id],
  ['dept', (u) => u.dept],
  ['timezone', (u) => u.timezone],
  ['last_login_time', (u) => u.last_login_time],
  ['last_client_version', (u) => u.last_client_version],
  ['user_created_at', (u) => u.user_created_at ?? u.created_at],
  ['group_ids', (u) => u.group_ids],
];

export function userCsvHeader(): string {
  return csvLine(USER_CSV_COLUMNS.map(([name]) => name));
}

export function userCsvLine(user: ZoomUser, fallbackStatus?: string): string {
  return csvLine(USER_CSV_COLUMNS.map(([name, read]) => (name === 'status' ? read(user) ?? fallbackStatus : read(user))));
}
