// Boundary guards for response bodies: the fields the extension relies on are checked and named
// in the error; every other field is kept as sent. Hand-written: a dozen checks do not justify a
// schema library in the bundle.
import { ZoomResponseError } from './errors';

export type FieldType = 'string' | 'number' | 'int-or-string' | 'boolean';

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

function hasType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number';
    // Big integers arrive as decimal strings (json.ts).
    case 'int-or-string': return typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value));
    case 'boolean': return typeof value === 'boolean';
  }
}

export function expectObject(value: unknown, at: Boundary, what = 'the reply'): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(at, `${what} is not a JSON object.`);
  return value as Record<string, unknown>;
}

/** Checks one object against a shape; `where` names it in the error ("users[3]"). */
export function checkShape<T>(value: unknown, fields: Shape, at: Boundary, where: string): T {
  const object = expectObject(value, at, where);
  for (const { name, type, optional } of fields) {
    const field = object[name];
    if (field === undefined || field === null) {
      if (optional) continue;
      fail(at, `the required field ${where}.${name} is missing.`);
    }
    if (!hasType(field, type)) fail(at, `the field ${where}.${name} is not a ${type}.`);
  }
  return object as T;
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
export const shapes = {
  user: shape({ 'id?': 'string', email: 'string', type: 'number', 'status?': 'string', 'zoom_one_type?': 'int-or-string' }),
  group: shape({ id: 'string', name: 'string', 'total_members?': 'number' }),
  groupMember: shape({ id: 'string', email: 'string' }),
  groupAdmin: shape({ email: 'string' }),
  role: shape({ id: 'string', name: 'string' }),
  roleMember: shape({ id: 'string', email: 'string' }),
  subAccount: shape({ id: 'string', account_name: 'string', 'account_number?': 'int-or-string' }),
  userSummary: shape({ 'total_users_count?': 'number' }),
};
