// The zoom-admin: URI layout, both ways. Pure (no vscode): the path names the object, the query the
// view; content never travels in a URI. A display label (the object's name) may sit in the last
// segment so the tab reads "Engineering · settings.json"; parsing ignores it and resolves by id.
//
//   /<accountKey>[/sub_accounts/<subId>]/groups/<groupId>/settings.json[?option=…&custom_query_fields=a,b]
//   /<accountKey>[/sub_accounts/<subId>]/groups/<groupId>/lock_settings.json[?option=meeting_security]
//   /<accountKey>[/sub_accounts/<subId>]/{groups,users,roles}/<id>.json
//   /<accountKey>/sub_accounts/<subId>.json
// Named forms: …/groups/<groupId>/<name> · settings.json, …/users/<userId>/<name> · user.json, etc.
import { ZoomInputError } from '../zoom/errors';
import { walksPath } from '../zoom/paths';
import type { GroupSettingsOption } from '../zoom/types';

export const SCHEME = 'zoom-admin';

export type DocumentKind = 'groupSettings' | 'groupLockSettings' | 'group' | 'user' | 'role' | 'subAccount';

export interface DocumentTarget {
  /** ZoomAccountInfo.key of the signed-in account. */
  accountKey: string;
  /** Sub account the object lives in (not for kind 'subAccount'). */
  subAccountId?: string;
  kind: DocumentKind;
  /** Group, user, role or sub account id. */
  id: string;
  /** Settings: any of the three views; lock settings: meeting_security only. */
  option?: GroupSettingsOption;
  /** custom_query_fields (group settings only), as validated leaf names. */
  fields?: readonly string[];
  /** Display only: the object's name, shown in the tab title. Never used to resolve. */
  name?: string;
}

/** The path and query of a zoom-admin: URI (the scheme is SCHEME). */
export interface UriParts {
  path: string;
  query: string;
}

export const SETTINGS_OPTIONS: readonly GroupSettingsOption[] = ['meeting_authentication', 'recording_authentication', 'meeting_security'];
export const LOCK_SETTINGS_OPTIONS: readonly GroupSettingsOption[] = ['meeting_security'];

/** The separator between the display label and the file's own name in the last segment. */
export const LABEL_SEPARATOR = ' · ';

// Objects' files in the named form, per collection segment.
const OBJECT_FILES = { groups: 'group', users: 'user', roles: 'role', sub_accounts: 'sub_account' } as const;
type Collection = keyof typeof OBJECT_FILES;
const KIND_OF: Record<Collection, DocumentKind> = { groups: 'group', users: 'user', roles: 'role', sub_accounts: 'subAccount' };
const COLLECTION_OF: Record<'group' | 'user' | 'role' | 'subAccount', Collection> = {
  group: 'groups', user: 'users', role: 'roles', subAccount: 'sub_accounts',
};
const SETTINGS_FILES: Record<string, DocumentKind> = { settings: 'groupSettings', lock_settings: 'groupLockSettings' };

const FIELD = /^[A-Za-z0-9_]+$/;

/** A name made safe for one path segment: no slashes, control characters or separator look-alikes at the ends. */
export function labelSegment(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const safe = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[/\\]/g, '∕')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!safe) return undefined;
  return safe.length > 80 ? `${safe.slice(0, 79)}…` : safe;
}

export function buildUri(target: DocumentTarget): UriParts {
  checkSegment(target.accountKey, 'account key');
  checkSegment(target.id, 'id');
  const label = labelSegment(target.name);
  const named = (file: string) => (label ? `${label}${LABEL_SEPARATOR}${file}.json` : `${file}.json`);
  let path = `/${target.accountKey}`;
  if (target.kind === 'subAccount') {
    return { path: `${path}/sub_accounts/${target.id}${label ? `/${named('sub_account')}` : '.json'}`, query: '' };
  }
  if (target.subAccountId) {
    checkSegment(target.subAccountId, 'sub account id');
    path += `/sub_accounts/${target.subAccountId}`;
  }
  if (target.kind === 'groupSettings' || target.kind === 'groupLockSettings') {
    const file = target.kind === 'groupSettings' ? 'settings' : 'lock_settings';
    const allowed = target.kind === 'groupSettings' ? SETTINGS_OPTIONS : LOCK_SETTINGS_OPTIONS;
    if (target.option && !allowed.includes(target.option)) throw new Error(`option ${target.option} does not apply to ${file}`);
    const fields = target.kind === 'groupSettings' ? target.fields ?? [] : [];
    for (const f of fields) if (!FIELD.test(f)) throw new Error(`invalid field name ${JSON.stringify(f)}`);
    const query = [
      target.option ? `option=${target.option}` : '',
      fields.length ? `custom_query_fields=${fields.join(',')}` : '',
    ].filter(Boolean).join('&');
    return { path: `${path}/groups/${target.id}/${named(file)}`, query };
  }
  const collection = COLLECTION_OF[target.kind];
  return { path: `${path}/${collection}/${target.id}${label ? `/${named(OBJECT_FILES[collection])}` : '.json'}`, query: '' };
}

