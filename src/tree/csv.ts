// CSV for "Export Users to CSV" (RFC 4180 quoting). No `vscode`: unit-tested in Node.
import type { ZoomUser } from '../zoom/types';

/** Excel reads a UTF-8 file as the local ANSI code page unless it starts with a BOM; CJK names need it. */
export const CSV_BOM = '\uFEFF';

/**
 * One cell. Quoted when it holds a comma, quote or line break. A text cell that starts like a
 * formula (= + - @, tab, CR) gets a leading apostrophe, so a user-chosen name cannot run as a
 * formula when the file is opened in a spreadsheet (CSV injection); plain numbers stay as they are.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
