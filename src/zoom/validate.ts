// Boundary guards for response bodies: the fields the extension relies on are checked and named
// in the error; every other field is kept as sent. Hand-written: a dozen checks do not justify a
// schema library in the bundle.
import { ZoomResponseError } from './errors';

/**
 * 'string', 'number', 'int-or-string', 'boolean': a value of another type fails the reply. 'text' is
 * shown, never relied on: a number or boolean becomes its text, anything else is dropped (a
 * required one fails). 'userStatus' is active, inactive or pending (any case); anything else is dropped.
 */
export type FieldType = 'string' | 'number' | 'int-or-string' | 'boolean' | 'text' | 'userStatus';

const USER_STATUSES = ['active', 'inactive', 'pending'];

/** Compiled by shape(): checked once per object, so keep it a flat list. */
export type Shape = readonly { name: string; type: FieldType; optional: boolean }[];

/** Field name -> expected type; a `?` suffix marks it optional (checked only when present). */
export function shape(fields: Record<string, FieldType>): Shape {
  return Object.entries(fields).map(([raw, type]) => ({ name: raw.replace(/\?$/, ''), type, optional: raw.endsWith('?') }));
}

export interface Boundary {
  endpoint: string;
  status: number;
  trackingId?: string;
}

function fail(at: Boundary, problem: string): never {
  throw new ZoomResponseError('badShape', at.endpoint, at.status, problem, at.trackingId);
}

/** The value a lenient field keeps (undefined: dropped), or the value itself for a strict one. */
function normalised(value: unknown, type: FieldType): unknown {
  switch (type) {
    case 'text':
      return typeof value === 'string'
        ? value
        : (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
          ? String(value)
          : undefined;
    case 'userStatus': {
      const status = typeof value === 'string' ? value.toLowerCase() : undefined;
      return status !== undefined && USER_STATUSES.includes(status) ? status : undefined;
    }
    default:
      return value;
  }
}

function hasType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'text':
    case 'userStatus':
      return value !== undefined;
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    // Big integers arrive as decimal strings (json.ts).
    case 'int-or-string':
      return typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value));
    case 'boolean':
      return typeof value === 'boolean';
  }
}

export function expectObject(value: unknown, at: Boundary, what = 'the reply'): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(at, `${what} is not a JSON object.`);
  return value as Record<string, unknown>;
}

/** `user.email`, or `users[3].email` for a list item. */
function fieldName(where: string, index: number | undefined, name: string): string {
  return `${index === undefined ? where : `${where}[${index}]`}.${name}`;
}

/**
 * What is wrong with `object` for this shape, naming the field under `where` (`where[index]` for a
 * list item: built only on failure); undefined if fine. Lenient fields are coerced or dropped in
 * place, so one odd name does not cost the whole page.
 */
function problemOf(object: Record<string, unknown>, fields: Shape, where: string, index?: number): string | undefined {
  for (const { name, type, optional } of fields) {
    const raw = object[name];
    if (raw === undefined || raw === null) {
      if (optional) continue;
      return `the required field ${fieldName(where, index, name)} is missing.`;
    }
    const field = normalised(raw, type);
    if (field === undefined && optional) {
      delete object[name];
      continue;
    }
    if (field !== raw && field !== undefined) object[name] = field;
    if (!hasType(field, type)) return `the field ${fieldName(where, index, name)} is not a ${type}.`;
  }
  return undefined;
}

/** Checks one object against a shape; `where` names it in the error ("user"). */
export function checkShape<T>(value: unknown, fields: Shape, at: Boundary, where: string): T {
  const object = expectObject(value, at, where);
  const problem = problemOf(object, fields, where);
  if (problem) fail(at, problem);
  return object as T;
}

/** Checks every item of a list; names the failing one as `field[i]` (built only on failure). */
export function checkItems(list: unknown[], fields: Shape, at: Boundary, field: string): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!item || typeof item !== 'object' || Array.isArray(item)) fail(at, `${field}[${i}] is not a JSON object.`);
    const problem = problemOf(item as Record<string, unknown>, fields, field, i);
    if (problem) fail(at, problem);
  }
}

/**
 * The list array of a page (`users`, `groups`, …). An absent list is accepted only when the page
 * says there is nothing (total_records 0): a silent empty list would hide a broken reply.
 */
export function listField(body: Record<string, unknown>, field: string, at: Boundary): unknown[] {
  const list = body[field];
  if (Array.isArray(list)) return list;
  if (list === undefined && (body.total_records === 0 || body.total_records === '0')) return [];
  return fail(at, list === undefined ? `the list field ${field} is missing.` : `the field ${field} is not a list.`);
}

/** total_records as a number when present and numeric. */
export function totalRecords(body: Record<string, unknown>): number | undefined {
  const total = body.total_records;
  const n = typeof total === 'number' ? total : typeof total === 'string' ? Number(total) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

// What the extension relies on per object. Spec: only users' email and type are required; the
// rest is what a tree row cannot do without.
// Names and other shown text are 'text': a number there is a server's quirk, not a reason to lose a page.
const personName = { 'first_name?': 'text', 'last_name?': 'text' } as const;
export const shapes = {
  user: shape({
    'id?': 'string',
    email: 'string',
    type: 'number',
    'status?': 'userStatus',
    'zoom_one_type?': 'int-or-string',
    'display_name?': 'text',
    ...personName,
    'dept?': 'text',
    'timezone?': 'text',
    'role_id?': 'text',
    'last_client_version?': 'text',
    'last_login_time?': 'text',
  }),
  group: shape({ id: 'string', name: 'text', 'total_members?': 'number' }),
  groupMember: shape({ id: 'string', email: 'string', ...personName }),
  groupAdmin: shape({ email: 'string', 'name?': 'text' }),
  role: shape({ id: 'string', name: 'text', 'description?': 'text' }),
  roleMember: shape({ id: 'string', email: 'string', ...personName, 'department?': 'text' }),
  subAccount: shape({ id: 'string', account_name: 'text', 'account_number?': 'int-or-string', 'owner_email?': 'text' }),
  userSummary: shape({ 'total_users_count?': 'number' }),
};