/**
 * The target a URI names, or undefined when it is not a zoom-admin: document path. Throws
 * ZoomInputError naming the ID when an account, sub account or object ID would walk the API path
 * ("..", "%2e%2e", …): such a URI must not quietly show another object under this one's name.
 */
export function parseUri(parts: UriParts): DocumentTarget | undefined {
  const target = parseParts(parts);
  if (target) for (const id of [target.accountKey, target.subAccountId, target.id]) if (id !== undefined && walksPath(id)) throw new ZoomInputError(id);
  return target;
}

function parseParts(parts: UriParts): DocumentTarget | undefined {
  const segments = parts.path.split('/');
  if (segments[0] !== '' || segments.some((s, i) => i > 0 && !s)) return undefined;
  const [accountKey, ...rest] = segments.slice(1);
  if (!accountKey || rest.length < 2) return undefined;
  let subAccountId: string | undefined;
  let tail = rest;
  if (rest[0] === 'sub_accounts' && rest.length >= 4) {
    subAccountId = rest[1];
    tail = rest.slice(2);
  }
  const collection = tail[0] as Collection;
  if (!(collection in OBJECT_FILES) || (subAccountId && collection === 'sub_accounts')) return undefined;
  const query = new URLSearchParams(parts.query);
  const known = new Set(['option', 'custom_query_fields']);
  if ([...query.keys()].some((k) => !known.has(k))) return undefined;

  if (tail.length === 2) {
    if (parts.query || !tail[1].endsWith('.json')) return undefined;
    const id = tail[1].slice(0, -'.json'.length);
    return id ? withScope({ accountKey, kind: KIND_OF[collection], id }, subAccountId) : undefined;
  }
  if (tail.length !== 3) return undefined;
  const [, id, file] = tail;
  if (!file.endsWith('.json')) return undefined;
  const cut = file.lastIndexOf(LABEL_SEPARATOR);
  const label = cut >= 0 ? file.slice(0, cut) : undefined;
  const base = file.slice(cut >= 0 ? cut + LABEL_SEPARATOR.length : 0, -'.json'.length);
  const name = label || undefined;

  if (base === OBJECT_FILES[collection] && name) {
    if (parts.query) return undefined;
    return withScope({ accountKey, kind: KIND_OF[collection], id, name }, subAccountId);
  }
  const kind = collection === 'groups' ? SETTINGS_FILES[base] : undefined;
  if (!kind) return undefined;
  const option = query.get('option') ?? undefined;
  const allowed = kind === 'groupSettings' ? SETTINGS_OPTIONS : LOCK_SETTINGS_OPTIONS;
  if (option !== undefined && !allowed.includes(option as GroupSettingsOption)) return undefined;
  const rawFields = query.get('custom_query_fields');
  let fields: string[] | undefined;
  if (rawFields !== null) {
    if (kind !== 'groupSettings') return undefined;
    const parsed = parseFieldList(rawFields);
    if ('invalid' in parsed || !parsed.fields.length) return undefined;
    fields = parsed.fields;
  }
  const target: DocumentTarget = { accountKey, kind, id };
  if (option) target.option = option as GroupSettingsOption;
  if (fields) target.fields = fields;
  if (name) target.name = name;
  return withScope(target, subAccountId);
}

/**
 * What a person typed as custom_query_fields: comma-separated leaf names ("host_video, waiting_room").
 * Blank entries are dropped; the first entry that is not a field name is reported.
 */
export function parseFieldList(input: string): { fields: string[] } | { invalid: string } {
  const fields = input.split(',').map((f) => f.trim()).filter(Boolean);
  const invalid = fields.find((f) => !FIELD.test(f));
  return invalid !== undefined ? { invalid } : { fields: [...new Set(fields)] };
}

function withScope(target: DocumentTarget, subAccountId: string | undefined): DocumentTarget {
  return subAccountId ? { ...target, subAccountId } : target;
}

function checkSegment(value: string, what: string): void {
  if (value.includes('/') || walksPath(value)) throw new Error(`invalid ${what} ${JSON.stringify(value)} for a zoom-admin: URI`);
}
